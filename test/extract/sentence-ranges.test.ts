import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { split, type TxtParentNodeWithSentenceNodeContent } from 'sentence-splitter';
import { sentenceRanges } from '../../src/extract/sentence-ranges.js';
import { sentenceCuts } from '../../src/extract/segment.js';

/** The library's answer: the ranges of its Sentence nodes. */
const librarySentences = (text: string): Array<[number, number]> => (split(text) as TxtParentNodeWithSentenceNodeContent[]).filter((n) => n.type === 'Sentence').map((n) => [n.range[0], n.range[1]]);

/** Tokens of the prose that reaches the splitter: names and plain words before stops, abbreviations, numbers. */
const word = fc.constantFrom(
  'token',
  'the',
  'Entra',
  'ID',
  'SSPR',
  'SharePoint',
  'Wi-Fi',
  'I',
  'A.',
  'J.',
  'Albert',
  'e.g.',
  'i.e.',
  'etc.',
  'Mr.',
  'Dr.',
  'Inc.',
  'Jan.',
  'U.S.A.',
  'a.m.',
  'Yahoo!',
  'vs.',
  'v2.0',
  '1.',
  '12.',
  '3.5',
  'api.example.com',
  '`get()`',
  '[link](https://example.com/a.b)',
  'naïve',
  '東京',
  'テスト',
  '한국어',
  '𠀀',
  '🚀',
);
const stop = fc.constantFrom('.', '!', '?', '?!', '...', '。', '．', '！', '？', '.)', '."', '.”', '.’', '.]');
const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\n\n', '\u00a0', '\u3000', '');
const mark = fc.constantFrom('"', '“', '”', '(', ')', '[', ']', '{', '}', '「', '」', '（', '）', '【', '】', "'", '’');
const piece = fc.oneof({ weight: 6, arbitrary: word }, { weight: 2, arbitrary: stop }, { weight: 3, arbitrary: gap }, { weight: 2, arbitrary: mark });
const prose = fc.array(fc.tuple(piece, gap), { minLength: 1, maxLength: 40 }).map((xs) => xs.map(([p, g]) => p + g).join(''));

describe('sentence ranges: the port of sentence-splitter', () => {
  it('gives the ranges sentence-splitter gives, on generated prose', () => {
    fc.assert(
      fc.property(prose, (text) => {
        expect(sentenceRanges(text)).toEqual(librarySentences(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives them on characters drawn one at a time, stops and marks among them', () => {
    const char = fc.constantFrom(...'aZ .!?\n\r\t"()[]{}「」。！？．1I東\u00a0'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(sentenceRanges(text)).toEqual(librarySentences(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads abbreviations, initials and pair marks as the library does (cases that could fail)', () => {
    for (const text of [
      'Use e.g. the portal. Then sign in.',
      'We met Albert I. Jones. He left.',
      'See (the docs. Then) go. Next one.',
      'Mr. Smith left. "Quote. Here." Done.',
      '1. First. 2. Second.',
    ]) {
      expect(sentenceRanges(text)).toEqual(librarySentences(text));
    }
    // a sentence that cuts, to show the comparison is not trivially empty
    expect(sentenceRanges('One two. Three four.')).toEqual([
      [0, 8],
      [9, 20],
    ]);
  });
});

describe('segmentation: the cut of a name before a stop', () => {
  it('gives the same sentences as leaving every such name to the splitter', () => {
    // names before stops, quotes and brackets opened and closed, abbreviations: the fast path's conditions
    const sentence = fc
      .tuple(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 8 }), fc.constantFrom('ID', 'SSPR', 'SharePoint', 'Wi-Fi', 'v2', 'e.g', 'Mr', 'I', 'A-1'), stop, fc.option(mark))
      .map(([words, name, end, m]) => `${m ?? ''}${words.map(([w, g]) => w + (g || ' ')).join('')}${name}${end}`);
    const block = fc.array(fc.tuple(sentence, fc.constantFrom(' ', '  ', '\n', ' "', ' (', ') ')), { minLength: 1, maxLength: 6 }).map((xs) => xs.map(([s, g]) => s + g).join(''));
    let cut = 0;
    fc.assert(
      fc.property(block, (text) => {
        const fast = sentenceCuts(text, 0, text.length);
        expect(fast).toEqual(sentenceCuts(text, 0, text.length, false));
        if (fast.length > 1) cut++;
      }),
      { numRuns: 3000 },
    );
    expect(cut).toBeGreaterThan(100);
  });
});
