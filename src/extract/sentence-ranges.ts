import { English } from 'sentence-splitter/lang';

/**
 * The sentence ranges sentence-splitter 5.0.1 gives a plain string in English (`split(text)`, its `Sentence`
 * nodes' `range`), computed the way it computes them: its state machine (new lines, spaces, separators, and
 * the abbreviation and pair-mark markers run at every character of a value) read straight off the string.
 * Hand-written because the library, for every word, scans its abbreviation lists lower-casing both sides of
 * each comparison, and builds a node with a position for every run: on docs pages a tenth of the prose reaches
 * it and that tenth cost a fifth of extraction's allocations. Here a word is lower-cased once and looked up
 * in sets of the same lists, and nothing but the ranges is built; the abbreviation marker, which the library runs
 * at every word start, reads a word only when a separator inside it is asked about, which is the only place its
 * mark is read. test/extract/sentence-ranges.test.ts checks
 * it against the library on generated text (names, stops, abbreviations, brackets, quotes, CJK, new lines).
 */

/** White space as the library's `/\s/` tests it, one UTF-16 code unit at a time. */
const WHITE_SPACE = /\s/;
/** The scripts the library's abbreviation marker takes for word boundaries (text without spaces between words). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** "U.S.A.": three or more letters each followed by a full stop. */
const MULTI_PERIOD = /^(?:[a-zA-Z]\.){3,}$/;
/** "12.": a list number. */
const LINE_INDEX = /^\d+\.$/;
const CAPITALIZED = /^\p{Uppercase_Letter}/u;
/** "J.": a capital and a full stop, an initial. */
const INITIAL = /^\p{Uppercase_Letter}\./u;

const lowerSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));
const ABBREVIATIONS = lowerSet(English.ABBREVIATIONS);
const PREPOSITIVE_ABBREVIATIONS = lowerSet(English.PREPOSITIVE_ABBREVIATIONS);
const EXCLAMATION_WORDS = lowerSet(English.EXCLAMATION_WORDS);

const LF = 10;
const CR = 13;
const FULL_STOP = 46;
const QUESTION_MARK = 63;
const EXCLAMATION_MARK = 33;
/** The library's separators besides `.`: `?`, `!` and the full-width `．。？！`. */
const OTHER_SEPARATORS: ReadonlySet<number> = new Set([...'?!．。？！'].map((c) => c.charCodeAt(0)));

/** Whether a code is one of OTHER_SEPARATORS: the set is asked only beyond ASCII (this runs at every character). */
function isOtherSeparator(c: number): boolean {
  return c < 0x80 ? c === QUESTION_MARK || c === EXCLAMATION_MARK : OTHER_SEPARATORS.has(c);
}

/** The library's pair marks (its PairMaker): [opening, closing] code units. */
const PAIR_MARKS: ReadonlyArray<readonly [number, number]> = ['""', '[]', '()', '{}', '「」', '（）', '『』', '｛｝', '［］', '〚〛', '【】', '《》'].map(
  (p) => [p.charCodeAt(0), p.charCodeAt(1)] as const,
);
const PAIR_OF: ReadonlyMap<number, number> = new Map(
  PAIR_MARKS.flatMap(
    ([open, close], i): Array<[number, number]> => [
      [open, i],
      [close, i],
    ],
  ),
);

/** Whether each ASCII code is a pair mark: the map is asked only about the others (this runs at every character). */
const ASCII_PAIR_MARK: readonly boolean[] = Array.from({ length: 0x80 }, (_, c) => PAIR_OF.has(c));

/** One code unit read into the open pairs, as the library's PairMaker.mark reads it. */
function readPairMark(open: number[], c: number): void {
  if (c < 0x80 && !ASCII_PAIR_MARK[c]) return;
  const pair = PAIR_OF.get(c);
  if (pair === undefined) return;
  const at = open.lastIndexOf(pair);
  // a pair does not nest in itself: inside one, only its closing mark counts (for `"`, both are one mark)
  if (at < 0) {
    if (PAIR_MARKS[pair]?.[0] === c) open.push(pair);
  } else if (PAIR_MARKS[pair]?.[1] === c) open.splice(at, 1);
}

/** Whether no pair mark is open at `to` when reading from `from`, as the library's PairMaker reads it. */
export function pairsClosed(text: string, from: number, to: number): boolean {
  const open: number[] = [];
  for (let i = from; i < to; i++) readPairMark(open, text.charCodeAt(i));
  return open.length === 0;
}

function isWhiteSpace(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITE_SPACE.test(text.charAt(k));
}

function isCjk(text: string, k: number): boolean {
  return text.charCodeAt(k) >= 128 && CJK.test(text.charAt(k));
}

/** A word boundary for the abbreviation marker: white space or a CJK character. */
function isBoundary(text: string, k: number): boolean {
  return isWhiteSpace(text, k) || isCjk(text, k);
}

