import { isAsciiLetter } from '../lang/ascii.js';
/**
 * The blocks of a markdown chunk made only of plain lines, read without a parser: paragraphs, ATX headings whose
 * text opens with a letter and holds no "#", and bullet items ("- ", "* ", "+ ") whose text opens with a letter,
 * each line starting in the first column. Nothing else can open a block on such lines, so CommonMark's block
 * structure is certain: a blank line ends a paragraph; a heading is its line; a bullet line starts a list item (a
 * bullet list may interrupt a paragraph); a line of text after an item's line, with no blank line between, goes
 * on with the item's paragraph (a lazy continuation line), and after a blank line starts a paragraph of its own.
 * The ranges are those markdownBlocks reads from micromark's events: a paragraph runs from its first character to
 * the end of its last line (its trailing blanks included), a heading's is its text without the blanks around it.
 *
 * Hand-written because micromark reads prose character by character through its state machines (about
 * 120 ns a character: a third of extraction on plain prose), where these blocks need one look at each line's
 * first characters. A chunk with any other line (indented, a quote, a fence, HTML, a table, a number, a task
 * check, a carriage return) returns undefined and goes to micromark. test/ingest/plain-blocks.test.ts compares
 * both on generated and real pages.
 */

export interface PlainBlock {
  type: 'paragraph' | 'list-item' | 'heading';
  /** Offsets into the chunk. */
  start: number;
  end: number;
  /** A heading's level. */
  depth?: number;
}

/** An ATX heading: one to six "#", blanks, then text that opens with a letter and holds no "#" (group 1: the "#"s). */
const PLAIN_HEADING = /^(#{1,6})[ \t]+[A-Za-z][^#]*$/;
/** A bullet, one space, and a letter. */
const PLAIN_BULLET = /^[-*+] [A-Za-z]/;
const BLANK = /^[ \t]*$/;
/** What makes a chunk no plain chunk wherever it stands: a carriage return, a NUL (micromark replaces it). */
const NOT_PLAIN = /[\r\0]/;
const SPACE = 0x20;
const TAB = 0x09;
const BULLET_TEXT_AT = 2;

/** The chunk's blocks in order, or undefined when a line is not plain (see the module comment). */
export function plainBlocks(chunk: string): PlainBlock[] | undefined {
  if (NOT_PLAIN.test(chunk)) return undefined;
  const out: PlainBlock[] = [];
  /** The paragraph being read (its end moves with each line), and whether it is a list item's. */
  let open: PlainBlock | undefined;
  for (let at = 0; at <= chunk.length; ) {
    let end = chunk.indexOf('\n', at);
    if (end < 0) end = chunk.length;
    const c = chunk.charCodeAt(at);
    if (isAsciiLetter(c)) {
      // text: goes on with the open paragraph (a list item's too: a lazy line), or opens a paragraph
      if (open) open.end = end;
      else {
        open = { type: 'paragraph', start: at, end };
        out.push(open);
      }
    } else if (at === end || c === SPACE || c === TAB) {
      // a blank line ends the paragraph; a line that opens with a blank and holds text is no plain line
      if (!BLANK.test(chunk.slice(at, end))) return undefined;
      open = undefined;
    } else {
      const line = chunk.slice(at, end);
      const heading = PLAIN_HEADING.exec(line);
      if (heading) {
        const hashes = heading[1]?.length ?? 1;
        let s = at + hashes;
        while (chunk.charCodeAt(s) === SPACE || chunk.charCodeAt(s) === TAB) s++;
        let e = end;
        while (chunk.charCodeAt(e - 1) === SPACE || chunk.charCodeAt(e - 1) === TAB) e--;
        out.push({ type: 'heading', start: s, end: e, depth: hashes });
        open = undefined;
      } else if (PLAIN_BULLET.test(line)) {
        open = { type: 'list-item', start: at + BULLET_TEXT_AT, end };
        out.push(open);
      } else return undefined;
    }
    at = end + 1;
  }
  return out;
}
