import { AnchorAllocator, headingText } from '../anchors.js';

/** One heading section of a page: the heading line and the body lines up to the next heading. */
export interface Section {
  /** 0 for the text before the first heading. */
  level: number;
  heading: string;
  /** Undefined for the page top (preamble and the H1), which is cited by the page URL alone. */
  anchor: string | undefined;
  /** Raw markdown of the section body (code fences included, for identifier extraction). */
  body: string;
}

export interface ScannedPage {
  title: string | undefined;
  msDate: string | undefined;
  sections: Section[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX = /^\s{0,3}(#{1,6})\s+(.*)$/;
/**
 * Learn's tab syntax, `# [HTTP](#tab/http)`: a tab of the section it sits in, not a heading. Learn renders
 * no heading and no anchor for it, so its text stays in the enclosing section (cited by that section's anchor).
 */
const TAB = /^\s{0,3}#{1,6}\s+\[([^\]]*)\]\(#tab\/[^)]*\)\s*$/;
/** A "key: value" line of front matter; group 1 is the key, group 2 the value. */
const FRONT_MATTER_FIELD = /^([A-Za-z][\w.-]*):\s*(.*)$/;
/** A value in single or double quotes; group 2 is the value. */
const QUOTED_VALUE = /^(['"])(.*)\1$/;

/** Front matter is YAML between `---` lines; only flat `key: value` lines are needed here. */
function readFrontMatter(lines: string[]): { end: number; fields: Map<string, string> } {
  const fields = new Map<string, string>();
  if (lines[0]?.trim() !== '---') return { end: 0, fields };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '---') return { end: i + 1, fields };
    const m = FRONT_MATTER_FIELD.exec(line);
    if (m?.[1] && m[2] !== undefined) fields.set(m[1], m[2].trim().replace(QUOTED_VALUE, '$2'));
  }
  return { end: 0, fields }; // unterminated: treat as body
}

const BYTE_ORDER_MARK = /^\uFEFF/;
const LINE_BREAK = /\r?\n/;

/** A light line scanner (not a markdown parser): fast enough for hundreds of MB of docs. */
export function scanPage(text: string): ScannedPage {
  const lines = text.replace(BYTE_ORDER_MARK, '').split(LINE_BREAK);
  const { end, fields } = readFrontMatter(lines);
  const anchors = new AnchorAllocator();
  const sections: Section[] = [];
  let current: Section = { level: 0, heading: '', anchor: undefined, body: '' };
  let buf: string[] = [];
  let fence: string | undefined;
  let firstH1: string | undefined;

  const flush = (): void => {
    current.body = buf.join('\n').trim();
    if (current.body !== '' || current.heading !== '') sections.push(current);
    buf = [];
  };

  for (let i = end; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const f = FENCE.exec(line);
    if (f?.[1]) {
      if (fence === undefined) fence = f[1][0];
      else if (f[1][0] === fence) fence = undefined;
      buf.push(line);
      continue;
    }
    const tab = fence === undefined ? TAB.exec(line) : null;
    if (tab) {
      buf.push(`${tab[1] ?? ''}:`);
      continue;
    }
    const h = fence === undefined ? ATX.exec(line) : null;
    if (h?.[1] && h[2] !== undefined) {
      flush();
      const level = h[1].length;
      const heading = headingText(h[2]);
      if (level === 1 && firstH1 === undefined) firstH1 = heading;
      // The page's H1 is the page itself; deeper headings get anchors.
      const anchor = level === 1 && sections.every((s) => s.level === 0) ? undefined : anchors.next(heading);
      current = { level, heading, anchor, body: '' };
      continue;
    }
    buf.push(line);
  }
  flush();
  const title = fields.get('title') || firstH1;
  return { title: title || undefined, msDate: fields.get('ms.date') || undefined, sections };
}
