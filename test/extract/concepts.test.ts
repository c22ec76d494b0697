import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { conceptMatchers, findConcepts } from '../../src/extract/concepts.js';
import { eachWord, Vocabulary, wordText } from '../../src/extract/vocabulary.js';
import { conceptMayMatch, conceptPrecheck } from '../../src/extract/concept-precheck.js';
import { segmentBlock } from '../../src/extract/segment.js';
import { ingestText } from '../../src/ingest/index.js';

/** What is not a word character of a concept (findConcepts split blocks at it before eachWord). */
const NOT_WORD_CHARACTERS = /[^a-z0-9-]+/;

describe('concepts: which matchers a stretch can match', () => {
  it('reads the same by offsets (conceptPrecheck) as conceptMayMatch on the stretch lower-cased, on blocks, sentences and their pieces, with every match at one of the starts it gives', () => {
    // recurring phrases, plural forms, capitals, and characters whose lower case changes length or is ASCII
    const word = fc.constantFrom('access', 'Access', 'policy', 'policies', 'token', 'tokens', 'lease', 'widget', 'the', 'a', 'İ', 'ΟΔΟΣ', '\u212a', 'access-policy');
    const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\u00a0', ', ');
    const sentence = fc.array(fc.tuple(word, gap), { minLength: 2, maxLength: 8 }).map((ws) => `${ws.map(([w, g]) => w + g).join('')}.`);
    const article = fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { minLength: 3, maxLength: 12 }).map((ps) => ps.map((p) => p.join(' ')).join('\n\n'));
    let compared = 0;
    fc.assert(
      fc.property(article, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }), (text, picks) => {
        const doc = ingestText(text, 'a.md');
        const matchers = conceptMatchers(findConcepts(text, doc.blocks));
        const precheck = conceptPrecheck(text, matchers);
        // the matchers that may match, and every place where one matches in the stretch is among its starts
        const at = (s: number, e: number): RegExp[] => {
          const here = precheck.at(s, e);
          const stretch = text.slice(s, e);
          here.matchers.forEach((re, i) => {
            const starts = here.starts[i];
            re.lastIndex = 0;
            for (let m = re.exec(stretch); m && starts; m = re.exec(stretch)) expect(starts).toContain(m.index);
          });
          return here.matchers;
        };
        const expected = (s: number, e: number): RegExp[] => matchers.filter((re) => conceptMayMatch(text.slice(s, e).toLowerCase(), re));
        // blocks and their sentences in order, then stretches anywhere (earlier ones too)
        for (const b of doc.blocks) {
          expect(at(b.start, b.end)).toEqual(expected(b.start, b.end));
          for (const r of segmentBlock(text, b.start, b.end)) {
            expect(at(r.start, r.end)).toEqual(expected(r.start, r.end));
            // the sentence cut at every place, from either end: runs and words cut by a stretch's edge
            for (let k = r.start; k < r.end; k++) {
              expect(at(r.start, k)).toEqual(expected(r.start, k));
              expect(at(k, r.end)).toEqual(expected(k, r.end));
            }
          }
          if (matchers.length > 0) compared++;
        }
        for (const [x, y] of picks) {
          const s = x % (text.length + 1);
          const e = s + (y % (text.length + 1 - s));
          expect(at(s, e)).toEqual(expected(s, e));
        }
      }),
      { numRuns: 200 },
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

  it('reads the words of a stretch by code (eachWord) as lower-casing it and splitting it at non-word characters, and numbers their singulars (Vocabulary)', () => {
    // capitals, digits, hyphens, and characters whose lower case is ASCII or two characters long
    const piece = fc.constantFrom('Access', 'policy', 'TOKENS', 'x-ms-id', '42', 'v1.0', 'İ', 'İd', '\u212aey', 'ΟΔΟΣ', 'é', '😀', ' ', '  ', '\n', '.', ',', '_', '-', "'");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), fc.nat(), fc.nat(), (ps, x, y) => {
        const text = ps.join('');
        const start = x % (text.length + 1);
        const end = start + (y % (text.length + 1 - start));
        const words: string[] = [];
        const vocabulary = new Vocabulary();
        const ids: number[] = [];
        eachWord(text, start, end, {
          word: (from, to, plain, hash, hashButLast) => {
            words.push(wordText(text, from, to, plain));
            ids.push(vocabulary.idOf(text, from, to, plain, hash, hashButLast));
          },
        });
        // each word numbered in the order first seen, as its singular (a final single "s" off words of five letters or more)
        const singular = words.map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
        const first = [...new Set(singular)];
        expect(ids).toEqual(singular.map((w) => first.indexOf(w)));
        expect(vocabulary.words).toEqual(first);
        expect(words).toEqual(
          text
            .slice(start, end)
            .toLowerCase()
            .split(NOT_WORD_CHARACTERS)
            .filter((w) => w.length > 0),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
