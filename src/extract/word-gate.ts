import { asciiLowerCode, isAsciiAlphanumeric } from '../lang/ascii.js';
/**
 * Word gates: a test, far cheaper than a pattern's scan, that a text may hold a match of a pattern built from a
 * word list, so that the pattern scans only the texts that pass. Most of a claim's patterns are lists of phrases
 * (hedges, hype, pointers to the article itself) that nearly no sentence holds, and each scanned every claim.
 *
 * A gate holds one word of each entry of the list (its longest): a match of the entry holds that word as a whole
 * word of the text, when the pattern puts the entry between word boundaries (`\b`, or `(?<![\w’'-])` before and
 * `(?![\w-])` after, as `wordsPattern` does) and the entry's words are separated by what is not a word character
 * (white space, an apostrophe, a hyphen). A word here is a run of ASCII letters and digits, lower-cased: with or
 * without the `i` flag (and no `u` flag), only those characters match an entry's letters and digits, and a run of
 * `\w` characters that holds no "_" is such a run (so entries hold no "_"). So a text none of whose words is in
 * the gate cannot match, and the pattern need not scan it. The words of a text are the same once stretches that
 * open and close with other characters are taken out or replaced by such characters (ownWords: quotes, markup),
 * so a gate may read the text before they are.
 *
 * The words of a text are read once for all gates: every gate word is numbered by a hash of its letters, each
 * gate is a bit, and a text's words give the bits of the gates that may pass (a hash shared by two words only
 * lets a gate pass that need not have: the pattern still decides). Hand-written: no library does this.
 */

const INITIAL_SLOTS = 1 << 9;

/**
 * The gates' bits, by the hash of a gate word: an open-addressed table of numbers rather than a Map, as it is read
 * at every word of every claim, and a Map lookup was most of reading a word (and of the code each gate test
 * compiles to).
 */
class BitsByHash {
  private keys = new Int32Array(INITIAL_SLOTS);
  private bits = new Int32Array(INITIAL_SLOTS);
  /** Whether each slot holds a hash (any number may be a hash, 0 too). */
  private used = new Uint8Array(INITIAL_SLOTS);
  private size = 0;

  /** The bits of the gates whose words hash to `hash` (0: none). */
  get(hash: number): number {
    const mask = this.keys.length - 1;
    for (let slot = hash & mask; this.used[slot] === 1; slot = (slot + 1) & mask) if (this.keys[slot] === hash) return this.bits[slot] ?? 0;
    return 0;
  }

  /** Adds `bit` to the bits of the words that hash to `hash`. */
  add(hash: number, bit: number): void {
    const mask = this.keys.length - 1;
    let slot = hash & mask;
    while (this.used[slot] === 1 && this.keys[slot] !== hash) slot = (slot + 1) & mask;
    if (this.used[slot] === 1) {
      this.bits[slot] = (this.bits[slot] ?? 0) | bit;
      return;
    }
    this.used[slot] = 1;
    this.keys[slot] = hash;
    this.bits[slot] = bit;
    if (++this.size * 2 > this.keys.length) this.grow();
  }

  private grow(): void {
    const { keys, bits, used } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.bits = new Int32Array(keys.length * 2);
    this.used = new Uint8Array(keys.length * 2);
    this.size = 0;
    used.forEach((u, slot) => {
      if (u === 1) this.add(keys[slot] ?? 0, bits[slot] ?? 0);
    });
  }
}
const BITS_BY_HASH = new BitsByHash();
/** Bits available in a number read as a 32-bit integer. */
const MAX_GATES = 31;
let gates = 0;

/** The hash of a word's lower-case letters, added up one character at a time. */
function hashStep(hash: number, c: number): number {
  return (Math.imul(hash, 31) + asciiLowerCode(c)) | 0;
}

function hashOf(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/** An entry a gate can hold: words of ASCII letters and digits separated by white space, apostrophes or hyphens. */
const GATEABLE_ENTRY = /^[A-Za-z0-9]+(?:[\s'’-]+[A-Za-z0-9]+)*$/;
const WORD_RUNS = /[A-Za-z0-9]+/g;

/** The texts whose gate bits were read last, and their bits: rules read the same claim one after another. */
let lastText: string | undefined;
let lastBits = 0;

/** The bits of the gates whose words stand in `text` as whole words. */
function bitsOf(text: string): number {
  if (text === lastText) return lastBits;
  let bits = 0;
  let hash = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiAlphanumeric(c)) {
      hash = inWord ? hashStep(hash, c) : hashStep(0, c);
      inWord = true;
    } else if (inWord) {
      bits |= BITS_BY_HASH.get(hash);
      inWord = false;
    }
  }
  if (inWord) bits |= BITS_BY_HASH.get(hash);
  lastText = text;
  lastBits = bits;
  return bits;
}

export interface WordGate {
  /** False only when no match of the gated pattern can stand in `text`. */
  test(text: string): boolean;
}

/** A gate that lets every text through: for a list with an entry a gate cannot hold, or when the bits run out. */
const OPEN: WordGate = { test: () => true };

/**
 * The gate of a pattern that matches one of `entries` between word boundaries (see the module comment); the
 * caller answers for the pattern's shape. Call at module load: a gate is a bit for the whole process.
 */
export function wordGate(entries: readonly string[]): WordGate {
  if (entries.length === 0 || gates >= MAX_GATES || !entries.every((e) => GATEABLE_ENTRY.test(e))) return OPEN;
  const bit = 1 << gates++;
  for (const entry of entries) {
    const longest = (entry.match(WORD_RUNS) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
    BITS_BY_HASH.add(hashOf(longest), bit);
  }
  return { test: (text) => (bitsOf(text) & bit) !== 0 };
}
