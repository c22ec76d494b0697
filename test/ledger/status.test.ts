import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledgerPathFor, mergeLedger, prune, reviewClaim, saveLedger, summariseDir, summariseLedger } from '../../src/ledger/index.js';
import { claimsFromText, META } from './helpers/claims.js';
import { tmpDir } from './helpers/env.js';

const text = '# A\n\nTokens expire after one hour. Keys rotate every six weeks. Admins can revoke sessions.\n';

function sample() {
  let ledger = mergeLedger(undefined, claimsFromText(text), META).ledger;
  const [a, b, c] = ledger.claims.map((x) => x.id);
  ledger = reviewClaim(ledger, a!, { status: 'verified', evidence: ['https://d/x'], by: 'r', at: 't' });
  ledger = reviewClaim(ledger, b!, { status: 'contradicted', evidence: [], by: 'r', at: 't' });
  ledger = { ...ledger, claims: ledger.claims.map((x) => (x.id === b ? { ...x, stale: true } : x.id === c ? { ...x, removed: true } : x)) };
  return ledger;
}

describe('status', () => {
  it('counts live claims by status, reviewed vs auto, stale, removed', () => {
    expect(summariseLedger('f.yaml', sample())).toEqual({
      file: 'f.yaml',
      article: META.article,
      total: 2,
      byStatus: { verified: 1, 'partly-verified': 0, contradicted: 1, unverified: 0, 'not-checkable': 0 },
      reviewed: 2,
      auto: 0,
      stale: 1,
      removed: 1,
    });
  });

  it('prune drops exactly the removed claims', () => {
    const ledger = sample();
    expect(prune(ledger).claims).toEqual(ledger.claims.slice(0, 2));
  });

  it('summarises every *.yaml in a directory and reports broken ones without stopping', async () => {
    const dir = tmpDir();
    await saveLedger(join(dir, 'b.yaml'), sample());
    await saveLedger(join(dir, 'a.yaml'), mergeLedger(undefined, claimsFromText(text), META).ledger);
    writeFileSync(join(dir, 'c.yaml'), 'article: [\n');
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    mkdirSync(join(dir, 'sub'));
    const entries = await summariseDir(dir);
    expect(entries.map((e) => [e.file.slice(dir.length + 1), 'summary' in e ? e.summary.total : e.error.code])).toEqual([
      ['a.yaml', 3],
      ['b.yaml', 2],
      ['c.yaml', 'ELEDGER'],
    ]);
  });

  it('a missing directory is an ENOENT error', async () => {
    await expect(summariseDir(join(tmpDir(), 'nope'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('ledgerPathFor', () => {
  it.each([
    ['sources/azure-latch-codes.md', 'claims/azure-latch-codes.yaml'],
    ['/abs/My Article (v2).MD', 'claims/my-article-v2.yaml'],
    ['notes.txt', 'claims/notes.yaml'],
    ['Über_Tokens.md', 'claims/uber-tokens.yaml'],
  ])('%s → %s', (article, expected) => {
    expect(ledgerPathFor(article)).toBe(expected);
  });
  it('takes another claims directory', () => {
    expect(ledgerPathFor('a/b.md', 'out/ledgers')).toBe('out/ledgers/b.yaml');
  });
});
