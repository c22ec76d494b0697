import { English } from 'sentence-splitter/lang';
import { glueCuts } from './repair.js';
import { pairsClosed, sentenceRanges } from './sentence-ranges.js';
import { SEGMENT_RULES } from './rules/index.js';
import { isSpaceCode } from './word-count.js';

export interface SentenceRange {
  start: number;
  end: number;
}

/** A closing full stop or exclamation mark. */
const FINAL_STOP = /[.!]$/;

/** Words after which a full stop does not end a sentence: sentence-splitter's own English lists. */
const ABBREVIATIONS = new Set([...English.ABBREVIATIONS, ...English.PREPOSITIVE_ABBREVIATIONS, ...English.EXCLAMATION_WORDS].map((a) => a.toLowerCase().replace(FINAL_STOP, '')));

/**
 * One prose block → sentence ranges (offsets into the document text). The repair pass cuts glued
 * sentences; then boundaries that cannot be anything else (a plain lower-case word, a full stop, a space,
 * a capital) are cut directly, and sentence-splitter's rules (`sentence-ranges.ts`) decide every piece that
 * still holds a `.`, `!` or `?` inside it (abbreviations, versions, domains). The fast path predates that
 * port, when the library's abbreviation check cost a list scan per character (~0.5 MB/s); its plain-word
 * cuts are part of how blocks are cut, its name cuts only take cases the splitter would cut the same way.
 * Ranges are trimmed of surrounding whitespace.
 */
export function segmentBlock(text: string, start: number, end: number): SentenceRange[] {
  return SEGMENT_RULES.reduce((ranges, rule) => rule.apply(text, ranges), sentenceCuts(text, start, end));
}

/**
 * The sentences of a block before the segment rules rewrite them. `nameCuts: false` leaves every name before a
 * stop to the splitter: test/extract/sentence-ranges.test.ts checks that both give the same ranges.
 */
export function sentenceCuts(text: string, start: number, end: number, nameCuts = true): SentenceRange[] {
  const bounds = [start, ...glueCuts(text, start, end), end];
  const out: SentenceRange[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const s = bounds[i] ?? start;
    const e = bounds[i + 1] ?? end;
    let from = s;
    for (const cut of [...plainCuts(text, s, e, nameCuts), e]) {
      segmentPiece(text, from, cut, out);
      from = cut;
    }
  }
  return out;
}

const OPENING_MARKS = /^["“(]+/;
/** A plain word, a lower-case token or a number before a full stop: a real sentence end. */
const PLAIN_WORD_BEFORE_STOP = /^[A-Za-z][a-z]+$|^[a-z0-9-]+$|^\d+(?:%|\))?$/;
/** A sentence end, closing quotes or brackets, spaces, and a capital (maybe after an opening quote): a candidate cut. */
const STOP_BEFORE_CAPITAL = /([.!?])["”’)\]]*\s+(?=["“(]?[A-Z])/g;

/** A name before a full stop that the plain-word test leaves to sentence-splitter: "ID", "SSPR", "SharePoint", "Wi-Fi". */
const NAME_BEFORE_STOP = /^[A-Za-z][A-Za-z0-9-]+$/;
/** sentence-splitter's other sentence ends (full-width): a range holding one keeps its old path whole. */
const FULL_WIDTH_STOP = /[．。？！]/;
/** A white-space character right after a stop. */
const SPACE_AFTER_STOP = /^\.\s/;

/**
 * `word. Next`: cut where the word before the stop is a plain word (no dot inside, not an abbreviation). Also
 * `NAME. Next` ("ID. The …"), but only where sentence-splitter would cut too, from the same start: the word is
 * no abbreviation of its lists, no pair mark (quote, bracket) is open since the last cut (inside one it never
 * cuts), and the range holds no full-width stop nor an overlong word (which send a piece down another path).
 * Cutting there hands the splitter two pieces it reads exactly as it read the one, or none at all.
 */
