import type { Block } from '../schema/index.js';
import { STOP_WORDS } from '../lang/stop-words.js';

const MIN_COUNT = 3;
/** The most frequent phrases only: an article rests on a handful of concepts, and each one is a regex per claim. */
const MAX_CONCEPTS = 40;
const NOT_WORD_CHARACTERS = /[^a-z0-9-]+/;
const LEADING_DIGIT = /^\d/;

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * Recurring lower-case technical phrases of the article ("service principal", or a made-up mechanism the
 * article keeps naming): two or three content words seen at least three times. They become `feature`
 * entities so that checkers can ask the documentation about the concept a claim rests on.
 * Hand-written n-gram counting: a keyphrase library would add a model for what a count does here.
 */
export function findConcepts(text: string, blocks: Block[]): string[] {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    if (b.type === 'code') continue;
    const words = text.slice(b.start, b.end).toLowerCase().split(NOT_WORD_CHARACTERS).filter(Boolean).map(singular);
    // whether each word may be part of a phrase, read once per word rather than once per n-gram holding it
    const usable = words.map((w) => !STOP_WORDS.has(w) && w.length >= 3 && !LEADING_DIGIT.test(w));
    for (let i = 0; i + 2 <= words.length; i++) {
      if (usable[i] && usable[i + 1]) count(counts, `${words[i]} ${words[i + 1]}`);
    }
    for (let i = 0; i + 3 <= words.length; i++) {
      if (usable[i] && usable[i + 1] && usable[i + 2]) count(counts, `${words[i]} ${words[i + 1]} ${words[i + 2]}`);
    }
  }
  const frequent = [...counts].filter(([, c]) => c >= MIN_COUNT).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  return frequent.slice(0, MAX_CONCEPTS).map(([k]) => k);
}

/**
 * The words each concept matcher needs, lower-case, each of which must stand in a sentence for the matcher to
 * match there: a matcher is case-insensitive without the `u` flag, so only ASCII letters match its ASCII words,
 * and a sentence lower-cased once answers for all of them with `includes` (a test cheaper than the regex).
 */
const REQUIRED_WORDS = new WeakMap<RegExp, readonly string[]>();

/** The words a concept matcher needs in a sentence (see REQUIRED_WORDS), or undefined for any other regex. */
export function conceptWords(re: RegExp): readonly string[] | undefined {
  return REQUIRED_WORDS.get(re);
}

/**
 * The matchers that can match somewhere in `text` (all their words are in it), in their order: a sentence of
 * the text needs a subset of them only, and the words are looked for once per block rather than once per claim.
 */
export function conceptsIn(text: string, matchers: RegExp[]): RegExp[] {
  if (matchers.length === 0) return matchers;
  const lower = text.toLowerCase();
  // concepts share words ("conditional access", "access policy"): each word is looked for once
  const seen = new Map<string, boolean>();
  const has = (w: string): boolean => {
    let found = seen.get(w);
    if (found === undefined) {
      found = lower.includes(w);
      seen.set(w, found);
    }
    return found;
  };
  return matchers.filter((re) => conceptWords(re)?.every(has) ?? true);
}

/**
 * `conceptsIn` for stretches of one text, by offsets: where lower-casing keeps the text's length (it does unless
 * the text holds a character such as "İ" that lower-cases to two), each concept word's places in the lower-cased
 * text are found once, and a stretch holds the word when one of them lies inside it. Concept words are ASCII,
 * so the answer is the one `conceptsIn` gives on the stretch's own text, without searching every block again.
 */
export function conceptIndex(text: string, matchers: RegExp[]): (start: number, end: number) => RegExp[] {
  const lower = text.toLowerCase();
  if (matchers.length === 0 || lower.length !== text.length) return (start, end) => conceptsIn(text.slice(start, end), matchers);
  const places = new Map<string, number[]>();
  for (const re of matchers) {
    for (const w of conceptWords(re) ?? []) {
      if (places.has(w)) continue;
      const at: number[] = [];
      for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) at.push(i);
      places.set(w, at);
    }
  }
  return (start, end) => {
    const seen = new Map<string, boolean>();
    const has = (w: string): boolean => {
      let found = seen.get(w);
      if (found === undefined) {
        const at = places.get(w) ?? [];
        const i = firstAtOrAfter(at, start);
        found = i < at.length && (at[i] ?? 0) + w.length <= end;
        seen.set(w, found);
      }
      return found;
    };
    return matchers.filter((re) => conceptWords(re)?.every(has) ?? true);
  };
}

/** The index of the first value of the ascending `values` that is at least `x` (values.length when none is). */
function firstAtOrAfter(values: number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Regexes matching each concept (plural-tolerant), longest phrases first so they win overlaps. */
export function conceptMatchers(concepts: string[]): RegExp[] {
  return [...concepts]
    .sort((a, b) => b.split(' ').length - a.split(' ').length)
    .map((c) => {
      const words = c.split(' ');
      const re = new RegExp(`\\b${words.map((w) => `${escapeRegex(w)}(?:e?s)?`).join('\\s+')}\\b`, 'gi');
      REQUIRED_WORDS.set(re, words);
      return re;
    });
}

/** A final "s" after a letter other than "s". */
const PLURAL_S_END = /[^s]s$/;

function singular(w: string): string {
  return w.length > 4 && PLURAL_S_END.test(w) ? w.slice(0, -1) : w;
}

/** Characters with a meaning in a regular expression. */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

function escapeRegex(s: string): string {
  return s.replace(REGEX_SPECIAL, '\\$&');
}
