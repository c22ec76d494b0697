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
  return text
    .replace(/\s+/gu, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/gu, '')
    .trim();
}

/** Columns one code point takes: 0 for combining marks and zero-width characters, 2 for wide ones. */
function codePointWidth(cp: number): number {
  if (
    (cp >= 0x0300 && cp <= 0x036f) || // combining diacritics
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space, joiners, direction marks
    (cp >= 0xfe00 && cp <= 0xfe0f) // variation selectors
  ) {
    return 0;
  }
  if (
    (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo
    (cp >= 0x2e80 && cp <= 0xa4cf) || // CJK radicals … Yi
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xff60) || // fullwidth forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) || // emoji and pictographs
    (cp >= 0x20000 && cp <= 0x3fffd) // CJK extensions
  ) {
    return 2;
  }
  return 1;
}

/** Display width in terminal columns (good enough for Latin, CJK and common emoji; no ANSI expected). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += codePointWidth(ch.codePointAt(0) ?? 0);
  return width;
}

/** Cut `text` to at most `max` columns, ending with `…` when something was cut. */
export function truncate(text: string, max: number): string {
  if (max <= 0) return '';
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = codePointWidth(ch.codePointAt(0) ?? 0);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return `${out.trimEnd()}…`;
}

/** Cut the middle out of `text` (keeping its start and its end, e.g. a URL's anchor) to fit `max` columns. */
export function truncateMiddle(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  if (max <= 1) return truncate(text, max);
  const chars = [...text];
  const tail = Math.floor((max - 1) / 2);
  const head = max - 1 - tail;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
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
