import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSpaceCode, pieceCount, wordCount } from '../../src/extract/word-count.js';

const SPACE = /\s/;
const SPACE_RUN = /\s+/;

describe('word counts without arrays', () => {
  it('reads white space as \\s does, on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== SPACE.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('counts as split and trim do', () => {
    const pieces = fc.constantFrom('a', 'word', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '—', '.', 'é', '\r\n');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(pieceCount(s)).toBe(s.split(SPACE_RUN).length);
        expect(wordCount(s)).toBe(s.trim().split(SPACE_RUN).length);
      }),
      { numRuns: 2000 },
    );
    expect(wordCount('')).toBe(1);
    expect(pieceCount(' a b ')).toBe(4);
    expect(wordCount(' a b ')).toBe(2);
  });
});
