import type { Block } from '../schema/index.js';

/** A claimcheck control comment: `<!-- claimcheck-disable -->`, `…-enable`, `…-disable-next-line`. */
const CONTROL_COMMENT = /<!--\s*claimcheck-(disable-next-line|disable|enable)\b[\s\S]*?-->/g;
const LINE_BREAK = /\r?\n/g;

export type SuppressionKind = 'disable-next-line' | 'disable' | 'enable';

/** A stretch of the text (offsets into Document.text) whose claims are suppressed. */
export interface SuppressedRange {
  start: number;
  end: number;
  /** 1-based line of the comment that made it, for messages. */
  line: number;
}

/** Offsets where each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(LINE_BREAK)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo; // 0-based
}

/**
 * The ranges a markdown article switches off with claimcheck comments. A comment inside a code block
 * is code, not a control. `disable-next-line` covers the next non-blank line after the comment;
 * `disable` runs to the next `enable`, or to the end of the file. Written by hand because the comments
 * are HTML nodes to remark, and a chunked parse may split a disable…enable pair across chunks.
 */
export function suppressedRanges(text: string, blocks: readonly Block[]): SuppressedRange[] {
  const code = blocks.filter((b) => b.type === 'code');
  const inCode = (offset: number) => code.some((b) => offset >= b.start && offset < b.end);
  const starts = lineStarts(text);
  const ranges: SuppressedRange[] = [];
  let open: { start: number; line: number } | undefined;
  for (const m of text.matchAll(CONTROL_COMMENT)) {
    const at = m.index ?? 0;
    if (inCode(at)) continue;
    const end = at + m[0].length;
    const line = lineOf(starts, at) + 1;
    const kind = m[1] as SuppressionKind;
    if (kind === 'disable') {
      open ??= { start: end, line };
    } else if (kind === 'enable') {
      if (open) ranges.push({ start: open.start, end: at, line: open.line });
      open = undefined;
    } else {
      // the next line with text on it after the comment's own line
      let next = lineOf(starts, end) + 1;
      while (next < starts.length && text.slice(starts[next], starts[next + 1] ?? text.length).trim() === '') next++;
      if (next < starts.length) ranges.push({ start: starts[next] ?? text.length, end: starts[next + 1] ?? text.length, line });
    }
  }
  if (open) ranges.push({ start: open.start, end: text.length, line: open.line });
  return ranges;
}

/** True when a claim starting at `offset` sits in one of the ranges. */
export function isSuppressedAt(ranges: readonly SuppressedRange[], offset: number): boolean {
  return ranges.some((r) => offset >= r.start && offset < r.end);
}
