import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordGate } from '../../src/extract/word-gate.js';
import { alternation, wordsPattern } from '../../src/lang/words.js';
import { HEDGES } from '../../src/lang/hedges.js';
import { HYPE_WORDS } from '../../src/lang/hype-words.js';
import { FIRST_PERSON_SINGULAR } from '../../src/lang/first-person.js';
import { ARTICLE_NOUNS } from '../../src/lang/article-nouns.js';
import { STANCE_OPENERS } from '../../src/lang/stance-openers.js';
import { STANCE_JUDGEMENTS } from '../../src/lang/stance-judgements.js';
import { ownWords } from '../../src/extract/rules/helpers.js';

/** Pieces of text around the entries: other words, the characters next to a word that end it or not, markup. */
const FILLERS = ['the', 'token', ' ', '  ', '\t', '\n', '-', '_', "'", '’', '.', ',', '"', '“', '”', '**', '__', '*', '`', '[', '](x)', 'K', 'ſ', 'İ', 'é', '9', 'a', 'S', 'My '];

/** Texts made of fillers and entries of the list, in any case: where a pattern's matches and near misses are. */
function texts(entries: readonly string[]) {
  const entry = fc.constantFrom(...entries).chain((e) => fc.constantFrom(e, e.toUpperCase(), e.charAt(0).toUpperCase() + e.slice(1)));
  return fc.array(fc.oneof(fc.constantFrom(...FILLERS), entry), { maxLength: 14 }).map((parts) => parts.join(''));
}

describe('word gates', () => {
  it('stop no text in which the pattern of their list matches (wordsPattern, either case)', () => {
    for (const list of [HEDGES, HYPE_WORDS, FIRST_PERSON_SINGULAR, STANCE_OPENERS, STANCE_JUDGEMENTS]) {
      const gate = wordGate(list);
      const patterns = [wordsPattern(list), wordsPattern(list, '')];
      fc.assert(
        fc.property(texts(list), (text) => {
          if (patterns.some((re) => re.test(text))) expect(gate.test(text)).toBe(true);
        }),
        { numRuns: 1500 },
      );
    }
  });

  it('may read a text before its quotes and markup are taken out (ownWords)', () => {
    const gate = wordGate(FIRST_PERSON_SINGULAR);
    const pattern = wordsPattern(FIRST_PERSON_SINGULAR);
    fc.assert(
      fc.property(texts(FIRST_PERSON_SINGULAR), (text) => {
        if (pattern.test(ownWords(text))) expect(gate.test(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // "my" glued to bold with underscores is a word of its own only once the markup is gone
    expect(pattern.test(ownWords('see my__bold__ stuff'))).toBe(true);
    expect(gate.test('see my__bold__ stuff')).toBe(true);
  });

  it('stop a text without any of the words, and pass one with a word of an entry in any case', () => {
    const gate = wordGate(ARTICLE_NOUNS);
    const pattern = new RegExp(`\\b(?:${alternation(ARTICLE_NOUNS)})\\b`, 'i');
    expect(gate.test('The tenant policy rotates keys every day.')).toBe(false);
    expect(gate.test('In this ARTICLE we look at keys.')).toBe(true);
    expect(gate.test('A write-up of the outage.')).toBe(true);
    // a word inside a longer word is not the word: neither the gate nor the pattern sees "post" in "postal"
    expect(gate.test('The postal code.')).toBe(pattern.test('The postal code.'));
  });

  it('let every text through when an entry is more than words (a gate cannot hold it)', () => {
    const gate = wordGate(['e.g.', 'for example']);
    expect(gate.test('nothing here')).toBe(true);
  });
});
