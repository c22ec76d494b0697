import { execFileSync } from 'node:child_process';
import { ClaimcheckError } from '../errors.js';

/** `@@ -a,b +c,d @@` of a zero-context diff: the new side starts at c and runs d lines (d absent = 1). */
const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm;
/** Where one file's part of a diff begins. */
const FILE_HEADER = /^diff --git /m;
/** The file's path on the new side (`+++ b/path`); a deleted file has `+++ /dev/null` and no match. */
const NEW_PATH = /^\+\+\+ b\/(.+)$/m;

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/**
 * The ref `--changed` compares with when none is given: the merge base of HEAD and its upstream (the
 * pull-request base), else HEAD itself (only uncommitted edits count).
 */
export function defaultChangedRef(cwd = process.cwd()): string {
  try {
    return git(['merge-base', 'HEAD', '@{upstream}'], cwd).trim();
  } catch {
    return 'HEAD';
  }
}

/** What changed since a ref: per file (relative to `cwd`, forward slashes), the 1-based lines now changed; `all` for a file git does not track. */
export interface ChangedLines {
  ref: string;
  lines(file: string): ReadonlySet<number> | 'all';
}

/** Check the ref exists; a typo is a usage error (exit 2), not "nothing changed". */
export function resolveRef(ref: string, cwd = process.cwd()): string {
  try {
    git(['rev-parse', '--is-inside-work-tree'], cwd);
  } catch {
    throw new ClaimcheckError('EUSAGE', '--changed needs a git repository, and this folder is not in one', { place: { file: cwd }, hint: 'run it inside a git checkout, or leave out --changed' });
  }
  try {
    return git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).trim();
  } catch {
    throw new ClaimcheckError('EUSAGE', `--changed: "${ref}" is not a commit git knows here`, { hint: 'give a branch, tag or commit, e.g. --changed origin/main' });
  }
}

/** Lines changed since `ref` (commits since it and uncommitted edits), read from `git diff -U0`. */
export function changedLinesSince(ref: string, cwd = process.cwd()): ChangedLines {
  const commit = resolveRef(ref, cwd);
  const diff = git(['diff', '-U0', '--no-color', '--no-ext-diff', '--relative', commit, '--'], cwd);
  const byFile = new Map<string, Set<number>>();
  for (const section of diff.split(FILE_HEADER).slice(1)) {
    const target = NEW_PATH.exec(section)?.[1];
    if (target === undefined) continue;
    const lines = new Set<number>();
    for (const m of section.matchAll(HUNK_HEADER)) {
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      for (let l = start; l < start + count; l++) lines.add(l);
    }
    byFile.set(target, lines);
  }
  const untracked = new Set(
    git(['ls-files', '--others', '--exclude-standard'], cwd)
      .split('\n')
      .filter((l) => l !== ''),
  );
  return {
    ref,
    lines: (file) => (untracked.has(file) ? 'all' : (byFile.get(file) ?? new Set<number>())),
  };
}
