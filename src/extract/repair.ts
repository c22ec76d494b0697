import { isSpaceCode } from './word-count.js';
/** A dotted name chain ("Directory.Read.All"), not a sentence end. */
const DOTTED_NAME_START = /^[A-Z][\w]*\.[A-Z]/;
const WHITE_SPACE = /\s/;
/** A lower-case word (or digit/bracket) + sentence punctuation (+ closing quote) + an upper-case letter. */
const END_GLUE = /([a-z0-9%)\]])([.!?]+)(["”’]?)(?=[A-Z“"])/g;
/** A sentence end followed by an opening quote, which sentence-splitter does not treat as a new sentence. */
const QUOTE_START = /([a-z0-9)\]])([.!?]+)\s+(?=[“"][A-Z])/g;
/**
 * What END_GLUE and QUOTE_START cannot match without: a stop (and maybe a closing quote) right before a capital or
 * an opening quote; a stop, white space and an opening quote. Their scans try a match at nearly every character
 * (a lower-case letter opens one); these start only at a stop, and most blocks have nothing glued.
 */
const STOP_BEFORE_CAPITAL = /[.!?]["”’]?[A-Z“"]/;
const STOP_BEFORE_QUOTE = /[.!?]\s+[“"]/;
/** A closing parenthesis glued to a capitalised word: `(… Briefing)The Core`. */
const PAREN_GLUE = /\)(?=[A-Z][a-z])/g;

/**
 * The repair pre-pass of DESIGN 3: copy-pasted web text glues sentences together (`callbacks.Scope:`,
 * `later.”Next`, `Guide)The`). We only find where a cut belongs; the text itself is never changed,
 * so spans stay exact. Hand-written: segmenters (sentence-splitter included) require whitespace after a
 * sentence end, which is exactly what is missing here.
 */
export function glueCuts(text: string, start: number, end: number): number[] {
  const slice = text.slice(start, end);
  const cuts: number[] = [];
  // a lower-case word (or digit/bracket) + sentence punctuation (+ closing quote) + an upper-case letter
  END_GLUE.lastIndex = 0;
  for (let m = STOP_BEFORE_CAPITAL.test(slice) ? END_GLUE.exec(slice) : null; m; m = END_GLUE.exec(slice)) {
    const at = m.index + m[0].length;
    if (!leftWordIsLowercase(slice, m.index + 1) || inUrlOrPath(slice, m.index) || dottedChain(slice, m.index + 1)) continue;
    if (DOTTED_NAME_START.test(slice.slice(at))) continue; // Directory.Read.All-like chains
    cuts.push(start + at);
  }
  // a sentence end followed by an opening quote, which sentence-splitter does not treat as a new sentence
  QUOTE_START.lastIndex = 0;
  for (let m = STOP_BEFORE_QUOTE.test(slice) ? QUOTE_START.exec(slice) : null; m; m = QUOTE_START.exec(slice)) {
    if (leftWordIsLowercase(slice, m.index + 1)) cuts.push(start + m.index + m[0].length);
  }
  // a closing parenthesis of a spaced phrase glued to a capitalised word: `(… Briefing)The Core`
  PAREN_GLUE.lastIndex = 0;
  for (let m = PAREN_GLUE.exec(slice); m; m = PAREN_GLUE.exec(slice)) {
    const open = slice.lastIndexOf('(', m.index);
    if (open >= 0 && WHITE_SPACE.test(slice.slice(open, m.index))) cuts.push(start + m.index + 1);
  }
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/** A character of the word before a full stop. */
const WORD_BEFORE_STOP_CHARACTER = /[A-Za-z0-9\-)\]%]/;
const CLOSING_MARKS = /[)\]%]/g;
const LOWER_CASE_TOKEN = /^[a-z0-9-]+$/;

/** The word ending at `pos` is all lower-case (so `session.They` glues, `Directory.Read` and `MSAL.NET` do not). */
function leftWordIsLowercase(s: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && WORD_BEFORE_STOP_CHARACTER.test(s[i] ?? '')) i--;
  const word = s.slice(i + 1, pos).replace(CLOSING_MARKS, '');
  return word.length === 0 || LOWER_CASE_TOKEN.test(word);
}

const WORD_CHARACTER = /[A-Za-z0-9_]/;

/** `microsoft.graph.User`: the word before the dot is itself part of a dotted name. */
function dottedChain(s: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && WORD_CHARACTER.test(s[i] ?? '')) i--;
  return s[i] === '.';
}

/** A URL scheme separator or a slash: the token is an address or a path. */
const URL_OR_PATH = /:\/\/|\//;

function inUrlOrPath(s: string, pos: number): boolean {
  let i = pos;
  while (i >= 0 && !isSpaceCode(s.charCodeAt(i))) i--;
  const token = s.slice(i + 1, pos + 1);
  return URL_OR_PATH.test(token);
}
