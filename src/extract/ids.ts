import * as nodeCrypto from 'node:crypto';
import { collapseSpaces } from './word-count.js';
const CURLY_SINGLE_QUOTES = /[‘’]/g;
const CURLY_DOUBLE_QUOTES = /[“”]/g;
/** One code point of white space or punctuation: what is trimmed off both ends. */
const SPACE_OR_PUNCTUATION = /^[\s\p{P}]$/u;
const ASCII_CODES = 128;
/** SPACE_OR_PUNCTUATION's answer for each ASCII code, read off the pattern once: claims end in ASCII nearly always. */
const ASCII_SPACE_OR_PUNCTUATION: readonly boolean[] = Array.from({ length: ASCII_CODES }, (_, c) => SPACE_OR_PUNCTUATION.test(String.fromCharCode(c)));

/** Whether the code point is white space or punctuation (SPACE_OR_PUNCTUATION). */
function isSpaceOrPunctuation(cp: number): boolean {
  return cp < ASCII_CODES ? ASCII_SPACE_OR_PUNCTUATION[cp] === true : SPACE_OR_PUNCTUATION.test(String.fromCodePoint(cp));
}
/** Only ASCII characters: text that NFKC leaves as it is. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Normalised claim text: case, spacing, quotes and edge punctuation do not change an id. */
export function normaliseForId(text: string): string {
  // NFKC maps no ASCII character, and curly quotes are not ASCII: most claims skip both (this runs once per claim)
  const ascii = ASCII_ONLY.test(text);
  const lower = (ascii ? text : text.normalize('NFKC')).toLowerCase();
  const quoted = ascii ? lower : lower.replace(CURLY_SINGLE_QUOTES, "'").replace(CURLY_DOUBLE_QUOTES, '"');
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
    if (!isSpaceOrPunctuation(cp)) break;
    start += cp > 0xffff ? 2 : 1;
  }
  let end = s.length;
  while (end > start) {
    const low = s.charCodeAt(end - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && end - 2 >= start && isHighSurrogate(s.charCodeAt(end - 2)) ? 2 : 1;
    if (!isSpaceOrPunctuation(width === 2 ? (s.codePointAt(end - 2) ?? 0) : low)) break;
    end -= width;
  }
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The hex SHA-256 of a text (UTF-8). The one-shot `crypto.hash` where Node has it (20.12 and later): ids take one
 * hash per claim, and a Hash object per claim cost more than the hashing itself; `createHash` on older Nodes.
 */
const sha256Hex: (text: string) => string = typeof nodeCrypto.hash === 'function' ? (text) => nodeCrypto.hash('sha256', text) : (text) => nodeCrypto.createHash('sha256').update(text).digest('hex');

export function baseId(text: string): string {
  return `c-${sha256Hex(normaliseForId(text)).slice(0, 8)}`;
}

/** Stable ids given one at a time in position order: a repeated claim text gets `-2`, `-3`, … */
export class IdAssigner {
  private readonly seen = new Map<string, number>();

  /** The id of the next claim's text. */
  next(text: string): string {
    const id = baseId(text);
    const n = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  }
}
