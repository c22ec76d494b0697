import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLedger, lockPathFor, mergeLedger, saveLedger, withLedgerLock } from '../../src/ledger/index.js';
import { claimsFromText, META } from './helpers/claims.js';
import { ensureBuilt, FIXTURES, runCli, tmpDir } from './helpers/env.js';

beforeAll(() => ensureBuilt(), 120_000);

const article = readFileSync(join(FIXTURES, 'article.md'), 'utf8');

async function project() {
  const dir = tmpDir();
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'sources', 'article.md'), article);
  const ledger = join(dir, 'claims', 'article.yaml');
  const claims = claimsFromText(article);
  await saveLedger(ledger, mergeLedger(undefined, claims, META).ledger);
  return { dir, ledger, ids: claims.map((c) => c.id) };
}

describe('concurrent reviews', () => {
  it('two review processes started at once on different claims both land (5 rounds)', async () => {
    for (let round = 0; round < 5; round++) {
      const { dir, ledger, ids } = await project();
      const [a, b] = [ids[round]!, ids[round + 3]!];
      const results = await Promise.all([
        runCli(['review', 'sources/article.md', a, '--status', 'not-checkable', '--by', 'one'], dir),
        runCli(['review', 'sources/article.md', b, '--status', 'contradicted', '--by', 'two'], dir),
      ]);
      for (const r of results) expect([r.code, r.stderr]).toEqual([0, '']);
      const claims = (await loadLedger(ledger))!.ledger.claims;
      expect(claims.find((c) => c.id === a)).toMatchObject({ origin: 'reviewer', reviewer: 'one', status: 'not-checkable' });
      expect(claims.find((c) => c.id === b)).toMatchObject({ origin: 'reviewer', reviewer: 'two', status: 'contradicted' });
    }
  });

  it('six reviewers at once on six claims: all six verdicts land', async () => {
    const { dir, ledger, ids } = await project();
    const picked = ids.slice(0, 6);
    const results = await Promise.all(picked.map((id, i) => runCli(['review', 'sources/article.md', id, '--status', 'unverified', '--by', `r${i}`, '--note', `n${i}`], dir)));
    for (const r of results) expect(r.code).toBe(0);
    const claims = (await loadLedger(ledger))!.ledger.claims;
    expect(picked.map((id) => claims.find((c) => c.id === id)!.note)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5']);
  });

  it('a second writer waits for the lock, then fails clearly after the timeout; the file is untouched', async () => {
    const { dir, ledger, ids } = await project();
    const bytes = readFileSync(ledger);
    await withLedgerLock(ledger, async () => {
      const r = await runCli(['review', 'sources/article.md', ids[0]!, '--status', 'unverified', '--by', 'x'], dir, { CLAIMCHECK_LOCK_TIMEOUT_MS: '700' });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('claims/article.yaml: the ledger is locked by another claimcheck process');
      expect(r.stderr).toContain('if no claimcheck is running, remove claims/article.yaml.lock');
    });
    expect(readFileSync(ledger).equals(bytes)).toBe(true);
  });

  it('a writer that waited gets the lock as soon as the holder lets go', async () => {
    const { dir, ledger, ids } = await project();
    let child: ReturnType<typeof runCli> | undefined;
    await withLedgerLock(ledger, async () => {
      child = runCli(['review', 'sources/article.md', ids[0]!, '--status', 'unverified', '--by', 'late'], dir);
      await new Promise((r) => setTimeout(r, 800));
    });
    expect((await child!).code).toBe(0);
    expect((await loadLedger(ledger))!.ledger.claims[0]!.reviewer).toBe('late');
  });

  it('a lock left by a dead process (old mtime) is taken over', async () => {
    const { dir, ledger, ids } = await project();
    mkdirSync(lockPathFor(ledger));
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPathFor(ledger), old, old);
    const r = await runCli(['review', 'sources/article.md', ids[0]!, '--status', 'unverified', '--by', 'x'], dir, { CLAIMCHECK_LOCK_TIMEOUT_MS: '3000' });
    expect(r.code).toBe(0);
  });

  it('withLedgerLock is re-entrant for saveLedger inside it', async () => {
    const { ledger } = await project();
    const loaded = (await loadLedger(ledger))!;
    await withLedgerLock(ledger, () => saveLedger(ledger, { ...loaded.ledger, title: 'inside' }, loaded.doc, { timeoutMs: 500 }));
    expect((await loadLedger(ledger))!.ledger.title).toBe('inside');
  });
});
