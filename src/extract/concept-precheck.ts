import { conceptWords } from './concepts.js';
import { isSpaceCode } from './word-count.js';
import { asciiLowerCode } from '../lang/ascii.js';

/**
 * Which concept matchers (concepts.ts) may match in a sentence: a test cheaper than running them, since an
 * article's concepts are a few dozen regexes and nearly every sentence matches none or a few of them.
 */

/** The endings a concept word may take in its matcher (`(?:e?s)?`). */
const PLURAL_ENDINGS = ['', 's', 'es'];

/**
 * False when a concept matcher cannot match in a text, given the text lower-cased (`lower`): one of its words is
 * missing, or nowhere does its first word (maybe plural) stand before white space and then its second word.
 * Only ASCII letters match the matcher's words and lower-casing keeps them and white space in place, so a match
 * in the text is such a stretch of `lower`; the matcher itself still decides (word boundaries, the third word).
 * When every concept word is common (short generated text), word presence alone passes nearly every matcher.
 */
export function conceptMayMatch(lower: string, re: RegExp): boolean {
  const words = conceptWords(re);
  if (!words) return true;
  const [first, second] = words;
  if (first === undefined || second === undefined) return words.every((w) => lower.includes(w));
  // the first two words are looked for together below; the others (a third) only need to be there
  for (let k = 2; k < words.length; k++) if (!lower.includes(words[k] ?? '')) return false;
  for (let i = lower.indexOf(first); i >= 0; i = lower.indexOf(first, i + 1)) {
    for (const ending of PLURAL_ENDINGS) {
      let j = i + first.length;
      if (!lower.startsWith(ending, j)) continue;
      j += ending.length;
      if (!isSpaceCode(lower.charCodeAt(j))) continue;
      while (isSpaceCode(lower.charCodeAt(j))) j++;
      if (lower.startsWith(second, j)) return true;
    }
  }
  return false;
}

/** A list of numbers, or the first `length` numbers of a typed array. */
interface Numbers {
  readonly length: number;
  readonly [i: number]: number | undefined;
}

/**
 * Sorted places (ascending numbers, the first `count` of them) from the first at or after `start`: `from` is the
 * last answer, as a hint.
 */
