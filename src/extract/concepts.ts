import type { Block } from '../schema/index.js';
import { STOP_WORDS } from '../lang/stop-words.js';
import { eachWord, Vocabulary } from './vocabulary.js';

const MIN_COUNT = 3;

/** A phrase being counted: its word ids, and the counters of the three-word phrases it opens. */
interface Counter {
  count: number;
  words: number[];
  next?: Map<number, Counter>;
}

/** The most frequent phrases only: an article rests on a handful of concepts, and each one is a regex per claim. */
const MAX_CONCEPTS = 40;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/**
 * Recurring lower-case technical phrases of the article ("service principal", or a made-up mechanism the
 * article keeps naming): two or three content words seen at least three times. They become `feature`
 * entities so that checkers can ask the documentation about the concept a claim rests on.
 * Hand-written n-gram counting: a keyphrase library would add a model for what a count does here.
 * Phrases are counted by word id, in a tree of maps (first word → second word → third word), not by a string
 * per n-gram (a megabyte of docs pages made 300,000 of them for a few hundred phrases that recur). Ties keep
 * the order in which phrases were first seen, block by block, the pairs of a block before its triples, as a
 * Map keyed by phrase counted them.
 */
export function findConcepts(text: string, blocks: Block[]): string[] {
  const vocabulary = new Vocabulary();
  // whether each word may be part of a phrase, by id: read once per word of the vocabulary, not per word of the text
  const usableWord: boolean[] = [];
  const pairsFrom: Array<Map<number, Counter> | undefined> = []; // by first word id
  const all: Counter[] = []; // in the order first seen
  const bump = (counts: Map<number, Counter>, key: number, a: number, b: number, c?: number): Counter => {
    let counter = counts.get(key);
    if (counter === undefined) {
      counter = { count: 0, words: c === undefined ? [a, b] : [a, b, c] };
      counts.set(key, counter);
      all.push(counter);
    }
    counter.count++;
    return counter;
  };
  // a block's words, whether each may be part of a phrase, and the pair each opens: the first `n` entries are the
  // block's (the arrays are reused, block after block, without being emptied)
  const blockWords: number[] = [];
  const usable: boolean[] = [];
  const pairAt: Array<Counter | undefined> = [];
  let n = 0;
  const add = (from: number, to: number, plain: boolean): void => {
    const id = vocabulary.idOf(text, from, to, plain);
    if (id === usableWord.length) {
      // a new word; one that opens with a digit is no concept word
      const w = vocabulary.words[id] ?? '';
      const lead = w.charCodeAt(0);
      usableWord.push(!STOP_WORDS.has(w) && w.length >= 3 && !(lead >= DIGIT_0 && lead <= DIGIT_9));
    }
    blockWords[n] = id;
    usable[n] = usableWord[id] === true;
    n++;
  };
  for (const b of blocks) {
    if (b.type === 'code') continue;
    n = 0;
    eachWord(text, b.start, b.end, add);
    for (let i = 0; i + 2 <= n; i++) {
      if (!usable[i] || !usable[i + 1]) {
        pairAt[i] = undefined;
        continue;
      }
      const first = blockWords[i] ?? 0;
      const second = blockWords[i + 1] ?? 0;
      let from = pairsFrom[first];
      if (!from) {
        from = new Map();
        pairsFrom[first] = from;
      }
      pairAt[i] = bump(from, second, first, second);
    }
    for (let i = 0; i + 3 <= n; i++) {
      const pair = pairAt[i];
      // a triple's words are all usable, so its first two are a counted pair
      if (!pair || !usable[i + 2]) continue;
      const third = blockWords[i + 2] ?? 0;
      pair.next ??= new Map();
      bump(pair.next, third, pair.words[0] ?? 0, pair.words[1] ?? 0, third);
    }
  }
  // sort is stable: equal counts and lengths stay in the order first seen
  const frequent = all
    .filter((c) => c.count >= MIN_COUNT)
    .map((c) => ({ count: c.count, text: c.words.map((id) => vocabulary.words[id] ?? '').join(' ') }))
    .sort((a, b) => b.count - a.count || b.text.length - a.text.length);
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
