import { createHash } from 'node:crypto';
import { collapseSpaces } from '../lang/words.js';
const CURLY_SINGLE_QUOTES = /[‘’]/g;
const CURLY_DOUBLE_QUOTES = /[“”]/g;
/** One code point of white space or punctuation: what is trimmed off both ends. */
const SPACE_OR_PUNCTUATION = /^[\s\p{P}]$/u;
/** Only ASCII characters: text that NFKC leaves as it is. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Normalised claim text: case, spacing, quotes and edge punctuation do not change an id. */
export function normaliseForId(text: string): string {
  // NFKC maps no ASCII character: most claims skip it (it runs once per claim)
  const quoted = (ASCII_ONLY.test(text) ? text : text.normalize('NFKC')).toLowerCase().replace(CURLY_SINGLE_QUOTES, "'").replace(CURLY_DOUBLE_QUOTES, '"');
  const spaced = collapseSpaces(quoted);
  return trimSpaceAndPunctuation(spaced);
}

/**
 * The text without the white space and punctuation at either end, read one code point at a time from each end
 * (a pattern anchored at the end tries every run of them in the text before it finds the last one).
 */
function trimSpaceAndPunctuation(s: string): string {
  let start = 0;
  while (start < s.length) {
    const cp = s.codePointAt(start) ?? 0;
    if (!SPACE_OR_PUNCTUATION.test(String.fromCodePoint(cp))) break;
    start += cp > 0xffff ? 2 : 1;
  }
  let end = s.length;
  while (end > start) {
    const low = s.charCodeAt(end - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && end - 2 >= start && isHighSurrogate(s.charCodeAt(end - 2)) ? 2 : 1;
    if (!SPACE_OR_PUNCTUATION.test(s.slice(end - width, end))) break;
    end -= width;
  }
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function baseId(text: string): string {
  return `c-${createHash('sha256').update(normaliseForId(text)).digest('hex').slice(0, 8)}`;
}

/** Stable ids in position order: a repeated claim text gets `-2`, `-3`, … */
export function assignIds(texts: string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    const id = baseId(t);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