function firstAtOrAfter(places: Numbers, start: number, from: number, count = places.length): number {
  let i = from;
  if (i > 0 && (places[i - 1] ?? 0) >= start) {
    // asked about an earlier stretch than last time: search from the beginning
    let lo = 0;
    let hi = i - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((places[mid] ?? 0) >= start) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
  while (i < count && (places[i] ?? 0) < start) i++;
  return i;
}

/**
 * The runs conceptPrecheck finds, one column of numbers each, in typed arrays that grow by doubling: a run per
 * pair of concept words side by side, which on text made of few words is nearly one per word (5 MB: about a
 * million), and as lists of numbers they took twice the memory and were read by every full collection.
 */
class RunColumns {
  count = 0;
  starts: Int32Array = new Int32Array(1024);
  spaces: Int32Array = new Int32Array(1024);
  ends: Int32Array = new Int32Array(1024);
  matchers: Int32Array = new Int32Array(1024);

  push(start: number, space: number, end: number, matcher: number): void {
    if (this.count === this.starts.length) this.grow();
    const k = this.count++;
    this.starts[k] = start;
    this.spaces[k] = space;
    this.ends[k] = end;
    this.matchers[k] = matcher;
  }

  private grow(): void {
    const bigger = (a: Int32Array): Int32Array => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.starts = bigger(this.starts);
    this.spaces = bigger(this.spaces);
    this.ends = bigger(this.ends);
    this.matchers = bigger(this.matchers);
  }
}

/** Where a word stands in a text (found when first asked for), and the last answer about it (firstAtOrAfter's hint). */
interface WordPlaces {
  word: string;
  at?: number[];
  hint: number;
}

/**
 * A trie read one character code at a time, as a table: state × 128 + code → the next state (0: none, as the root
 * is never entered again). The words are ASCII, so a code of 128 or more has no next state. The numbers of the words
 * that end at a state are `ends[endsFrom[state]]` up to `ends[endsFrom[state + 1]]`. Tables of numbers, not nodes
 * with maps, nor a list per state: they are read at every word of the text.
 */
interface Trie {
  next: Int32Array;
  endsFrom: Int32Array;
  ends: Int32Array;
}

const ASCII_CODES = 128;

/** Numbers grouped by key, as two tables: `values[from[key]]` up to `values[from[key + 1]]` (see Trie). */
function grouped(lists: ReadonlyArray<readonly number[] | undefined>, keys: number): { from: Int32Array; values: Int32Array } {
  const from = new Int32Array(keys + 1);
  const values: number[] = [];
  for (let k = 0; k < keys; k++) {
    from[k] = values.length;
    for (const v of lists[k] ?? []) values.push(v);
  }
  from[keys] = values.length;
  return { from, values: Int32Array.from(values) };
}

function trie(words: readonly string[], reversed: boolean): Trie {
  const states = 1 + words.reduce((n, w) => n + w.length, 0);
  const next = new Int32Array(states * ASCII_CODES);
  const ends: number[][] = [[]];
  words.forEach((w, n) => {
    let state = 0;
    for (let k = 0; k < w.length; k++) {
      const at = state * ASCII_CODES + w.charCodeAt(reversed ? w.length - 1 - k : k);
      if (next[at] === 0) {
        next[at] = ends.length;
        ends.push([]);
      }
      state = next[at] ?? 0;
    }
    ends[state]?.push(n);
  });
  const { from, values } = grouped(ends, ends.length);
  return { next, endsFrom: from, ends: values };
}

/** The state after `state` reads `code` (0: none). */
function step(t: Trie, state: number, code: number): number {
  return code < ASCII_CODES ? (t.next[state * ASCII_CODES + code] ?? 0) : 0;
}

/**
 * The concept matchers that may match in a stretch, in their order, and where each may start: the starts of its
 * runs inside the stretch, as offsets from the stretch's start, in order (undefined: anywhere). A match of the
 * matcher is one of its runs (its white space is the text's whole run of white space, as its second word follows),
 * so it can start nowhere else.
 */
export interface ConceptsHere {
  matchers: RegExp[];
  starts: Array<readonly number[] | undefined>;
}

/** The one character whose lower case is two ("i̇"): a text holding it is lower-cased stretch by stretch. */
const DOTTED_CAPITAL_I = '\u0130';
/** The one character besides A to Z whose lower case is ASCII: the Kelvin sign, "k". */
const KELVIN_SIGN = 0x212a;
const SMALL_K = 0x6b;

/** What lowerCode reads past the text's end: a code no trie has a step for, as `charCodeAt`'s NaN there had none. */
const PAST_THE_END = ASCII_CODES;

/**
 * The code of `text[k].toLowerCase()` where it is ASCII (any other code stands for itself): read off the text, so
 * that the whole text is not lower-cased for the few characters the tries read. Never `charCodeAt` past the end (a
 * second word may run to the text's end): V8 throws away code that has read past a string's end and compiles it
 * again to call the library's `charCodeAt` for every character, which on 5 MB of plain text made the run search
 * (runsAt) a tenth of all extraction.
 */
function lowerCode(text: string, k: number): number {
  if (k >= text.length) return PAST_THE_END;
  const c = text.charCodeAt(k);
  return c === KELVIN_SIGN ? SMALL_K : asciiLowerCode(c);
}

/**
 * `conceptMayMatch` for stretches of one text, by offsets: the matchers that may match in `text.slice(start, end)`,
 * in their order, without lower-casing or searching each stretch. Lower-casing keeps every character in its place
 * unless the text holds "İ" (the one character that lower-cases to two), keeps white space white space, and gives
 * ASCII only for A to Z and the Kelvin sign (lowerCode): the matchers' words and endings are ASCII, so what
 * conceptMayMatch reads in a stretch lower-cased is what lowerCode reads in the text there. Each run it looks for
 * (the first word, an ending, white space, the second word) ends its white space where the text's run of white
 * space ends, so the runs are found once for the whole text, one run of white space at a time: what ends just
 * before it (a first word and an ending, read backwards in a trie) and what starts just after it (a second word).
 * A stretch passes a matcher when one of its runs lies wholly inside it (a run cut by the stretch's end fails there
 * too: its white space or its second word would reach past the end) and each other word stands inside it.
 * Hand-written: searching each stretch for each matcher's words cost more than running the matchers.
 * A class rather than a function returning closures: its methods are the same functions from one article to the
 * next, where closures made for each article were new functions to the compiled code that calls them (which was
 * thrown away and compiled again, article after article).
 */
export class ConceptPrecheck {
  private readonly words: Array<readonly string[] | undefined>;
  /** The text lower-cased stretch by stretch (it holds "İ"), else undefined: the runs are read off the text. */
  private readonly byStretch: boolean;
  // the first words with each ending ("heads") and the second words, by number; a head and a second word → the
  // matchers of that pair, as grouped tables (trie's): `pairMatchers[pairsFrom[key]]` up to `[pairsFrom[key + 1]]`
  private readonly secondCount: number;
  private readonly pairsFrom: Int32Array;
  private readonly pairMatchers: Int32Array;
  private readonly headTrie: Trie;
  private readonly headLengths: Int32Array;
  private readonly secondTrie: Trie;
  /** The runs, in the order of their white space: start, white space, end, and matcher. */
  private readonly columns = new RunColumns();
  /** The heads before the white space at hand (the first `headCount` of them, in runsAt). */
  private readonly found: Int32Array;
  private lower: string | undefined;
  private readonly others: Array<WordPlaces[] | undefined>;
  /** Where the last stretch's runs started (firstAtOrAfter's hint). */
  private hint = 0;
  /**
   * at()'s list of each matcher's run starts, all undefined between calls: one list for every stretch rather than
   * one made per stretch (a list per matcher, for every claim, was a tenth of what extraction allocated).
   */
  private readonly startsOf: Array<number[] | undefined>;

  constructor(
    private readonly text: string,
    private readonly matchers: RegExp[],
  ) {
    this.words = matchers.map(conceptWords);
    this.startsOf = new Array(matchers.length).fill(undefined);
    this.byStretch = matchers.length > 0 && text.includes(DOTTED_CAPITAL_I);
    const { words } = this;
    const firsts: string[] = [];
    const heads: string[] = [];
    const headFirst: number[] = [];
    const seconds: string[] = [];
    const pairOf: Array<[number, number, number]> = [];
    words.forEach((need, i) => {
      const [first, second] = need ?? [];
      if (first === undefined || second === undefined) return;
      if (!firsts.includes(first)) {
        firsts.push(first);
        for (const ending of PLURAL_ENDINGS) {
          heads.push(first + ending);
          headFirst.push(firsts.length - 1);
        }
      }
      if (!seconds.includes(second)) seconds.push(second);
      pairOf.push([firsts.indexOf(first), seconds.indexOf(second), i]);
    });
    const pairs: number[][] = [];
    headFirst.forEach((f, h) => {
      for (const [pf, n, i] of pairOf) {
        if (pf !== f) continue;
        const key = h * seconds.length + n;
        pairs[key] = [...(pairs[key] ?? []), i];
      }
    });
    const grouping = grouped(pairs, heads.length * seconds.length);
    this.secondCount = seconds.length;
    this.pairsFrom = grouping.from;
    this.pairMatchers = grouping.values;
    this.headTrie = trie(heads, true);
    this.headLengths = Int32Array.from(heads, (h) => h.length);
    this.found = new Int32Array(heads.length);
    this.secondTrie = trie(seconds, false);
    this.others = words.map((need) => need && (need.length < 2 ? need : need.slice(2)).map((word) => ({ word, hint: 0 })));
    if (matchers.length === 0 || this.byStretch) return;
    const n = text.length;
    let first = 0; // white space at the start follows no word
    while (first < n && isSpaceCode(text.charCodeAt(first))) first++;
    for (let ws = first + 1; ws < n; ws++) {
      if (!isSpaceCode(text.charCodeAt(ws))) continue;
      let we = ws + 1;
      while (we < n && isSpaceCode(text.charCodeAt(we))) we++;
      this.runsAt(ws, we);
      ws = we; // not white space: the next run starts after it
    }
  }

  /**
   * The runs whose white space is text[ws, we): a method of its own, called at every run of white space, so that it
   * is optimised as any hot function is rather than as one long loop.
   */
  private runsAt(ws: number, we: number): void {
    const { text, headTrie, secondTrie, found, pairsFrom, pairMatchers, secondCount, headLengths, columns } = this;
    // the heads that end right before the white space, then the second words right after it
    let headCount = 0;
    for (let k = ws - 1, state = step(headTrie, 0, lowerCode(text, k)); state > 0; state = k > 0 ? step(headTrie, state, lowerCode(text, --k)) : 0) {
      const last = headTrie.endsFrom[state + 1] ?? 0;
      for (let x = headTrie.endsFrom[state] ?? 0; x < last; x++) found[headCount++] = headTrie.ends[x] ?? 0;
    }
    for (let k = we, state = headCount > 0 ? step(secondTrie, 0, lowerCode(text, k)) : 0; state > 0; state = step(secondTrie, state, lowerCode(text, ++k))) {
      const last = secondTrie.endsFrom[state + 1] ?? 0;
      for (let y = secondTrie.endsFrom[state] ?? 0; y < last; y++) {
        const n = secondTrie.ends[y] ?? 0;
        for (let f = 0; f < headCount; f++) {
          const h = found[f] ?? 0;
          const key = h * secondCount + n;
          const end = pairsFrom[key + 1] ?? 0;
          for (let z = pairsFrom[key] ?? 0; z < end; z++) columns.push(ws - (headLengths[h] ?? 0), ws, k + 1, pairMatchers[z] ?? 0);
        }
      }
    }
  }

  /** Whether the word stands wholly inside text[start, end). */
  private inside(w: WordPlaces, start: number, end: number): boolean {
    if (w.word.length === 0) return true;
    if (!w.at) {
      this.lower ??= this.text.toLowerCase();
      const lower = this.lower;
      w.at = [];
      for (let i = lower.indexOf(w.word); i >= 0; i = lower.indexOf(w.word, i + 1)) w.at.push(i);
    }
    w.hint = firstAtOrAfter(w.at, start, w.hint);
    const at = w.at[w.hint];
    return at !== undefined && at + w.word.length <= end;
  }

  /** The matchers that may match in text[start, end), and where each may start (ConceptsHere). */
  at(start: number, end: number): ConceptsHere {
    const { matchers, words, others } = this;
    if (matchers.length === 0) return { matchers: [], starts: [] };
    if (this.byStretch) {
      const stretch = this.text.slice(start, end).toLowerCase();
      return { matchers: matchers.filter((re) => conceptMayMatch(stretch, re)), starts: [] };
    }
    // each matcher's run starts inside the stretch, from its start (undefined: none); emptied again below
    const startsOf = this.startsOf;
    // a run inside the stretch has its white space inside it, after its start
    const { starts: runStarts, spaces: runSpaces, ends: runEnds, matchers: runMatchers, count } = this.columns;
    this.hint = firstAtOrAfter(runSpaces, start + 1, this.hint, count);
    for (let k = this.hint; k < count && (runSpaces[k] ?? end) < end; k++) {
      const s = runStarts[k] ?? -1;
      if (s < start || (runEnds[k] ?? end + 1) > end) continue;
      const m = runMatchers[k] ?? 0;
      const at = startsOf[m];
      if (at) at.push(s - start);
      else startsOf[m] = [s - start];
    }
    const here: ConceptsHere = { matchers: [], starts: [] };
    for (let i = 0; i < matchers.length; i++) {
      const need = words[i];
      const runs = startsOf[i];
      startsOf[i] = undefined;
      let ok = need === undefined || need.length < 2 || runs !== undefined;
      const other = need === undefined ? undefined : others[i];
      for (let k = 0; ok && other && k < other.length; k++) ok = this.inside(other[k] as WordPlaces, start, end);
      const re = matchers[i];
      if (!ok || !re) continue;
      here.matchers.push(re);
      here.starts.push(runs);
    }
    return here;
  }
}

/** The precheck of a text's concept matchers (ConceptPrecheck). */
export function conceptPrecheck(text: string, matchers: RegExp[]): ConceptPrecheck {
  return new ConceptPrecheck(text, matchers);
}
