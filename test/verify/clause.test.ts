import { describe, expect, it } from 'vitest';
import { predicateLemmas } from '../../src/verify/slots/clause.js';

describe('verify: what a claim says about its subject (predicateLemmas)', () => {
  it('is the main clause from its first verb on, less the subject’s words', () => {
    expect(predicateLemmas('The widget relay rotates its signing keys daily.')).toEqual(expect.arrayContaining(['rotat', 'daily']));
    expect(predicateLemmas('The widget relay rotates its signing keys daily.')).not.toContain('relay');
  });
  it('is empty for an elliptical clause, whose predicate was said before it', () => {
    expect(predicateLemmas('So are widget relays in the staging tenant.')).toEqual([]);
    expect(predicateLemmas('Neither is the legacy widget portal.')).toEqual([]);
  });
  it('an opening "so" that is not elliptical leaves the predicate alone', () => {
    expect(predicateLemmas('So the widget relay rotates its keys daily.')).toEqual(expect.arrayContaining(['rotat']));
  });
});
