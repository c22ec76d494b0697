import { parse } from 'yaml';

export interface FrontMatter {
  /** Offsets of the whole block including both `---` fences and the newline after the closing one. */
  start: number;
  end: number;
  data: Record<string, unknown>;
}

const FENCE = /^---[ \t]*\r?\n/;
/** The closing `---` line of a front-matter block. */
const CLOSING_FENCE = /\r?\n---[ \t]*(\r?\n|$)/g;

/** A leading YAML block between `---` lines (the provenance header of sources/*.md), in either format. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  if (!FENCE.test(text)) return undefined;
  CLOSING_FENCE.lastIndex = 3;
  const m = CLOSING_FENCE.exec(text);
  if (!m) return undefined;
  const body = text.slice(text.indexOf('\n') + 1, m.index);
  let data: unknown;
  try {
    data = parse(body);
  } catch {
    return undefined; // not front matter after all: treat as article text
  }
  const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { start: 0, end: m.index + m[0].length, data: record };
}
