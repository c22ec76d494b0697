import type { Block } from '../schema/index.js';
import { STOP_WORDS } from '../lang/stop-words.js';
import { eachWord, Vocabulary, type WordVisitor } from './vocabulary.js';
import { isAsciiDigit } from '../lang/ascii.js';
import { objectList } from './object-list.js';

const MIN_COUNT = 3;

/** The most frequent phrases only: an article rests on a handful of concepts, and each one is a regex per claim. */
const MAX_CONCEPTS = 40;
const INITIAL_SLOTS = 1 << 12;
/** No phrase: the third word of a pair, and the free slot of the table. */
const NONE = -1;

/**
 * The phrases being counted, numbered in the order first seen: a pair is keyed by its two word ids, a triple by
 * its first two words' pair and its third word. An open-addressed table of numbers, not a map per word: it is
 * read at nearly every word of the text (a map lookup and a counter object per phrase were most of counting).
 */
class PhraseCounts {
  /** By phrase number: its key (the first word or the pair's number, then the next word) and its count. */
  keyA: Int32Array = new Int32Array(INITIAL_SLOTS);
  keyB: Int32Array = new Int32Array(INITIAL_SLOTS);
  counts: Int32Array = new Int32Array(INITIAL_SLOTS);
  /** Whether the phrase is a triple (its key's first number is a pair's number). */
  triple: Uint8Array = new Uint8Array(INITIAL_SLOTS);
  size = 0;
  private slots: Int32Array = new Int32Array(INITIAL_SLOTS * 2).fill(NONE);

  /** Counts one more of the phrase keyed (a, b) (a triple when `triple`), and returns its number. */
  bump(a: number, b: number, triple: boolean): number {
    const t = triple ? 1 : 0;
    const mask = this.slots.length - 1;
    let slot = this.hash(a, b, t) & mask;
    for (let p = this.slots[slot] ?? NONE; p !== NONE; p = this.slots[slot] ?? NONE) {
      if (this.keyA[p] === a && this.keyB[p] === b && this.triple[p] === t) {
        this.counts[p] = (this.counts[p] ?? 0) + 1;
        return p;
      }
      slot = (slot + 1) & mask;
    }
    const p = this.size++;
    if (p === this.keyA.length) this.growRows();
    this.keyA[p] = a;
    this.keyB[p] = b;
    this.triple[p] = t;
    this.counts[p] = 1;
    this.slots[slot] = p;
    if (this.size * 2 > this.slots.length) this.growSlots();
    return p;
  }

  private hash(a: number, b: number, t: number): number {
    return Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ t;
  }

  private growRows(): void {
    const bigger = <T extends Int32Array | Uint8Array>(x: T, make: (n: number) => T): T => {
      const y = make(x.length * 2);
      y.set(x);
      return y;
    };
    this.keyA = bigger(this.keyA, (n) => new Int32Array(n));
    this.keyB = bigger(this.keyB, (n) => new Int32Array(n));
    this.counts = bigger(this.counts, (n) => new Int32Array(n));
    this.triple = bigger(this.triple, (n) => new Uint8Array(n));
  }

  private growSlots(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(NONE);
    const mask = slots.length - 1;
    for (let p = 0; p < this.size; p++) {
      let slot = this.hash(this.keyA[p] ?? 0, this.keyB[p] ?? 0, this.triple[p] ?? 0) & mask;
      while (slots[slot] !== NONE) slot = (slot + 1) & mask;
      slots[slot] = p;
    }
    this.slots = slots;
  }

  /** The word ids of phrase `p`, in order. */
  words(p: number): number[] {
    const b = this.keyB[p] ?? 0;
    return this.triple[p] === 1 ? [...this.words(this.keyA[p] ?? 0), b] : [this.keyA[p] ?? 0, b];
  }
}

/**
 * The words of a block as findConcepts counts them (eachWord's visitor): the first `n` entries of `ids` and
 * `usable` are the block's word ids and whether each may be part of a phrase (the lists are reused, block after
 * block, without being emptied).
 */
class BlockWords implements WordVisitor {
  readonly vocabulary = new Vocabulary();
  readonly ids: number[] = [];
  readonly usable: boolean[] = objectList();
  n = 0;
  /** Whether each word may be part of a phrase, by id: read once per word of the vocabulary, not per word of the text. */
  private readonly usableWord: boolean[] = objectList();

  constructor(private readonly text: string) {}

  word(from: number, to: number, plain: boolean, hash: number, hashButLast: number): void {
    const id = this.vocabulary.idOf(this.text, from, to, plain, hash, hashButLast);
    if (id === this.usableWord.length) {
      // a new word; one that opens with a digit is no concept word
      const w = this.vocabulary.words[id] ?? '';
      const lead = w.charCodeAt(0);
      this.usableWord.push(!STOP_WORDS.has(w) && w.length >= 3 && !isAsciiDigit(lead));
    }
    this.ids[this.n] = id;
    this.usable[this.n] = this.usableWord[id] === true;
    this.n++;
  }
}

