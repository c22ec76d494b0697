import { createHash } from 'node:crypto';
const CURLY_SINGLE_QUOTES = /[‘’]/g;
const CURLY_DOUBLE_QUOTES = /[“”]/g;
const SPACE_RUNS = /\s+/g;
const EDGE_SPACE_AND_PUNCTUATION = /^[\s\p{P}]+|[\s\p{P}]+$/gu;
/** Only ASCII characters: text that NFKC leaves as it is. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Normalised claim text: case, spacing, quotes and edge punctuation do not change an id. */
export function normaliseForId(text: string): string {
  // NFKC maps no ASCII character: most claims skip it (it runs once per claim)
  return (ASCII_ONLY.test(text) ? text : text.normalize('NFKC'))
    .toLowerCase()
    .replace(CURLY_SINGLE_QUOTES, "'")
    .replace(CURLY_DOUBLE_QUOTES, '"')
    .replace(SPACE_RUNS, ' ')
    .replace(EDGE_SPACE_AND_PUNCTUATION, '');
}

export function baseId(text: string): string {
  return `c-${createHash('sha256').update(normaliseForId(text)).digest('hex').slice(0, 8)}`;
}

/** Stable ids in position order: a repeated claim text gets `-2`, `-3`, … */
export function assignIds(texts: string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    const id = baseId(t);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
