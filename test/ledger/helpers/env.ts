import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lockfile from 'proper-lockfile';

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

/** Every source: the CLI bundle holds them all, so any change makes dist/ stale. */
const OUR_SOURCES = ['src'];

function isStale(entries: string[]): boolean {
  if (entries.some((f) => !existsSync(f))) return true;
  const built = Math.min(...entries.map((f) => statSync(f).mtimeMs));
  const newest = Math.max(...OUR_SOURCES.map((p) => join(ROOT, p)).map((p) => (statSync(p).isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)));
  return built < newest;
}

/**
 * Build dist/ when it is missing or older than our sources (`npm test` builds first, so this is for
 * `vitest run test/ledger`). Test files run in parallel forks: a lock makes one build and the rest wait.
 * Other stages may not compile yet: tsc still emits, so only our outputs are checked.
 */
export async function ensureBuilt(): Promise<void> {
  const entries = ['cli/main.js', 'ledger/index.js', 'cli/review.js', 'cli/status.js'].map((f) => join(ROOT, 'dist', f));
  if (!isStale(entries)) return;
  const release = await lockfile.lock(ROOT, {
    lockfilePath: join(tmpdir(), 'claimcheck-ledger-tests-build.lock'),
    realpath: false,
    retries: { retries: 1200, minTimeout: 100, maxTimeout: 100 },
  });
  try {
    if (!isStale(entries)) return;
    try {
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
    } catch {
      // errors elsewhere in the tree: dist is emitted anyway
    }
    for (const f of entries) if (!existsSync(f)) throw new Error(`build did not produce ${f}`);
  } finally {
    await release();
  }
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
