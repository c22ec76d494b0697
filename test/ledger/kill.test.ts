import { spawn } from 'node:child_process';
import { readdirSync, rmSync, watch } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLedger, lockPathFor, mergeLedger, saveLedger } from '../../src/ledger/index.js';
import { claimsFromText, META } from './helpers/claims.js';
import { ensureBuilt, ROOT, tmpDir } from './helpers/env.js';

beforeAll(() => ensureBuilt(), 120_000);

const CHILD = join(ROOT, 'test', 'ledger', 'helpers', 'writer-child.mjs');
const INDEX_URL = pathToFileURL(join(ROOT, 'dist', 'ledger', 'index.js')).href;
const CLAIMS = 1000; // ≈ 480 kB of YAML, ≈ 0.3 s per save

/**
 * Start the writer; once it has saved once, SIGKILL it: either `ms` later (anywhere in the loop, mostly
 * while it builds the YAML), or — `onWrite` — right when the directory changes (a write is in progress:
 * temp file created/filled, or the target being replaced), after `ms` % 4 more ms.
 * Resolves with how many saves it reported.
 */
function runAndKill(file: string, ms: number, onWrite: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, INDEX_URL, file, String(CLAIMS)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let armed = false;
    const kill = () => child.kill('SIGKILL');
    const watcher = watch(dirname(file), () => {
      if (armed && onWrite) setTimeout(kill, ms % 4);
    });
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (armed) return;
      armed = true;
      if (!onWrite) setTimeout(kill, ms);
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      watcher.close();
      if (signal !== 'SIGKILL') reject(new Error(`writer exited on its own (${signal ?? _code})`));
      else resolve(out.split('\n').filter((l) => l.startsWith('w')).length);
    });
  });
}

describe('kill -9 while writing a large ledger', () => {
  it('never leaves a truncated or invalid ledger (12 kills: 6 at random moments, 6 during the file write)', async () => {
    const dir = tmpDir();
    const file = join(dir, 'claims', 'large.yaml');
    await saveLedger(file, { ...mergeLedger(undefined, claimsFromText('# A\n\nStart.\n'), META).ledger, title: 'n=1' });
    let totalWrites = 0;
    for (let i = 0; i < 12; i++) {
      const ms = Math.floor(Math.random() * 900);
      totalWrites += await runAndKill(file, ms, i % 2 === 1);
      // the writer died holding the lock; a real user would remove it (the error says so), the test knows it is dead
      rmSync(lockPathFor(file), { recursive: true, force: true });
      const loaded = await loadLedger(file);
      expect(loaded, `after kill ${i} at ${ms} ms`).toBeDefined();
      const n = Number(loaded!.ledger.title!.slice(2));
      expect(loaded!.ledger.claims.length, `after kill ${i} at ${ms} ms`).toBe(n);
      if (n > 1) expect(loaded!.ledger.claims.at(-1)!.span.line).toBe(n);
    }
    // the test only means something if the writer really was writing when killed
    expect(totalWrites).toBeGreaterThanOrEqual(12);
    // leftovers are at most write-file-atomic temp files, which never end in .yaml
    const names = readdirSync(join(dir, 'claims'));
    expect(names.filter((f) => f.endsWith('.yaml'))).toEqual(['large.yaml']);
    console.info(`kill test: ${totalWrites} saves completed across 12 kills; ${names.length - 1} temp file(s) left by killed writes`);
    // the next save (under the lock) clears those orphans
    const last = (await loadLedger(file))!;
    await saveLedger(file, last.ledger, last.doc);
    expect(readdirSync(join(dir, 'claims'))).toEqual(['large.yaml']);
  }, 120_000);
});