/** The library's `getWord` from offset `k`: characters up to the next boundary. */
function wordAt(text: string, k: number): string {
  let e = k;
  while (e < text.length && !isBoundary(text, e)) e++;
  return text.slice(k, e);
}

/** The library's `getPrevWord` at a word start `i` (at the text's start, the word itself). */
function previousWord(text: string, i: number): string {
  let k = i - 1;
  while (k >= 0 && isWhiteSpace(text, k)) k--;
  while (k >= 0 && !isWhiteSpace(text, k)) k--;
  return wordAt(text, k + 1);
}

/** Whether the library's abbreviation marker marks `word`, which starts at `i`: its stops end no sentence. */
function isAbbreviation(text: string, i: number, word: string): boolean {
  if (MULTI_PERIOD.test(word)) return true;
  const lower = word.toLowerCase();
  if (EXCLAMATION_WORDS.has(lower) || PREPOSITIVE_ABBREVIATIONS.has(lower) || LINE_INDEX.test(word)) return true;
  const next = wordAt(text, i + word.length + 1);
  // "Albert I. Jones": an initial between capitalised words; an abbreviation before a word in lower case
  if (INITIAL.test(word) && CAPITALIZED.test(next) && CAPITALIZED.test(previousWord(text, i))) return true;
  return ABBREVIATIONS.has(lower) && !CAPITALIZED.test(next);
}

/** `[start, end)` of each sentence of `text`, in order, exactly as sentence-splitter's `split` reports them. */
export function sentenceRanges(text: string): Array<[number, number]> {
  const n = text.length;
  const out: Array<[number, number]> = [];
  const open: number[] = []; // the pair marks open, in the order they opened
  // the latest abbreviation range: ranges start at word starts and end at the word's end, so they never
  // overlap and come in order, and since the reading offset only grows, no earlier one can hold it again
  let markStart = -1;
  let markEnd = -1;
  let sentence = -1; // start of the open sentence
  let pending = -1; // the start of the word at hand, when the abbreviation marker has not read it yet (-1: none)
  const marked = (k: number): boolean => markStart <= k && k < markEnd;
  const separatorAt = (k: number): boolean => {
    if (open.length > 0 || marked(k)) return false;
    const c = text.charCodeAt(k);
    if (c === FULL_STOP) return k + 1 >= n || isWhiteSpace(text, k + 1); // "1.23" is no sentence end
    return isOtherSeparator(c);
  };
  const isNewLine = (k: number): boolean => {
    const c = text.charCodeAt(k);
    return c === LF || c === CR;
  };
  const markAbbreviation = (i: number): void => {
    if (marked(i)) return;
    if (i > 0 && !isBoundary(text, i - 1)) return; // not a word start
    // a mark only ever keeps a separator inside its word from ending a sentence (a later word is never in an
    // earlier mark): a word without one is not read (the library's check, and its word, for nearly every word)
    let e = i;
    let separators = false;
    for (; e < n && !isBoundary(text, e); e++) {
      const c = text.charCodeAt(e);
      if (c === FULL_STOP || isOtherSeparator(c)) separators = true;
    }
    if (!separators) return;
    const word = text.slice(i, e);
    if (word.length > 0 && isAbbreviation(text, i, word)) {
      markStart = i;
      markEnd = i + word.length;
    }
  };

  let i = 0;
  while (i < n) {
    if (isNewLine(i)) {
      while (i < n && isNewLine(i)) i++;
    } else if (isWhiteSpace(text, i)) {
      while (i < n && isWhiteSpace(text, i) && !isNewLine(i)) i++;
    } else if (separatorAt(i)) {
      while (i < n && separatorAt(i)) i++;
      if (sentence >= 0) out.push([sentence, i]);
      sentence = -1;
    } else {
      if (sentence < 0) sentence = i;
      // a value runs over spaces up to a new line or a separator; the markers read each of its characters. Each
      // character is read once: whether it is a boundary is carried to the next, and only a stop or separator is
      // asked whether it ends the value. The abbreviation marker reads a word from its start, and its mark only
      // ever keeps a separator of that word after its start from ending a sentence: the word is read when such a
      // separator is first asked about (`pending`), not at every word start (each word was read twice)
      let afterBoundary = i === 0 || isBoundary(text, i - 1);
      for (;;) {
        const c = text.charCodeAt(i);
        if (afterBoundary) pending = i;
        if (c >= 0x80 || ASCII_PAIR_MARK[c]) readPairMark(open, c);
        afterBoundary = c < 0x80 ? c === 32 || (c >= 9 && c <= 13) : isBoundary(text, i);
        if (afterBoundary) pending = -1; // the word ended with no separator asked about: no mark
        i++;
        if (i >= n) break;
        const next = text.charCodeAt(i);
        if (next === LF || next === CR) break;
        if (next === FULL_STOP || isOtherSeparator(next)) {
          if (pending >= 0) {
            markAbbreviation(pending);
            pending = -1;
          }
          if (separatorAt(i)) break;
        }
      }
    }
  }
  if (sentence >= 0) out.push([sentence, n]);
  return out;
}
