import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OpeningPhrasePattern } from '../../src/extract/rules/helpers.js';
import { alternation } from '../../src/lang/words.js';
import { SUBJECT_PRONOUNS } from '../../src/lang/pronouns.js';
import { DEMONSTRATIVES } from '../../src/lang/demonstratives.js';

/** Pieces of text around an opening phrase's comma: words, pronouns, commas, white space, runs long and short. */
const PIECES = [
  'it',
  'It',
  'they',
  'They’re',
  'this',
  'These',
  'that',
  ',',
  ', ',
  ' ',
  '  ',
  '\n',
  'a',
  'token',
  'Similar to a password',
  'x'.repeat(20),
  'y'.repeat(57),
  'quickly ',
  'is',
  'can',
  '.',
  'Ab',
];

describe('OpeningPhrasePattern', () => {
  it('matches as the one pattern with the optional opening phrase does, groups and all', () => {
    for (const rest of [String.raw`(${alternation(SUBJECT_PRONOUNS)})(?=\s+(?:\w+ly\s+)?[a-z])`, String.raw`(${alternation(DEMONSTRATIVES)})\s+`]) {
      const pattern = new OpeningPhrasePattern(rest, 'i');
      const one = new RegExp(String.raw`^((?:[^,]{3,60},\s+)?)${rest}`, 'i');
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
          const text = pieces.join('');
          const a = pattern.exec(text);
          const b = one.exec(text);
          expect(a && [...a]).toEqual(b && [...b]);
        }),
        { numRuns: 3000 },
      );
    }
  });
});