/**
 * Recurring lower-case technical phrases of the article ("service principal", or a made-up mechanism the
 * article keeps naming): two or three content words seen at least three times. They become `feature`
 * entities so that checkers can ask the documentation about the concept a claim rests on.
 * Hand-written n-gram counting: a keyphrase library would add a model for what a count does here.
 * Phrases are counted by word id (PhraseCounts), not by a string per n-gram (a megabyte of docs pages made
 * 300,000 of them for a few hundred phrases that recur). Ties keep the order in which phrases were first seen,
 * block by block, the pairs of a block before its triples, as a Map keyed by phrase counted them.
 */
export function findConcepts(text: string, blocks: Block[]): string[] {
  const words = new BlockWords(text);
  return mostFrequent(countPhrases(text, blocks, words), words.vocabulary);
}

/**
 * The pairs and triples of usable words of the blocks, counted (findConcepts). A function of its own, as is what
 * reads the counts (mostFrequent): it is one long loop, which V8 compiles while it runs, and code after the loop in
 * the same function, not yet run when it was compiled, threw that code away at the end of each article.
 */
function countPhrases(text: string, blocks: Block[], words: BlockWords): PhraseCounts {
  const { ids: blockWords, usable } = words;
  const phrases = new PhraseCounts();
  // the pair each word of the block opens (reused, block after block, as BlockWords' lists are)
  const pairAt: number[] = [];
  for (const b of blocks) {
    if (b.type === 'code') continue;
    words.n = 0;
    eachWord(text, b.start, b.end, words);
    const n = words.n;
    for (let i = 0; i + 2 <= n; i++) pairAt[i] = usable[i] && usable[i + 1] ? phrases.bump(blockWords[i] ?? 0, blockWords[i + 1] ?? 0, false) : NONE;
    for (let i = 0; i + 3 <= n; i++) {
      const pair = pairAt[i] ?? NONE;
      // a triple's words are all usable, so its first two are a counted pair
      if (pair !== NONE && usable[i + 2]) phrases.bump(pair, blockWords[i + 2] ?? 0, true);
    }
  }
  return phrases;
}

/** The texts of the phrases seen at least MIN_COUNT times, the most frequent (then the longest) first. */
function mostFrequent(phrases: PhraseCounts, vocabulary: Vocabulary): string[] {
  // sort is stable: equal counts and lengths stay in the order first seen
  const frequent: Array<{ count: number; text: string }> = [];
  for (let p = 0; p < phrases.size; p++) {
    const count = phrases.counts[p] ?? 0;
    if (count >= MIN_COUNT)
      frequent.push({
        count,
        text: phrases
          .words(p)
          .map((id) => vocabulary.words[id] ?? '')
          .join(' '),
      });
  }
  frequent.sort((a, b) => b.count - a.count || b.text.length - a.text.length);
  return frequent.slice(0, MAX_CONCEPTS).map((f) => f.text);
}

/**
 * The words each concept matcher needs, lower-case, each of which must stand in a sentence for the matcher to
 * match there: a matcher is case-insensitive without the `u` flag, so only ASCII letters match its ASCII words,
 * and a sentence lower-cased once answers for all of them (concept-precheck.ts), a test cheaper than the regex.
 */
const REQUIRED_WORDS = new WeakMap<RegExp, readonly string[]>();

/** Each concept matcher's sticky twin: the same pattern, read only where it is put (`lastIndex`). */
const STICKY = new WeakMap<RegExp, RegExp>();

/** The sticky twin of a concept matcher (see STICKY), or undefined for any other regex. */
export function conceptSticky(re: RegExp): RegExp | undefined {
  return STICKY.get(re);
}

/** The words a concept matcher needs in a sentence (see REQUIRED_WORDS), or undefined for any other regex. */
export function conceptWords(re: RegExp): readonly string[] | undefined {
  return REQUIRED_WORDS.get(re);
}

/** Regexes matching each concept (plural-tolerant), longest phrases first so they win overlaps. */
export function conceptMatchers(concepts: string[]): RegExp[] {
  return [...concepts]
    .sort((a, b) => b.split(' ').length - a.split(' ').length)
    .map((c) => {
      const words = c.split(' ');
      const source = `\\b${words.map((w) => `${escapeRegex(w)}(?:e?s)?`).join('\\s+')}\\b`;
      const re = new RegExp(source, 'gi');
      REQUIRED_WORDS.set(re, words);
      STICKY.set(re, new RegExp(source, 'iy'));
      return re;
    });
}

/** Characters with a meaning in a regular expression. */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

function escapeRegex(s: string): string {
  return s.replace(REGEX_SPECIAL, '\\$&');
}
