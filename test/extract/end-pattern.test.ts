import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EndPattern, withoutFinal } from '../../src/extract/end-pattern.js';
import { CLOSING_MARKS, ENDS_WITH_QUESTION } from '../../src/lang/sentence-marks.js';

/** Characters around a text's end: marks, closing quotes and emphasis, white space of several kinds, letters. */
const PIECES = ['?', '!', '.', ':', ',', '"', '”', '’', ')', '*', '**', '_', '__', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', 'a', 'Is it', 'word', '...', '…'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((p) => p.join(''));

describe('EndPattern', () => {
  it('answers as its pattern does on the whole text', () => {
    const cases: Array<[RegExp, number, boolean]> = [
      [ENDS_WITH_QUESTION, 3, true],
      [/[.!]\s*$/, 1, true],
      [/:\s*$/, 1, true],
      [new RegExp(`[.!?]${CLOSING_MARKS}?$`), 3, false],
    ];
    for (const [pattern, reach, endsWithSpace] of cases) {
      const end = new EndPattern(pattern, reach, endsWithSpace);
      fc.assert(
        fc.property(texts, (text) => {
          expect(end.test(text)).toBe(pattern.test(text));
        }),
        { numRuns: 3000 },
      );
    }
  });
});

describe('withoutFinal', () => {
  it('takes off what the end-anchored pattern of its marks would', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(withoutFinal(text, '.!?')).toBe(text.replace(/[.!?]+$/, ''));
        expect(withoutFinal(text, '.')).toBe(text.replace(/\.+$/, ''));
      }),
      { numRuns: 3000 },
    );
  });
});
