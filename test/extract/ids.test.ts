import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseForId } from '../../src/extract/ids.js';

const CURLY_SINGLE = /[‘’]/g;
const CURLY_DOUBLE = /[“”]/g;
const SPACE_RUNS = /\s+/g;
const EDGES = /^[\s\p{P}]+|[\s\p{P}]+$/gu;
/** The normalisation as patterns state it (what ids.ts computes by hand for speed). */
const byPatterns = (text: string): string => text.normalize('NFKC').toLowerCase().replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"').replace(SPACE_RUNS, ' ').replace(EDGES, '');

describe('claim ids: normalised text', () => {
  it('is what the patterns give, on text with blanks, punctuation, quotes and surrogates at either end', () => {
    const piece = fc.constantFrom(
      'a',
      'B',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      '.',
      ',',
      '!',
      '?',
      '"',
      '“',
      '”',
      '‘',
      '’',
      '(',
      ')',
      '-',
      '—',
      '…',
      '$',
      '+',
      '🚀',
      '\ud83d',
      '\ude80',
      '𝐀',
      '。',
      '¿',
      'İ',
      'ﬁ',
      '½',
      '_',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(normaliseForId(text)).toBe(byPatterns(text));
      }),
      { numRuns: 20000 },
    );
  });

  it('trims edge punctuation and collapses blanks (cases that could fail)', () => {
    expect(normaliseForId('  “Tokens  expire\tafter an hour.”  ')).toBe('tokens expire after an hour');
    expect(normaliseForId('…🚀 Launch! 🚀')).toBe('🚀 launch! 🚀');
  });
});
