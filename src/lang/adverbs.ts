import { NOT_ADVERB_LY } from './ly-words.js';

/** An "-ly" word that ends like an adverb and is not one of the "-ly" verbs and adjectives. */
const LY_ENDING = /ly$/i;
const NOT_ADVERB = new Set(NOT_ADVERB_LY);

/** Whether a word reads as an "-ly" adverb ("optionally", "explicitly"), not "apply" or "early". */
export function isLyAdverb(word: string): boolean {
  return LY_ENDING.test(word) && !NOT_ADVERB.has(word.toLowerCase());
}
