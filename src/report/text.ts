import stringWidth from 'string-width';
const SPACE_RUNS = /\s+/gu;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/gu;

/**
 * Plain-text helpers for fixed-width output: make a string safe for one terminal line,
 * measure it in columns, and cut it to fit.
 */

/**
 * One line of printable text: whitespace runs (including newlines) become one space, and
 * control characters (C0, DEL, C1 — among them ESC, so no ANSI sequence from an article or a
 * hand-edited ledger reaches the terminal) are dropped.
 */
export function toInline(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(SPACE_RUNS, ' ').replace(CONTROL_CHARACTERS, '').trim();
}

/** User-perceived characters (an emoji with its modifiers, a letter with its accents) never cut apart. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const clusters = (text: string): string[] => Array.from(graphemes.segment(text), (s) => s.segment);

/** Display width in terminal columns: string-width knows East Asian wide characters, emoji and zero-width marks. */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Cut `text` to at most `max` columns, ending with `…` when something was cut (never inside a character). */
export function truncate(text: string, max: number): string {
  if (max <= 0) return '';
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const ch of clusters(text)) {
    const w = stringWidth(ch);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return `${out.trimEnd()}…`;
}

/** Cut the middle out of `text` (keeping its start and its end) to fit `max` columns. */
export function truncateMiddle(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  if (max <= 1) return truncate(text, max);
  const chars = clusters(text);
  const tailRoom = Math.floor((max - 1) / 2);
  let tail = '';
  for (let i = chars.length - 1; i >= 0 && displayWidth((chars[i] ?? '') + tail) <= tailRoom; i--) tail = (chars[i] ?? '') + tail;
  const head = truncate(text, max - displayWidth(tail)).slice(0, -1);
  return `${head}…${tail}`;
}

/** Pad with spaces to `width` columns (never cuts). */
export function padEnd(text: string, width: number): string {
  const gap = width - displayWidth(text);
  return gap > 0 ? text + ' '.repeat(gap) : text;
}

/** Greedy wrap of `parts` joined by `separator`; a line that is continued ends with the separator's visible part. */
export function wrapParts(parts: readonly string[], separator: string, width: number): string[] {
  const tail = separator.trimEnd();
  const lines: string[] = [];
  let current = '';
  parts.forEach((part, i) => {
    const candidate = current === '' ? part : current + separator + part;
    const isLast = i === parts.length - 1;
    if (current !== '' && displayWidth(candidate + (isLast ? '' : tail)) > width) {
      lines.push(current + tail);
      current = part;
    } else {
      current = candidate;
    }
  });
  if (current !== '') lines.push(current);
  return lines;
}
