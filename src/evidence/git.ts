import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';

/** HEAD of `dir` when `dir` is itself the top of a git checkout (not merely inside one). */
export function gitCommit(dir: string): string | undefined {
  try {
    const top = execFileSync('git', ['-C', dir, 'rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (realpathSync(top) !== realpathSync(dir)) return undefined;
    return execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}
