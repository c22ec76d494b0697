import { asciiLowerCode, isAsciiDigit, isAsciiLower, isAsciiUpper } from '../lang/ascii.js';
import { objectList } from './object-list.js';
/**
 * The words of an article as findConcepts counts them, read by character code: a block's words are those of the
 * block lower-cased and split at non-word characters (eachWord), each made singular and numbered (Vocabulary),
 * without lower-casing or splitting the block, nor making a string for a word already seen. Hand-written: making
 * those strings, and hashing them for a map, was most of counting phrases.
 */

const SMALL_I = 0x69;
const SMALL_K = 0x6b;
const SMALL_S = 0x73;
const HYPHEN = 0x2d;
/** The characters besides A to Z whose lower case holds a word character: "K" (Kelvin sign) → "k", "İ" → "i" and a combining dot. */
const KELVIN_SIGN = 0x212a;
const DOTTED_CAPITAL_I = 0x130;

/** A character that is a word character as it stands: a-z, 0-9, "-". */
function isPlainWordCode(c: number): boolean {
  return isAsciiLower(c) || isAsciiDigit(c) || c === HYPHEN;
}

/** A character whose lower case is (or opens with) a word character: a plain one, A to Z, the Kelvin sign, "İ". */
function isWordCode(c: number): boolean {
  return isPlainWordCode(c) || isAsciiUpper(c) || c === KELVIN_SIGN || c === DOTTED_CAPITAL_I;
}

/** The word character a word character lower-cases to ("İ": the "i" of "i" and a combining dot). */
function lowerCode(c: number): number {
  if (isAsciiUpper(c)) return asciiLowerCode(c);
  if (c === KELVIN_SIGN) return SMALL_K;
  return c === DOTTED_CAPITAL_I ? SMALL_I : c;
}

/**
 * What eachWord hands each word to. An object with a method rather than a callback: findConcepts reads every
 * article through one such class, and a callback made anew for each article was, to the compiled eachWord, a
 * different function at each article (its optimised code was thrown away and compiled again, article after article).
 */
export interface WordVisitor {
  /** `hash` and `hashButLast`: wordHash of the word, and of all of it but its last character (Vocabulary.idOf). */
  word(from: number, to: number, plain: boolean, hash: number, hashButLast: number): void;
}

/** The hash of a word's lower-case codes, one code more (Vocabulary's hash of a word). */
function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/**
 * The words of `text[start, end)`, in order, as `[from, to)` ranges: exactly the words of
 * `text.slice(start, end).toLowerCase()` split at `/[^a-z0-9-]+/` (the empty ones left out), each `wordText`.
 * Lower-casing gives a-z, 0-9 or "-" only for those characters, A to Z, the Kelvin sign ("k") and "İ" ("i" and a
 * combining dot, no word character, so a word ends with it); every other character lower-cases to characters
 * outside them. `plain`: the word's characters are word characters as they stand. Each word's hash is added up
 * here, as its characters are read, rather than by reading them again for it (that second reading was a quarter of
 * counting an article's phrases).
 */
export function eachWord(text: string, start: number, end: number, visitor: WordVisitor): void {
  let from = -1; // where the word at hand started
  let plain = true;
  let hash = 0;
  let hashButLast = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      if (from >= 0) visitor.word(from, i, plain, hash, hashButLast);
      from = -1;
      continue;
    }
    if (from < 0) {
      from = i;
      plain = true;
      hash = 0;
    }
    if (!isPlainWordCode(c)) plain = false;
    hashButLast = hash;
    hash = hashStep(hash, lowerCode(c));
    if (c === DOTTED_CAPITAL_I) {
      visitor.word(from, i + 1, plain, hash, hashButLast);
      from = -1;
    }
  }
  if (from >= 0) visitor.word(from, end, plain, hash, hashButLast);
}

/** The lower-cased word eachWord gives as `[from, to)`. */
export function wordText(text: string, from: number, to: number, plain: boolean): string {
  if (plain) return text.slice(from, to);
  const lower = text.slice(from, to).toLowerCase();
  return text.charCodeAt(to - 1) === DOTTED_CAPITAL_I ? lower.slice(0, -1) : lower;
}

const INITIAL_SLOTS = 1 << 12;

/**
 * Words numbered in the order first seen, each word the singular of a word eachWord gives: a word of five letters
 * or more ending in one "s" ("tokens", not "access") loses it. Looked up by a hash of its lower-case codes in an
 * open-addressed table of numbers, and compared code by code, so that a word already seen makes no string.
 */
export class Vocabulary {
  readonly words: string[] = objectList();
  /** The hash of each word, by number (a typed array, grown as words come: a list of numbers changed its kind of elements when a hash outgrew a small integer, article after article). */
  private hashes = new Int32Array(INITIAL_SLOTS);
  private slots = new Int32Array(INITIAL_SLOTS); // word number + 1, 0 for none

  /**
   * The number of the word eachWord gives as `[from, to)`, with its hashes (of the word's lower-case codes, and of all
   * of them but the last: WordVisitor).
   */
  idOf(text: string, from: number, to: number, plain: boolean, wordHash: number, hashButLast: number): number {
    const singular = to - from > 4 && lowerCode(text.charCodeAt(to - 1)) === SMALL_S && lowerCode(text.charCodeAt(to - 2)) !== SMALL_S;
    const end = singular ? to - 1 : to;
    const hash = singular ? hashButLast : wordHash;
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let id = (this.slots[slot] ?? 0) - 1; id >= 0; id = (this.slots[slot] ?? 0) - 1) {
      if (this.hashes[id] === hash && this.same(id, text, from, end, plain)) return id;
      slot = (slot + 1) & mask;
    }
    const word = wordText(text, from, to, plain);
    const id = this.words.length;
    this.words.push(end < to ? word.slice(0, -1) : word);
    if (id === this.hashes.length) {
      const hashes = new Int32Array(id * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return id;
  }

  /** Whether word `id` is the lower case of `text[from, end)` (a plain word: `text[from, end)` itself). */
  private same(id: number, text: string, from: number, end: number, plain: boolean): boolean {
    const w = this.words[id] ?? '';
    if (w.length !== end - from) return false;
    if (plain) return text.startsWith(w, from);
    for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) !== lowerCode(text.charCodeAt(from + k))) return false;
    return true;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = (this.hashes[id] ?? 0) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}
