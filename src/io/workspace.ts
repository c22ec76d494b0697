import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ClaimcheckError } from '../errors.js';

/**
 * The workspace is the working directory (where `claimcheck` runs: the repository root in CI). A path
 * given inside it must stay inside it once symbolic links are followed, and must never reach into a
 * `.git` folder: an article committed as a link to `../.git/config` or `/etc/passwd` is refused, so is a
 * ledger link that would make us write somewhere else.
 */
export async function workspaceRoot(): Promise<string> {
  return realpath(process.cwd()).catch(() => resolve(process.cwd()));
}

function inside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

const GIT_DIR_SEGMENT = `${sep}.git${sep}`;

function inGitDir(p: string): boolean {
  return `${p}${sep}`.includes(GIT_DIR_SEGMENT);
}

/** realpath of `p`, or of its nearest existing ancestor joined with the rest (for files not written yet). */
async function realLocation(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw err;
    const parent = dirname(p);
    if (parent === p) return p;
    return join(await realLocation(parent), basename(p));
  }
}

export interface ResolvedPath {
  /** absolute path after following every symbolic link (the file to open, or to rename onto) */
  real: string;
  /** whether something exists there */
  exists: boolean;
}

/**
 * Follow `path` to where it really is and refuse what leaves the workspace or enters `.git`.
 * `what` names the file in the error ("article", "ledger", "report").
 */
export async function resolveInWorkspace(path: string, what: string): Promise<ResolvedPath> {
  const root = await workspaceRoot();
  const given = resolve(path);
  const real = await realLocation(given);
  let exists = true;
  try {
    await lstat(real);
  } catch {
    exists = false;
  }
  const lexicallyInside = inside(root, given) || inside(resolve(process.cwd()), given);
  if (lexicallyInside && !inside(root, real)) {
    throw new ClaimcheckError('ELIMIT', `the ${what} is a symbolic link to ${real}, outside the workspace; refused`, {
      place: { file: path },
      hint: `replace the link with the file itself; claimcheck only follows links that stay inside ${root}`,
    });
  }
  if (inGitDir(real) && !inGitDir(given)) {
    throw new ClaimcheckError('ELIMIT', `the ${what} is a symbolic link into a .git folder (${real}); refused`, {
      place: { file: path },
      hint: 'claimcheck never reads or writes files inside .git',
    });
  }
  return { real, exists };
}
