import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { greedyMatch, jaccard, SIMILARITY_THRESHOLD, tokenSet } from '../../src/ledger/similarity.js';
import { claimsFromText } from './helpers/claims.js';
import { ROOT } from './helpers/env.js';

const sim = (a: string, b: string) => jaccard(tokenSet(a), tokenSet(b));

describe('quote similarity', () => {
  it('keeps identifiers whole and ignores case and punctuation', () => {
    expect([...tokenSet('The v2.0 endpoint, /v1.0/users and X-Ms-Foo!')]).toEqual(['the', 'v2.0', 'endpoint', '/v1.0/users', 'and', 'x-ms-foo']);
    expect(sim('Tokens expire.', 'tokens   EXPIRE')).toBe(1);
    expect(sim('The v1.0 endpoint issues tokens.', 'The v2.0 endpoint issues tokens.')).toBeCloseTo(4 / 6);
  });

  it('light rewording stays above the threshold', () => {
    const pairs: Array<[string, string]> = [
      ['Refresh tokens for single-page apps expire after 24 hours.', 'Refresh tokens issued to single-page apps expire after 24 hours.'],
      ['Tokens expire after one hour.', 'Tokens expire after an hour.'],
      ['The platform rotates its token signing keys periodically.', 'The platform rotates its signing keys periodically.'],
    ];
    for (const [a, b] of pairs) expect(sim(a, b)).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
  });

  it('distinct sentences of the seed article stay below the threshold (measured)', () => {
    const text = readFileSync(join(ROOT, 'sources', 'azure-latch-codes.md'), 'utf8');
    const quotes = [...new Set(claimsFromText(text).map((c) => c.quote))].filter((q) => tokenSet(q).size >= 4);
    let max = 0;
    for (let i = 0; i < quotes.length; i++) for (let j = i + 1; j < quotes.length; j++) max = Math.max(max, sim(quotes[i]!, quotes[j]!));
    expect(quotes.length).toBeGreaterThan(50);
    expect(max).toBeLessThan(SIMILARITY_THRESHOLD);
    expect(max).toBeCloseTo(0.625, 3); // the number quoted in similarity.ts
    console.info(`seed article: ${quotes.length} sentences, highest pairwise Jaccard ${max.toFixed(3)}`);
  });

  it('greedy matching is one-to-one and best-first, closest on ties', () => {
    const out = greedyMatch([
      { prev: 0, fresh: 0, score: 0.7, distance: 0 },
      { prev: 0, fresh: 1, score: 0.9, distance: 50 },
      { prev: 1, fresh: 1, score: 0.8, distance: 0 },
      { prev: 1, fresh: 0, score: 0.7, distance: 900 },
      { prev: 2, fresh: 2, score: 0.64, distance: 0 },
      { prev: 3, fresh: 3, score: 0.7, distance: 10 },
      { prev: 4, fresh: 3, score: 0.7, distance: 5 },
    ]);
    expect(out.map((c) => [c.prev, c.fresh])).toEqual([
      [0, 1],
      [4, 3],
      [1, 0],
    ]);
  });
});
