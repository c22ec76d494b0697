import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'claimcheck.js');
export const WORKSPACE_FIXTURE = join(ROOT, 'test', 'fixtures', 'workspace');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI (`npm run build` first), run in `cwd` without colour. */
export function cli(args: string[], cwd: string, input?: string): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CI: '1' } as NodeJS.ProcessEnv,
    timeout: 180_000,
    ...(input !== undefined ? { input } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tmp(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of the 20-article fixture in a temp dir, its `dot-gitignore` in place as `.gitignore`. */
export function workspaceCopy(): string {
  const dir = tmp('cc-ws-');
  cpSync(WORKSPACE_FIXTURE, dir, { recursive: true });
  renameSync(join(dir, 'dot-gitignore'), join(dir, '.gitignore'));
  return dir;
}

export function git(args: string[], cwd: string): string {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}
