import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/schema/index.js';
import { fixtureArticle, fixtureLedger } from './fixture.js';

// The fixture must itself obey the Claim invariants, or the formatter tests prove little.
describe('report fixture ledger', () => {
  const ledger = fixtureLedger();
  const text = fixtureArticle();
  const live = ledger.claims.filter((c) => c.removed !== true);

  it('has a dozen-plus live claims over 3 sections, every status and both origins', () => {
    expect(live).toHaveLength(14);
    expect(new Set(live.map((c) => c.section.join('/'))).size).toBe(3);
    for (const s of STATUSES) expect(live.some((c) => c.status === s)).toBe(true);
    expect(live.some((c) => c.origin === 'reviewer')).toBe(true);
    expect(live.some((c) => c.origin === 'auto')).toBe(true);
    expect(ledger.claims.filter((c) => c.removed === true)).toHaveLength(1);
  });

  it('quote === text.slice(span) and line/column point at the start', () => {
    for (const c of live) {
      expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
      const before = text.slice(0, c.span.start).split('\n');
      expect(before.length).toBe(c.span.line);
      expect((before.at(-1) ?? '').length + 1).toBe(c.span.column);
    }
  });

  it('contains the hostile claim', () => {
    expect(live.some((c) => c.quote.includes('<script>') && c.quote.includes('|') && c.quote.includes('*'))).toBe(true);
  });
});
