/**
 * Word counts and white space, read by character code. Word counts without building arrays. Extraction counts words of every claim and of every candidate cut many
 * times over (`s.split(/\s+/).length`); each split made an array and a string per word, garbage that a
 * megabyte of docs pages turned into tens of megabytes. Hand-written: a count by character code is all it takes.
 */

/** Whether a UTF-16 code unit is white space as `\s` and `String.prototype.trim` read it (WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Exactly `s.split(/\s+/).length`: the runs of white space in `s`, plus one. */
export function pieceCount(s: string): number {
  let runs = 0;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (space && !inSpace) runs++;
    inSpace = space;
  }
  return runs + 1;
}

/** Exactly `s.trim().split(/\s+/).length`: the words of `s`, or 1 when it has none. */
export function wordCount(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const word = !isSpaceCode(s.charCodeAt(i));
    if (word && !inWord) words++;
    inWord = word;
  }
  return words === 0 ? 1 : words;
}

const SPACE = 0x20;
const SPACE_RUNS = /\s+/g;

/**
 * Whether collapsing changes `s`: a run of two or more white-space characters, or one that is not a plain space
 * (what `/\s{2,}|[^\S ]/` finds), read by character code: it runs on every claim, twice.
 */
function hasSpaceToCollapse(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c) && (c !== SPACE || isSpaceCode(s.charCodeAt(i + 1)))) return true;
  }
  return false;
}

/** Every run of white space as one plain space; text with single spaces only is returned as it is (a test is cheaper than a replace). */
export function collapseSpaces(s: string): string {
  return hasSpaceToCollapse(s) ? s.replace(SPACE_RUNS, ' ') : s;
}
