/** Durations stated in prose ("10–15 minutes", "72 hours") as ranges in seconds. */

const UNIT_SECONDS: Array<[RegExp, number]> = [
  [/^(?:ms|milliseconds?)$/, 0.001],
  [/^(?:s|secs?|seconds?)$/, 1],
  [/^(?:mins?|minutes?)$/, 60],
  [/^hours?$/, 3600],
  [/^days?$/, 86400],
  [/^weeks?$/, 604800],
  [/^months?$/, 2592000],
  [/^years?$/, 31536000],
];

export interface Duration {
  text: string;
  /** Offset in the text it was found in. */
  index: number;
  min: number;
  max: number;
}

const DURATION = /(\d+(?:\.\d+)?)(?:\s?[–-]\s?(\d+(?:\.\d+)?))?\s?([a-z]+)\b/gi;

export function durations(text: string): Duration[] {
  const out: Duration[] = [];
  for (const m of text.matchAll(DURATION)) {
    const unit = UNIT_SECONDS.find(([re]) => re.test((m[3] ?? '').toLowerCase()));
    if (!unit) continue;
    const a = Number(m[1]) * unit[1];
    const b = m[2] !== undefined ? Number(m[2]) * unit[1] : a;
    out.push({ text: m[0], index: m.index ?? 0, min: Math.min(a, b), max: Math.max(a, b) });
  }
  return out;
}

export const overlaps = (a: Duration, b: Duration): boolean => a.min <= b.max && b.min <= a.max;
