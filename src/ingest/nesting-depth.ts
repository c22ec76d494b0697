import { ClaimcheckError } from '../errors.js';
import { isAsciiLetter } from '../lang/ascii.js';

/**
 * Deepest container nesting (block quotes and list items, counted together) an article may have.
 * Real articles stay under 6; the markdown parser recurses once per level (10,000 `>` overflowed the
 * stack) and deep lists cost it time that grows with the square of the depth, so deeper input is
 * refused here, in one linear pass, before the parser sees it.
 */
export const MAX_NESTING = 32;

/** Up to three spaces, then `>`, a bullet or an ordered-list number, then a space or the line's end. */
const CONTAINER_MARKER = /^ {0,3}(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const LEADING_WHITESPACE = /^[ \t]*/;
const FENCE = /^[ \t]*(?:```|~~~)/;
const BLANK = /^[ \t]*$/;

/** Columns of leading whitespace (a tab counts 4). */
function indentWidth(ws: string): number {
  let w = 0;
  for (const ch of ws) w += ch === '\t' ? 4 : 1;
  return w;
}

/**
 * Throw ELIMIT (exit 2, file:line:column) when a line of `text` opens more than MAX_NESTING
 * containers: its quote and list markers, plus its indentation in steps of two columns (how nested
 * list items are written). Lines inside fenced code blocks are not counted.
 */
export function assertNestingWithinLimit(text: string, file: string): void {
  let inFence = false;
  /** open `[` not yet closed in the current paragraph: link labels, which the parser matches by scanning back */
  let brackets = 0;
  let line = 0;
  let start = 0;
  /** The next "[" at or after the line at hand (-1: none): a line without one, with none open, needs no count. */
  let nextOpen = text.indexOf('[');
  while (start <= text.length) {
    line++;
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (nextOpen >= 0 && nextOpen < start) nextOpen = text.indexOf('[', start);
    if (isAsciiLetter(text.charCodeAt(start))) {
      // a line that opens with a letter opens no container and no fence and is not blank: only its brackets count
      if (inFence) brackets = 0;
      else if (brackets > 0 || (nextOpen >= 0 && nextOpen < end)) brackets = openBrackets(text, start, end, brackets, file, line);
      if (nl === -1) break;
      start = nl + 1;
      continue;
    }
    // only the head of a line can hold markers; a depth past the limit shows within its first columns
    let rest = text.slice(start, Math.min(end, start + 8 * MAX_NESTING + 64));
    let depth = 0;
    let column = 1;
    for (;;) {
      const ws = LEADING_WHITESPACE.exec(rest)?.[0] ?? '';
      const marker = CONTAINER_MARKER.exec(rest.slice(ws.length));
      if (!marker) {
        depth += Math.floor(indentWidth(ws) / 2);
        column += ws.length;
        break;
      }
      depth += 1 + Math.floor(indentWidth(ws) / 4);
      column += ws.length + marker[0].length;
      rest = rest.slice(ws.length + marker[0].length);
      if (depth > MAX_NESTING) break;
    }
    if (FENCE.test(rest)) inFence = !inFence;
    else if (!inFence && depth > MAX_NESTING) {
      throw new ClaimcheckError('ELIMIT', `markdown nested more than ${MAX_NESTING} levels deep (block quotes and lists)`, {
        place: { file, line, column },
        hint: 'flatten the quotes or lists there; claimcheck refuses deeper nesting so hostile input cannot exhaust the parser',
      });
    }
    if (inFence || BLANK.test(text.slice(start, Math.min(end, start + 256)))) brackets = 0;
    else if (brackets > 0 || (nextOpen >= 0 && nextOpen < end)) brackets = openBrackets(text, start, end, brackets, file, line);
    if (nl === -1) break;
    start = nl + 1;
  }
}

/** Count `[` and `]` over one line (a backslash escapes), refusing more than MAX_NESTING open at once. */
function openBrackets(text: string, start: number, end: number, open: number, file: string, line: number): number {
  let n = open;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c)
      i++; // \[ and \] are text
    else if (c === 0x5b) {
      n++;
      if (n > MAX_NESTING) {
        throw new ClaimcheckError('ELIMIT', `more than ${MAX_NESTING} "[" open at once (nested link brackets)`, {
          place: { file, line, column: i - start + 1 },
          hint: 'close or escape the brackets (\\[); claimcheck refuses deeper nesting so hostile input cannot exhaust the parser',
        });
      }
    } else if (c === 0x5d && n > 0) n--;
  }
  return n;
}
