import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ClaimcheckError } from '../errors.js';
import { getPreset } from './presets.js';

export interface FetchOptions {
  preset: string;
  /** Target folder; default `.claimcheck/corpora/<preset>`. */
  dir?: string;
  /** Repository URL or path, instead of the preset's public one (tests use a local bare repo). */
  repo?: string;
}

function git(args: string[], cwd?: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr ?? '';
    throw new ClaimcheckError('ENETWORK', `git ${args[0]} failed: ${stderr.trim().split('\n').pop() ?? String(err)}`, {
      hint: 'check the repository URL and your network; --repo points at another clone source',
      cause: err,
    });
  }
}

const URL_SCHEME = /^[a-z]+:\/\//;

/** Shallow, blob-less, sparse clone of a preset's docs folders. Returns the folder and its commit. */
export function fetchCorpus(opts: FetchOptions): { dir: string; commit: string; folders: string[] } {
  const preset = getPreset(opts.preset);
  const dir = resolve(opts.dir ?? `.claimcheck/corpora/${preset.name}`);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new ClaimcheckError('EUSAGE', `${dir} already exists and is not empty`, {
      hint: 'choose another --dir, or update the checkout with `git -C <dir> pull`',
    });
  }
  const repo = opts.repo ?? preset.repo;
  // A local path needs file:// for --depth and --filter to apply.
  const source = URL_SCHEME.test(repo) || repo.includes('@') ? repo : `file://${resolve(repo)}`;
  git(['clone', '--depth', '1', '--filter=blob:none', '--sparse', source, dir]);
  git(['sparse-checkout', 'set', ...preset.sparse], dir);
  const commit = git(['rev-parse', 'HEAD'], dir).trim();
  return { dir, commit, folders: preset.sparse };
}
