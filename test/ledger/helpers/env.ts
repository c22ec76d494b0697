import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI = join(ROOT, 'bin', 'claimcheck.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'ledgers');

export function tmpDir(prefix = 'cc-ledger-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    newest = Math.max(newest, name.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Build dist/ when it is missing or older than src/ (other stages may not compile yet: dist is emitted anyway). */
export function ensureBuilt(): void {
  const entries = ['cli/main.js', 'ledger/index.js', 'cli/review.js', 'cli/status.js'].map((f) => join(ROOT, 'dist', f));
  const stale = entries.some((f) => !existsSync(f)) || statSync(entries[1]!).mtimeMs < Math.max(newestMtime(join(ROOT, 'src', 'ledger')), newestMtime(join(ROOT, 'src', 'cli')));
  if (!stale) return;
  try {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  } catch {
    // tsc exits non-zero for errors elsewhere in the tree but still emits; check our files below
  }
  for (const f of entries) if (!existsSync(f)) throw new Error(`build did not produce ${f}`);
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a real child process. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
