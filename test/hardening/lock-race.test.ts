import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { commitLedger, loadLedger, reviewClaim } from '../../src/ledger/index.js';
import { ROOT, ensureBuilt, runCli, tmpDir } from './helpers.js';

const ARTICLE = join(ROOT, 'sources', 'azure-latch-codes.md');
const LEDGER_DIST = pathToFileURL(join(ROOT, 'dist', 'ledger', 'index.js')).href;
const WRITER = join(ROOT, 'test', 'hardening', 'blocking-writer.mjs');
/** Tests only: a lock counts as stale after 2 s (proper-lockfile's floor) instead of 10 s. */
const FAST_STALE = { CLAIMCHECK_LOCK_STALE_MS: '2000' };

let shared: ReturnType<typeof workspace>;
beforeAll(async () => {
  await ensureBuilt();
  shared = workspace();
  await shared;
}, 240_000);

/** A workspace with the article and its ledger (one real check). */
async function workspace(): Promise<{ dir: string; ledger: string; ids: string[] }> {
  const dir = tmpDir();
  mkdirSync(join(dir, 'sources'));
  copyFileSync(ARTICLE, join(dir, 'sources', 'a.md'));
  const r = await runCli(['check', 'sources/a.md', '--fail-on', 'none', '--format', 'json'], dir);
  expect(r.code, r.stderr).toBe(0);
  const ledger = join(dir, 'claims', 'a.yaml');
  const ids = (await loadLedger(ledger))!.ledger.claims.filter((c) => c.checkworthy).map((c) => c.id);
  return { dir, ledger, ids };
}

function startWriter(ledger: string, title: string): { locked: Promise<void>; done: Promise<string> } {
  const child = spawn(process.execPath, [WRITER, LEDGER_DIST, ledger, title], { env: { ...process.env, ...FAST_STALE } });
  let out = '';
  let err = '';
  let onLocked: () => void = () => undefined;
  const locked = new Promise<void>((r) => (onLocked = r));
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.includes('locked')) onLocked();
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<string>((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`writer exit ${code}: ${err}`)))));
  return { locked, done };
}

describe('a writer that lost its lock re-reads and re-merges', () => {
  it('20 trials: a writer blocked past the stale time while holding the lock, and a review that takes the lock over — both changes land', async () => {
    const { dir, ledger, ids } = await shared;
    let remerged = 0;
    const trial = async (t: number) => {
      // each trial on its own copy of the ledger, five at a time
      const file = join(dir, 'claims', `t${t}.yaml`);
      copyFileSync(ledger, file);
      const id = ids[t % ids.length]!;
      const writer = startWriter(file, `title ${t}`);
      await writer.locked;
      // The review, as the review command does it, in this process (another process than the writer's).
      // The writer stays blocked until the review has written, so the review must take the stale lock over.
      await commitLedger(file, ({ loaded }) => reviewClaim(loaded!.ledger, id, { status: 'not-checkable', evidence: [], by: `r${t}`, at: new Date().toISOString() }), {
        staleMs: 2000,
        timeoutMs: 20_000,
      });
      writeFileSync(`${file}.go`, '');
      const out = await writer.done;
      if (out.includes('passes=2')) remerged++;
      const final = (await loadLedger(file))!.ledger;
      expect(final.claims.find((c) => c.id === id)).toMatchObject({ origin: 'reviewer', reviewer: `r${t}`, status: 'not-checkable' });
      expect(final.title).toBe(`title ${t}`);
    };
    for (let batch = 0; batch < 4; batch++) await Promise.all([0, 1, 2, 3, 4].map((k) => trial(batch * 5 + k)));
    // every time, the writer found the ledger changed under it and merged again instead of overwriting
    expect(remerged).toBe(20);
  }, 240_000);

  it('a real check and a review started while it runs (2 trials): the verdict is in the final ledger', async () => {
    const { dir, ledger, ids } = await shared;
    for (let t = 0; t < 2; t++) {
      const id = ids[t]!;
      const check = runCli(['check', 'sources/a.md', '--fail-on', 'none', '--format', 'json'], dir, FAST_STALE);
      await new Promise((r) => setTimeout(r, 300 + t * 400));
      const review = await runCli(['review', 'sources/a.md', id, '--status', 'contradicted', '--by', `c${t}`], dir, FAST_STALE);
      expect(review.code, review.stderr).toBe(0);
      expect((await check).code).toBe(0);
      expect((await loadLedger(ledger))!.ledger.claims.find((c) => c.id === id)).toMatchObject({ origin: 'reviewer', reviewer: `c${t}`, status: 'contradicted' });
    }
  }, 180_000);

  it('a check suspended with SIGSTOP for 15 s while a review runs: the verdict is in the final ledger', async () => {
    const { dir, ledger, ids } = await shared;
    const id = ids[3]!;
    const check = runCli(['check', 'sources/a.md', '--fail-on', 'none', '--format', 'json'], dir);
    await new Promise((r) => setTimeout(r, 500));
    process.kill(check.pid!, 'SIGSTOP');
    const t0 = Date.now();
    try {
      const review = await runCli(['review', 'sources/a.md', id, '--status', 'not-checkable', '--by', 'stopped'], dir);
      expect(review.code, review.stderr).toBe(0);
      await new Promise((r) => setTimeout(r, Math.max(0, 15_000 - (Date.now() - t0))));
    } finally {
      process.kill(check.pid!, 'SIGCONT');
    }
    expect((await check).code).toBe(0);
    expect((await loadLedger(ledger))!.ledger.claims.find((c) => c.id === id)).toMatchObject({ origin: 'reviewer', reviewer: 'stopped', status: 'not-checkable' });
  }, 120_000);
});
