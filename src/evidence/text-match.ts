import { STOP_WORDS } from '../lang/stop-words.js';
const WORDS = /[\p{L}\p{N}]+/gu;

/** Word tokens as the FTS unicode61 tokenizer sees them (letters and digits), lower-cased. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORDS) ?? [];
}

/** Characters with a meaning in a regular expression. */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

const escapeRe = (s: string): string => s.replace(REGEX_SPECIAL, '\\$&');
const PLAIN_WORD = /^[a-z0-9]+$/;

/** A regex matching the words of `phrase` in order, separated by anything but letters and digits (no stemming). */
export function phraseRegex(phrase: string): RegExp | undefined {
  const p = words(phrase);
  if (p.length === 0) return undefined;
  // An ASCII phrase gets ASCII word boundaries: the same answer on English documentation, and several
  // times faster than Unicode-property look-arounds on long sections.
  if (p.every((w) => PLAIN_WORD.test(w))) return new RegExp(`(?<![a-z0-9])${p.join('[^a-z0-9]+')}(?![a-z0-9])`, 'i');
  return new RegExp(`(?<![\\p{L}\\p{N}])${p.map(escapeRe).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/** Does `haystack` contain the words of `phrase` consecutively (no stemming)? */
export function containsPhrase(haystack: string, phrase: string | RegExp | undefined): boolean {
  const re = typeof phrase === 'string' ? phraseRegex(phrase) : phrase;
  return re?.test(haystack) === true;
}

/** Joins a page URL and a heading anchor into the citable URL. */
export function citeUrl(url: string, anchor: string | undefined): string {
  return anchor ? `${url}#${anchor}` : url;
}

/** The project's one stop-word list (src/lang/stop-words.ts). */
export const STOPWORDS = STOP_WORDS;

/** Content words of a query, de-duplicated, stopwords dropped. */
export function queryWords(query: string): string[] {
  return [...new Set(words(query).filter((w) => !STOPWORDS.has(w)))];
}
