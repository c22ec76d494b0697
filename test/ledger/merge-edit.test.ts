import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schema/claim.js';
import { loadLedger, mergeLedger, reviewClaim, saveLedger } from '../../src/ledger/index.js';
import { claimsFromText, META } from './helpers/claims.js';
import { FIXTURES, tmpDir } from './helpers/env.js';

/**
 * The edit test: reviewer verdicts on a fixture article, then the article is edited
 * (paragraphs inserted, sections reordered, one sentence reworded, one deleted) and "check" re-runs
 * (fresh claims → mergeLedger → saveLedger → loadLedger).
 */
const v1 = readFileSync(join(FIXTURES, 'article.md'), 'utf8');
const v2 = readFileSync(join(FIXTURES, 'article-edited.md'), 'utf8');
const at = '2026-02-01T10:00:00.000Z';

const verdicts = [
  {
    quote: 'Access tokens issued by the v2.0 endpoint are valid for between 60 and 90 minutes.',
    status: 'verified',
    url: 'https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens#token-lifetime',
  },
  { quote: 'Refresh tokens for single-page apps expire after 24 hours.', status: 'contradicted', url: 'https://learn.microsoft.com/en-us/entra/identity-platform/refresh-tokens' },
  { quote: 'A revoked refresh token stops working within a few minutes.', status: 'unverified', url: undefined },
  { quote: 'The jwks_uri property in that document points at the current key set.', status: 'verified', url: 'https://learn.microsoft.com/en-us/entra/identity-platform/signing-key-rollover' },
  { quote: 'Clients must not parse access tokens meant for another resource.', status: 'not-checkable', url: undefined },
] as const;

const verdictFields = (c: Claim) => ({ status: c.status, origin: c.origin, evidence: c.evidence, note: c.note, reviewer: c.reviewer, reviewedAt: c.reviewedAt, history: c.history });

describe('merge after editing the article', async () => {
  const dir = tmpDir();
  const file = join(dir, 'claims', 'article.yaml');
  let ledger = mergeLedger(undefined, claimsFromText(v1), META).ledger;
  for (const [i, v] of verdicts.entries()) {
    const id = ledger.claims.find((c) => c.quote === v.quote)!.id;
    ledger = reviewClaim(ledger, id, { status: v.status, evidence: v.url ? [v.url] : [], note: `verdict ${i}`, by: 'alice', at });
  }
  await saveLedger(file, ledger);
  const before = (await loadLedger(file))!;
  const fresh = claimsFromText(v2);
  const { ledger: after, stats } = mergeLedger(before.ledger, fresh, { ...META, checkedAt: '2026-03-01T00:00:00.000Z' });
  await saveLedger(file, after, before.doc);
  const reloaded = (await loadLedger(file))!.ledger;
  const byNote = (n: number) => reloaded.claims.filter((c) => c.note === `verdict ${n}`);

  it('keeps every reviewer verdict exactly once', () => {
    for (let i = 0; i < verdicts.length; i++) expect(byNote(i)).toHaveLength(1);
    const prev = before.ledger.claims.filter((c) => c.origin === 'reviewer');
    for (const p of prev) expect(verdictFields(reloaded.claims.find((c) => c.note === p.note)!)).toEqual(verdictFields(p));
  });

  it('moved and untouched claims keep id and verdict, not stale, with their new position', () => {
    for (const i of [0, 3, 4]) {
      const c = byNote(i)[0]!;
      expect(c.quote).toBe(verdicts[i]!.quote);
      expect(c.stale).toBeUndefined();
      expect(c.removed).toBeUndefined();
      expect(v2.slice(c.span.start, c.span.end)).toBe(c.quote);
    }
    const moved = byNote(3)[0]!;
    const old = before.ledger.claims.find((c) => c.note === 'verdict 3')!;
    expect(moved.span.start).not.toBe(old.span.start);
    // the Signing keys section now comes before Refresh tokens, and the ledger follows the article order
    const order = (l: typeof reloaded) => l.claims.map((c) => c.note).filter((n) => n === 'verdict 1' || n === 'verdict 3');
    expect(order(before.ledger)).toEqual(['verdict 1', 'verdict 3']);
    expect(order(reloaded)).toEqual(['verdict 3', 'verdict 1']);
    expect(moved.section).toEqual(['Token lifetimes in the identity platform', 'Signing keys']);
  });

  it('the reworded claim carries the verdict to the new wording and is stale', () => {
    const c = byNote(1)[0]!;
    expect(c.quote).toBe('Refresh tokens issued to single-page apps expire after 24 hours.');
    expect(c.stale).toBe(true);
    expect(c.status).toBe('contradicted');
    expect(c.evidence[0]?.stance).toBe('refutes');
    expect(v2.slice(c.span.start, c.span.end)).toBe(c.quote);
  });

  it('the deleted claim is kept as removed, after the live ones', () => {
    const c = byNote(2)[0]!;
    expect(c.removed).toBe(true);
    expect(reloaded.claims.at(-1)).toEqual(c);
  });

  it('nothing else changed: live claims are exactly the fresh extraction, auto ones untouched', () => {
    const live = reloaded.claims.filter((c) => !c.removed);
    expect(live.map((c) => c.quote)).toEqual(fresh.map((c) => c.quote));
    for (const c of live.filter((x) => x.origin === 'auto')) expect(c).toEqual(fresh.find((f) => f.id === c.id));
    expect(reloaded.claims.filter((c) => c.stale)).toHaveLength(1);
    expect(reloaded.claims.filter((c) => c.removed)).toHaveLength(1);
  });

  it('reports the numbers', () => {
    // previous: 9 claims; fresh: 11 (3 inserted sentences, 1 reworded, 1 deleted)
    expect(stats).toEqual({ kept: 4, matchedById: 7, matchedBySimilarity: 1, stale: 1, added: 3, removed: 1, dropped: 0 });
  });

  it('re-running check on the same text changes nothing', () => {
    const again = mergeLedger(reloaded, claimsFromText(v2), { ...META, checkedAt: '2026-03-01T00:00:00.000Z' });
    expect(again.ledger).toEqual(reloaded);
    expect(again.stats).toMatchObject({ stale: 0, added: 0, matchedBySimilarity: 0, removed: 1 });
  });
});
