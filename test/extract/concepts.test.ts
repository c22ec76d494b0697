import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { conceptIndex, conceptMatchers, conceptMayMatch, conceptsIn, findConcepts } from '../../src/extract/concepts.js';
import { ingestText } from '../../src/ingest/index.js';

describe('concepts: which matchers a block can match', () => {
  it('reads the same by offsets (conceptIndex) as from the block text (conceptsIn), on every block', () => {
    // recurring phrases, plural forms, capitals, and characters whose lower case changes length or is ASCII
    const word = fc.constantFrom('access', 'Access', 'policy', 'policies', 'token', 'tokens', 'lease', 'widget', 'the', 'a', 'İ', 'ΟΔΟΣ', '\u212a', 'access-policy');
    const sentence = fc.array(word, { minLength: 2, maxLength: 8 }).map((ws) => `${ws.join(' ')}.`);
    const article = fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { minLength: 3, maxLength: 12 }).map((ps) => ps.map((p) => p.join(' ')).join('\n\n'));
    let compared = 0;
    fc.assert(
      fc.property(article, (text) => {
        const doc = ingestText(text, 'a.md');
        const matchers = conceptMatchers(findConcepts(text, doc.blocks));
        const at = conceptIndex(text, matchers);
        for (const b of doc.blocks) {
          expect(at(b.start, b.end)).toEqual(conceptsIn(text.slice(b.start, b.end), matchers));
          if (matchers.length > 0) compared++;
        }
      }),
      { numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(100);
  });

  it('never rules out a matcher that matches (conceptMayMatch is only a pre-check)', () => {
    const matchers = conceptMatchers(['access policy', 'sign-in log', 'widget lease renewal', 'token']);
    const word = fc.constantFrom(
      'access',
      'Access',
      'ACCESSES',
      'policy',
      'policies',
      'Policys',
      'sign-in',
      'Sign-Ins',
      'log',
      'logs',
      'widget',
      'widgets',
      'lease',
      'leases',
      'renewal',
      'token',
      '\u212aey',
      'İ',
      'x',
    );
    const gap = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '-', ', ', '');
    const text = fc.array(fc.tuple(word, gap), { maxLength: 10 }).map((ps) => ps.map(([w, g]) => w + g).join(''));
    let matched = 0;
    let skipped = 0;
    fc.assert(
      fc.property(text, (t) => {
        const lower = t.toLowerCase();
        for (const re of matchers) {
          re.lastIndex = 0;
          const matches = re.test(t);
          if (matches) {
            matched++;
            expect(conceptMayMatch(lower, re), `${re} on ${JSON.stringify(t)}`).toBe(true);
          } else if (!conceptMayMatch(lower, re)) skipped++;
        }
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(100);
    expect(skipped).toBeGreaterThan(100);
  });
});
