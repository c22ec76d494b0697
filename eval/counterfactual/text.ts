/**
 * Text helpers for the counterfactual generator: which parts of a sentence must not be edited (code,
 * URLs, identifiers), how to find a phrase as whole words, and how to splice a replacement in.
 */

export interface Range {
  start: number;
  end: number;
}
/** One place in a text where a phrase was found. */
export interface Hit extends Range {
  text: string;
  suffix: string;
}

/** Inline code, URLs, paths, query strings, identifiers: never edited. */
const CODE_SPAN = /`[^`]*`/g;
const URL = /\bhttps?:\/\/[^\s)>\]]+/g;
const SHORT_LINK = /\baka\.ms\/\S+/g;
const PATH = /(?<![\w])\/[\w{}.\-/]+/g;
const QUERY = /\?[\w-]+=\S*/g;
/** camelCase names ("aaGuid"), but not product names such as "iOS" or "macOS" (no lower case after the capital). */
const CAMEL_CASE = /\b[a-z]+[A-Z][A-Z0-9]*[a-z]\w*\b/g;
const SNAKE_CASE = /\b\w*_\w+\b/g;
const DOTTED_NAME = /\b[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+\b/g;
const CMDLET = /\b[A-Z][a-z]+-[A-Z][\w-]*/g;
const FLAG = /(?<=\s)-[A-Z]\w*/g;
const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const URN = /\burn:[\w:.-]+/g;
const LINK_TARGET = /\]\([^)]*\)/g;
const PROTECTED: readonly RegExp[] = [CODE_SPAN, URL, SHORT_LINK, PATH, QUERY, CAMEL_CASE, SNAKE_CASE, DOTTED_NAME, CMDLET, FLAG, GUID, URN, LINK_TARGET];

/** What may not touch a phrase on the left and on the right for it to count as whole words. */
const LEFT_EDGE = String.raw`(?<![\w\-/.@#$\\'’])`;
const RIGHT_EDGE = String.raw`(?![\w\-/@]|\.\w|['’]t\b)`;
/** The word right before a position, and the word right after one. */
export const PREVIOUS_WORD = /(\S+)\s+$/;
export const NEXT_WORD = /^(\s+)([A-Za-z][A-Za-z-]*)/;
/** A figure, written as digits or a small number word, right after a position. */
export const FIGURE_AHEAD = /^\s+(?:\d|one\b|two\b|three\b|four\b|five\b|ten\b)/i;
export const ENDS_IN_S = /s$/;
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const SPACES = /\s+/g;
const UPPER = /[A-Z]/;
/** A word that takes "an": a vowel sound at the start ("an admin", but "a user", "a unique"). */
export const VOWEL_START = /^(?:[aeio]|u(?!s|ni))/i;
const ARTICLE_BEFORE = /\b(a|an|A|An)\s+$/;

export function protectedRanges(text: string): Range[] {
  const out: Range[] = [];
  for (const re of PROTECTED) for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
export const isFree = (r: Range, guarded: readonly Range[]): boolean => !guarded.some((g) => overlaps(r, g));

/** True when a phrase is matched regardless of case (it is written all in lower case). */
export const caseFree = (phrase: string): boolean => !UPPER.test(phrase);

/**
 * A whole-word pattern for a phrase. Names (phrases with a capital) also match with a plural "s",
 * returned as the hit's suffix so the replacement can carry it.
 */
export function phrasePattern(phrase: string): RegExp {
  const body = phrase.replace(REGEX_SPECIAL, '\\$&').replace(SPACES, String.raw`\s+`);
  const plural = caseFree(phrase) ? '()' : '(s?)';
  return new RegExp(`${LEFT_EDGE}(${body})${plural}${RIGHT_EDGE}`, caseFree(phrase) ? 'gi' : 'g');
}

/** Every whole-word occurrence of a phrase outside the guarded ranges. */
export function findPhrase(text: string, phrase: string, guarded: readonly Range[]): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(phrasePattern(phrase))) {
    const body = m[1] ?? '';
    const hit = { start: m.index, end: m.index + m[0].length, text: body, suffix: m[2] ?? '' };
    if (isFree(hit, guarded)) hits.push(hit);
  }
  return hits;
}

const CAPITALISED = /^[A-Z][a-z]/;

/**
 * The replacement written with the capitalisation of the word it replaces: a capitalised word ("Users")
 * gives a capitalised replacement, an acronym ("ID token") does not.
 */
export function matchCase(found: string, replacement: string): string {
  if (CAPITALISED.test(found) && caseFree(replacement)) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

export interface Splice {
  text: string;
  at: number;
  changed: string;
}

/** Puts `replacement` in place of `r`, fixing a preceding "a"/"an" to suit the new word. */
export function splice(text: string, r: Range, replacement: string): Splice {
  let before = text.slice(0, r.start);
  const article = ARTICLE_BEFORE.exec(before);
  if (article?.[1] && replacement.length > 0) {
    const wantAn = VOWEL_START.test(replacement);
    const word = article[1];
    const fixed = wantAn ? (word[0] === 'A' ? 'An' : 'an') : word[0] === 'A' ? 'A' : 'a';
    if (fixed.toLowerCase() !== word.toLowerCase()) before = before.slice(0, article.index) + fixed + before.slice(article.index + word.length);
  }
  return { text: before + replacement + text.slice(r.end), at: before.length, changed: replacement };
}

/** A small stable hash (FNV-1a), so that a pick among candidates varies by sentence but never between runs. */
export function stableHash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}
