import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schema/claim.js';
import { mergeLedger, reviewClaim } from '../../src/ledger/index.js';
import { claimsFromText, makeClaim, META } from './helpers/claims.js';

const review = (ledger: ReturnType<typeof mergeLedger>['ledger'], id: string, note = 'checked') =>
  reviewClaim(ledger, id, { status: 'verified', evidence: ['https://learn.microsoft.com/x'], note, by: 'alice', at: '2026-01-02T00:00:00Z' });

const text1 = '# A\n\nTokens expire after one hour. Keys rotate every six weeks. Admins can revoke sessions.\n';

describe('mergeLedger rules', () => {
  it('without a previous ledger every claim is added, in span order, with the meta', () => {
    const fresh = claimsFromText(text1);
    const { ledger, stats } = mergeLedger(undefined, [...fresh].reverse(), { ...META, title: 'T' });
    expect(ledger.claims).toEqual(fresh);
    expect(ledger).toMatchObject({ article: META.article, title: 'T', checkedAt: META.checkedAt, sources: META.sources });
    expect(stats).toEqual({ kept: 0, matchedById: 0, matchedBySimilarity: 0, stale: 0, added: 3, removed: 0, dropped: 0 });
  });

  it('a reviewer claim matched by id keeps its verdict and takes the fresh position, section, kind and entities', () => {
    const prev = review(mergeLedger(undefined, claimsFromText(text1), META).ledger, claimsFromText(text1)[1]!.id);
    const moved = '# B\n\nNew first sentence here. Tokens expire after one hour.\n\n## C\n\nKeys rotate every six weeks.\n';
    const fresh = claimsFromText(moved).map((c) => (c.quote.startsWith('Keys') ? { ...c, kind: 'statistic' as const } : c));
    const { ledger, stats } = mergeLedger(prev, fresh, META);
    const keys = ledger.claims.find((c) => c.quote.startsWith('Keys'))!;
    const before = prev.claims[1]!;
    expect(keys).toEqual({
      ...fresh.find((c) => c.quote.startsWith('Keys'))!,
      status: 'verified',
      origin: 'reviewer',
      evidence: before.evidence,
      note: 'checked',
      reviewer: 'alice',
      reviewedAt: before.reviewedAt,
      history: before.history,
    });
    expect(keys.section).toEqual(['B', 'C']);
    expect(keys.kind).toBe('statistic');
    expect(stats).toMatchObject({ kept: 1, matchedById: 2, added: 1, removed: 0, dropped: 1 });
  });

  it('auto claims matched by id take the fresh claim entirely', () => {
    const prev = mergeLedger(undefined, claimsFromText(text1), META).ledger;
    const tampered = {
      ...prev,
      claims: prev.claims.map((c) => ({ ...c, status: 'contradicted' as const, findings: [{ checker: 'x', messageId: 'y', subject: 's', message: 'm', severity: 'error' as const }] })),
    };
    const fresh = claimsFromText(text1);
    expect(mergeLedger(tampered, fresh, META).ledger.claims).toEqual(fresh);
  });

  it('a lightly reworded reviewer claim keeps the verdict, takes the new wording and id, and is stale', () => {
    const prev = review(mergeLedger(undefined, claimsFromText(text1), META).ledger, claimsFromText(text1)[0]!.id);
    const fresh = claimsFromText(text1.replace('after one hour', 'after an hour'));
    const { ledger, stats } = mergeLedger(prev, fresh, META);
    expect(ledger.claims[0]).toMatchObject({ id: fresh[0]!.id, quote: 'Tokens expire after an hour.', status: 'verified', origin: 'reviewer', note: 'checked', stale: true });
    expect(ledger.claims[0]!.id).not.toBe(prev.claims[0]!.id);
    expect(stats).toMatchObject({ kept: 1, matchedBySimilarity: 1, stale: 1, removed: 0, added: 0 });
  });

  it('a reworded auto claim is simply the fresh claim (no stale flag)', () => {
    const prev = mergeLedger(undefined, claimsFromText(text1), META).ledger;
    const fresh = claimsFromText(text1.replace('after one hour', 'after an hour'));
    const { ledger, stats } = mergeLedger(prev, fresh, META);
    expect(ledger.claims).toEqual(fresh);
    expect(stats).toMatchObject({ matchedBySimilarity: 1, stale: 0, dropped: 0 });
  });

  it('a different sentence is not a rewording: the verdict goes to removed, the new one is added', () => {
    const prev = review(mergeLedger(undefined, claimsFromText(text1), META).ledger, claimsFromText(text1)[0]!.id);
    const fresh = claimsFromText(text1.replace('Tokens expire after one hour.', 'Refresh tokens last ninety days.'));
    const { ledger, stats } = mergeLedger(prev, fresh, META);
    expect(ledger.claims.slice(0, 3)).toEqual(fresh);
    expect(ledger.claims[3]).toMatchObject({ quote: 'Tokens expire after one hour.', removed: true, note: 'checked' });
    expect(stats).toMatchObject({ removed: 1, added: 1, kept: 0 });
  });

  it('vanished auto claims are dropped unless a person wrote on them', () => {
    const prev = mergeLedger(undefined, claimsFromText(text1), META).ledger;
    const withNote = { ...prev, claims: prev.claims.map((c, i) => (i === 2 ? { ...c, note: 'ask the PM' } : c)) };
    const { ledger, stats } = mergeLedger(withNote, claimsFromText('# A\n\nTokens expire after one hour.\n'), META);
    expect(ledger.claims.map((c) => [c.quote, c.removed])).toEqual([
      ['Tokens expire after one hour.', undefined],
      ['Admins can revoke sessions.', true],
    ]);
    expect(stats).toMatchObject({ dropped: 1, removed: 1 });
  });

  it('a removed claim comes back to life when its sentence returns', () => {
    const prev = review(mergeLedger(undefined, claimsFromText(text1), META).ledger, claimsFromText(text1)[2]!.id);
    const gone = mergeLedger(prev, claimsFromText('# A\n\nTokens expire after one hour.\n'), META).ledger;
    expect(gone.claims.at(-1)).toMatchObject({ removed: true, note: 'checked' });
    const back = mergeLedger(gone, claimsFromText(text1), META);
    expect(back.ledger.claims[2]).toMatchObject({ quote: 'Admins can revoke sessions.', note: 'checked', origin: 'reviewer' });
    expect(back.ledger.claims[2]!.removed).toBeUndefined();
    expect(back.stats).toMatchObject({ removed: 0, matchedById: 2, added: 1, kept: 1 });
  });

  it('similarity matching is one-to-one and prefers the best match', () => {
    const t = '# A\n\nThe service signs every token with a rotating key.\n';
    const prev = review(mergeLedger(undefined, claimsFromText(t), META).ledger, claimsFromText(t)[0]!.id);
    const fresh = claimsFromText('# A\n\nThe service signs every token with a rotating key pair. The service signs every token with a key.\n');
    const { ledger } = mergeLedger(prev, fresh, META);
    expect(ledger.claims.filter((c) => c.origin === 'reviewer').map((c) => c.quote)).toEqual(['The service signs every token with a rotating key pair.']);
    expect(ledger.claims).toHaveLength(2);
  });

  it('a stale flag stays until a reviewer looks again', () => {
    const prev = review(mergeLedger(undefined, claimsFromText(text1), META).ledger, claimsFromText(text1)[0]!.id);
    const reworded = text1.replace('after one hour', 'after an hour');
    const once = mergeLedger(prev, claimsFromText(reworded), META).ledger;
    const twice = mergeLedger(once, claimsFromText(reworded), META);
    expect(twice.ledger.claims[0]!.stale).toBe(true);
    expect(twice.stats.stale).toBe(0); // not newly stale
    const reviewed = review(twice.ledger, twice.ledger.claims[0]!.id, 'looked again');
    expect(reviewed.claims[0]!.stale).toBeUndefined();
  });

  it('identical text under a new id (repeat counter shifted) is carried without marking stale', () => {
    const c = (id: string, start: number): Claim => makeClaim('Keys rotate.', start, 'x'.repeat(200), ['A'], id);
    const prev = review({ ...mergeLedger(undefined, [c('c-aaaaaaaa-2', 50)], META).ledger }, 'c-aaaaaaaa-2');
    const { ledger } = mergeLedger(prev, [c('c-aaaaaaaa', 10)], META);
    expect(ledger.claims).toHaveLength(1);
    expect(ledger.claims[0]).toMatchObject({ id: 'c-aaaaaaaa', note: 'checked' });
    expect(ledger.claims[0]!.stale).toBeUndefined();
  });
});