function plainCuts(text: string, start: number, end: number, nameCuts: boolean): number[] {
  const cuts: number[] = [];
  const slice = text.slice(start, end);
  let names: boolean | undefined; // read once, when the first name before a stop turns up
  const namesAllowed = (): boolean => {
    names ??= !FULL_WIDTH_STOP.test(slice) && !hasLongWord(slice);
    return names;
  };
  let last = 0; // the last cut, in slice offsets: where sentence-splitter's run starts
  STOP_BEFORE_CAPITAL.lastIndex = 0;
  for (let m = STOP_BEFORE_CAPITAL.exec(slice); m; m = STOP_BEFORE_CAPITAL.exec(slice)) {
    let w = m.index;
    while (w > 0 && !isSpaceCode(slice.charCodeAt(w - 1))) w--;
    const raw = slice.slice(w, m.index);
    const word = raw.replace(OPENING_MARKS, '');
    const plain = PLAIN_WORD_BEFORE_STOP.test(word) && word.length >= 2 && !ABBREVIATIONS.has(word.toLowerCase());
    const name = nameCuts && !plain && NAME_BEFORE_STOP.test(raw) && SPACE_AFTER_STOP.test(m[0]) && !ABBREVIATIONS.has(raw.toLowerCase()) && namesAllowed() && pairsClosed(slice, last, m.index);
    if (!plain && !name) continue;
    last = m.index + m[0].length;
    cuts.push(start + last);
  }
  return cuts;
}

/** The length of a run of non-space characters no word of prose reaches. */
const LONG_WORD = 1024;

/**
 * Whether `s` holds a run of LONG_WORD non-space characters (as `/\S{1024}/` reads it). Counted by character code:
 * the pattern tried a match at every character of every piece.
 */
function hasLongWord(s: string): boolean {
  if (s.length < LONG_WORD) return false;
  for (let i = 0, run = 0; i < s.length; i++) {
    run = isSpaceCode(s.charCodeAt(i)) ? 0 : run + 1;
    if (run >= LONG_WORD) return true;
  }
  return false;
}
const SENTENCE_END_INSIDE = /[.!?]["”’)\]]*\s/;
const ENDS_WITH_QUESTION_OR_EXCLAMATION = /[?!]$/;
const NO_SPACE_START = /^\S/;

function segmentPiece(text: string, s: number, e: number, out: SentenceRange[]): void {
  const piece = text.slice(s, e);
  // A stop that no space follows (`v1.0`, `12.5%`, `api.example.com`) never ends a sentence here (glued
  // sentences were cut by the repair pass), so without a stop + space inside, the piece is one sentence.
  if (!SENTENCE_END_INSIDE.test(piece.trimEnd().slice(0, -1))) {
    pushTrimmed(out, text, s, e);
    return;
  }
  // A piece with a word a thousand characters long is not prose (a version run, an encoded blob): one
  // "sentence", never split (sentence-splitter's abbreviation check slowed to seconds on such runs).
  if (hasLongWord(piece)) {
    pushTrimmed(out, text, s, e);
    return;
  }
  const ranges: Array<[number, number]> = [];
  for (const [a, b] of sentenceRanges(piece)) {
    const prev = ranges[ranges.length - 1];
    // sentence-splitter also cuts at a `?` or `!` that no space follows (`appending ?mkt=en-us`); glued
    // sentences were already cut by the repair pass, so such a cut is not a sentence end: join it back
    if (prev && prev[1] === a && ENDS_WITH_QUESTION_OR_EXCLAMATION.test(piece.slice(prev[0], prev[1])) && NO_SPACE_START.test(piece.slice(a))) prev[1] = b;
    else ranges.push([a, b]);
  }
  for (const [a, b] of ranges) pushTrimmed(out, text, s + a, s + b);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function pushTrimmed(out: SentenceRange[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s && LETTER_OR_DIGIT.test(text.slice(s, e))) out.push({ start: s, end: e });
}
