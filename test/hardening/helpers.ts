import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'bin', 'claimcheck.js');

export function tmpDir(prefix = 'cc-harden-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Build dist/ when a source is newer than it: one build across parallel test files (the ledger tests' helper). */
export { ensureBuilt } from '../ledger/helpers/env.js';

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface Running extends Promise<RunResult> {
  pid: number | undefined;
}

/** Run the built CLI as a real child process. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}, opts: { timeoutMs?: number } = {}): Running {
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
  const p = new Promise<RunResult>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs) : undefined;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - t0 });
    });
  }) as Running;
  p.pid = child.pid;
  return p;
}

/** A small tmpfs at a fresh mount point, or the reason there is none (not root, no mount). */
export function mountTmpfs(sizeKb: number): { dir: string; unmount: () => void } | { skip: string } {
  if (process.platform !== 'linux') return { skip: 'tmpfs needs Linux' };
  if (process.getuid?.() !== 0) return { skip: 'mounting a tmpfs needs root' };
  const dir = tmpDir('cc-tmpfs-');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `mount -t tmpfs failed: ${(r.stderr || r.error?.message || '').trim()}` };
  }
  return {
    dir,
    unmount: () => {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fill the file system holding `dir` with 4 KB files until it is full, then free `leaveKb` of them. */
export function fillUp(dir: string, leaveKb = 0): void {
  const fill = join(dir, '.fill');
  mkdirSync(fill, { recursive: true });
  const page = Buffer.alloc(4096, 120);
  let i = 0;
  for (;;) {
    try {
      writeFileSync(join(fill, String(i)), page);
      i++;
    } catch {
      rmSync(join(fill, String(i)), { force: true });
      break;
    }
  }
  for (let k = 0; k < Math.ceil(leaveKb / 4) && i > 0; k++) rmSync(join(fill, String(--i)));
}
