import { describe, expect, it } from 'vitest';
import { ClaimcheckError } from '../../src/errors.js';
import type { Ledger } from '../../src/schema/ledger.js';
import { mergeLedger, reviewClaim, type ReviewInput } from '../../src/ledger/index.js';
import { makeClaim, META } from './helpers/claims.js';

const text = 'x'.repeat(300);
const base: Ledger = mergeLedger(
  undefined,
  [
    makeClaim('Alpha.', 0, text, ['A'], 'c-3fa91b2e'),
    makeClaim('Beta.', 10, text, ['A'], 'c-3fa92222'),
    makeClaim('Gamma.', 20, text, ['A'], 'c-77777777'),
    makeClaim('Delta.', 30, text, ['A'], 'c-77777777-2'),
  ],
  META,
).ledger;
const input = (over: Partial<ReviewInput> = {}): ReviewInput => ({ status: 'verified', evidence: ['https://learn.microsoft.com/a/b#c-d'], by: 'alice', at: '2026-01-02T03:04:05.000Z', ...over });

function error(fn: () => unknown): ClaimcheckError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ClaimcheckError);
    return e as ClaimcheckError;
  }
  throw new Error('expected a ClaimcheckError');
}

describe('reviewClaim', () => {
  it('sets the verdict, origin, reviewer, history; splits the anchor; leaves other claims alone', () => {
    const out = reviewClaim(base, 'c-77777777', input({ note: 'docs say so' }));
    const c = out.claims[2]!;
    expect(c).toMatchObject({ status: 'verified', origin: 'reviewer', reviewer: 'alice', reviewedAt: '2026-01-02T03:04:05.000Z', note: 'docs say so' });
    expect(c.evidence).toEqual([{ url: 'https://learn.microsoft.com/a/b', anchor: 'c-d', stance: 'supports', source: 'reviewer' }]);
    expect(c.history).toEqual([{ at: '2026-01-02T03:04:05.000Z', by: 'alice', from: 'unverified', to: 'verified', note: 'docs say so' }]);
    expect(out.claims.filter((_, i) => i !== 2)).toEqual(base.claims.filter((_, i) => i !== 2));
    expect(base.claims[2]!.origin).toBe('auto'); // input not mutated
  });

  it('appends to history on a second review and clears stale', () => {
    const once = reviewClaim(base, 'c-3fa91b2e', input());
    const staleLedger = { ...once, claims: once.claims.map((c, i) => (i === 0 ? { ...c, stale: true } : c)) };
    const twice = reviewClaim(staleLedger, 'c-3fa91b2e', input({ status: 'contradicted', evidence: ['http://example.org/x'], by: 'bob' }));
    const c = twice.claims[0]!;
    expect(c.history.map((h) => [h.from, h.to, h.by])).toEqual([
      ['unverified', 'verified', 'alice'],
      ['verified', 'contradicted', 'bob'],
    ]);
    expect(c.stale).toBeUndefined();
    expect(c.evidence.map((e) => e.stance)).toEqual(['supports', 'refutes']);
  });

  it('resolves a unique prefix, with or without c-', () => {
    expect(reviewClaim(base, 'c-3fa91', input()).claims[0]!.origin).toBe('reviewer');
    expect(reviewClaim(base, '3fa92', input()).claims[1]!.origin).toBe('reviewer');
  });

  it('an exact id wins over being a prefix of another id', () => {
    expect(reviewClaim(base, 'c-77777777', input()).claims.map((c) => c.origin)).toEqual(['auto', 'auto', 'reviewer', 'auto']);
  });

  it('an ambiguous prefix lists the candidates', () => {
    const e = error(() => reviewClaim(base, 'c-3fa9', input()));
    expect(e.code).toBe('EUSAGE');
    expect(e.message).toContain('matches 2 claims');
    expect(e.message).toContain('c-3fa91b2e  Alpha.');
    expect(e.message).toContain('c-3fa92222  Beta.');
  });

  it('an unknown id is a usage error', () => {
    expect(error(() => reviewClaim(base, 'c-deadbeef', input())).message).toMatch(/no claim with id "c-deadbeef"/);
  });

  it.each(['ftp://example.com/x', 'not a url', 'file:///etc/passwd', 'javascript:alert(1)'])('rejects evidence %s', (url) => {
    expect(error(() => reviewClaim(base, 'c-3fa91b2e', input({ evidence: [url] }))).code).toBe('EUSAGE');
  });

  it('refuses verified / partly-verified without a supporting URL', () => {
    for (const status of ['verified', 'partly-verified'] as const) {
      expect(error(() => reviewClaim(base, 'c-3fa91b2e', input({ status, evidence: [] }))).message).toMatch(/needs at least one supporting evidence URL/);
    }
  });

  it('accepts verified when the claim already has supporting evidence, but not refuting or related only', () => {
    const withSupport = { ...base, claims: base.claims.map((c, i) => (i === 0 ? { ...c, evidence: [{ url: 'https://d/x', stance: 'supports' as const, source: 'entra-docs@1' }] } : c)) };
    expect(reviewClaim(withSupport, 'c-3fa91b2e', input({ evidence: [] })).claims[0]!.status).toBe('verified');
    const refuting = reviewClaim(base, 'c-3fa91b2e', input({ status: 'contradicted', evidence: ['https://d/y'] }));
    expect(error(() => reviewClaim(refuting, 'c-3fa91b2e', input({ evidence: [] }))).code).toBe('EUSAGE');
  });

  it('unverified and not-checkable need no URL; URLs given then are only related', () => {
    const out = reviewClaim(base, 'c-3fa91b2e', input({ status: 'unverified', evidence: ['https://d/z'] }));
    expect(out.claims[0]!.evidence).toEqual([{ url: 'https://d/z', stance: 'related', source: 'reviewer' }]);
    expect(reviewClaim(base, 'c-3fa91b2e', input({ status: 'not-checkable', evidence: [] })).claims[0]!.status).toBe('not-checkable');
  });

  it('the same URL given again replaces the old item rather than duplicating it', () => {
    const once = reviewClaim(base, 'c-3fa91b2e', input({ status: 'contradicted', evidence: ['https://d/x#a'] }));
    const twice = reviewClaim(once, 'c-3fa91b2e', input({ evidence: ['https://d/x#a'] }));
    expect(twice.claims[0]!.evidence).toEqual([{ url: 'https://d/x', anchor: 'a', stance: 'supports', source: 'reviewer' }]);
  });

  it('matches a checker URL that carries its anchor in the URL', () => {
    const found = { ...base, claims: base.claims.map((c, i) => (i === 0 ? { ...c, evidence: [{ url: 'https://d/x#a', anchor: 'a', stance: 'supports' as const, source: 'entra-docs@1' }] } : c)) };
    const out = reviewClaim(found, 'c-3fa91b2e', input({ evidence: ['https://d/x#a'] }));
    expect(out.claims[0]!.evidence).toEqual([{ url: 'https://d/x', anchor: 'a', stance: 'supports', source: 'reviewer' }]);
  });

  it('demotes the checkers’ supporting evidence when the reviewer overrules or cites their own pages', () => {
    const found = { ...base, claims: base.claims.map((c, i) => (i === 0 ? { ...c, evidence: [{ url: 'https://d/weak#s', stance: 'supports' as const, source: 'entra-docs@1' }] } : c)) };
    const unverified = reviewClaim(found, 'c-3fa91b2e', input({ status: 'unverified', evidence: [] })).claims[0]!;
    expect(unverified.evidence).toEqual([{ url: 'https://d/weak#s', stance: 'related', source: 'entra-docs@1' }]);
    const own = reviewClaim(found, 'c-3fa91b2e', input({ evidence: ['https://d/strong#t'] })).claims[0]!;
    expect(own.evidence.map((e) => `${e.stance} ${e.url}`)).toEqual(['related https://d/weak#s', 'supports https://d/strong']);
    const confirmed = reviewClaim(found, 'c-3fa91b2e', input({ evidence: [] })).claims[0]!;
    expect(confirmed.evidence[0]?.stance).toBe('supports');
  });
});
