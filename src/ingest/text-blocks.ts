import type { Block } from '../schema/index.js';

interface Line {
  start: number; // offset of the first character
  end: number; // offset after the last character, before \r\n
  text: string;
}

const BULLET = /^(\s*)(?:[•◦▪‣·*-]|\d{1,3}[.)])\s+/;
/** A markdown heading line left in a plain-text article ("# Title!"): a heading whatever its punctuation. */
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(?=\S)/;
const HEADING_MAX_CHARS = 120;
const HEADING_MAX_WORDS = 16;

/**
 * Plain text → blocks by the rules of DESIGN 2: blank lines end paragraphs; lines opening with `•`, `-`, `*`,
 * `1.` are list items; a short line standing alone without final punctuation, followed by more text, is a
 * heading. Hand-written because no library reads headings out of unmarked text.
 */
export function textBlocks(text: string, from: number, title: string | undefined): { blocks: Block[]; firstHeading: string | undefined } {
  const groups = lineGroups(text, from);
  const blocks: Block[] = [];
  const headings: Array<{ depth: number; text: string }> = [];
  let firstHeading: string | undefined;
  const sectionPath = (): string[] => headings.map((h) => h.text);

  groups.forEach((group, gi) => {
    const only = group.length === 1 ? group[0] : undefined;
    const atx = only ? ATX_HEADING.exec(only.text) : null;
    if (only && (atx || (gi < groups.length - 1 && isHeadingLine(only.text)))) {
      const [s, e] = trimRange(text, only.start + (atx?.[0].length ?? 0), only.end);
      const heading = text.slice(s, e);
      const depth = title !== undefined && sameTitle(heading, title) ? 1 : firstHeading === undefined && title === undefined ? 1 : 2;
      while (headings.length > 0 && (headings[headings.length - 1]?.depth ?? 0) >= depth) headings.pop();
      headings.push({ depth, text: heading });
      firstHeading ??= heading;
      blocks.push({ type: 'heading', start: s, end: e, depth, sectionPath: sectionPath() });
      return;
    }
    // A group is a run of paragraph lines and/or list items; each bullet opens a new item.
    let current: { type: 'paragraph' | 'list-item'; start: number; end: number } | undefined;
    const flush = (): void => {
      if (current) {
        const [s, e] = trimRange(text, current.start, current.end);
        if (e > s) blocks.push({ type: current.type, start: s, end: e, sectionPath: sectionPath() });
      }
      current = undefined;
    };
    for (const line of group) {
      const bullet = BULLET.exec(line.text);
      if (bullet) {
        flush();
        current = { type: 'list-item', start: line.start + bullet[0].length, end: line.end };
      } else if (current) {
        current.end = line.end;
      } else {
        current = { type: 'paragraph', start: line.start, end: line.end };
      }
    }
    flush();
  });
  return { blocks, firstHeading };
}

/** A run of white space (between words). */
const SPACE_RUN = /\s+/;
const ENDS_LIKE_PROSE = /[.!:;,…"”’]$/;

export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > HEADING_MAX_CHARS || BULLET.test(line)) return false;
  if (t.split(SPACE_RUN).length > HEADING_MAX_WORDS) return false;
  return !ENDS_LIKE_PROSE.test(t);
}

const SPACE_RUNS = /\s+/g;

function sameTitle(a: string, b: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(SPACE_RUNS, ' ').trim();
  return norm(a) === norm(b);
}

function lineGroups(text: string, from: number): Line[][] {
  const groups: Line[][] = [];
  let group: Line[] = [];
  let pos = from;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const line = { start: pos, end, text: text.slice(pos, end) };
    if (line.text.trim() === '') {
      if (group.length > 0) groups.push(group);
      group = [];
    } else group.push(line);
    pos = nl + 1;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

const WHITE_SPACE = /\s/;

function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && WHITE_SPACE.test(text[s] ?? '')) s++;
  while (e > s && WHITE_SPACE.test(text[e - 1] ?? '')) e--;
  return [s, e];
}
