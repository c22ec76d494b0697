import type { Entity, EntityType } from '../schema/index.js';
import { ENTITY_RULES } from './rules/index.js';

interface Found {
  type: EntityType;
  start: number;
  end: number;
}

/** Closing punctuation an entity does not end with. */
const CLOSING_PUNCTUATION = /[.,;:!?'"”’)]/;

/**
 * Entities of one sentence (offsets into the document). `base` is the sentence's start offset; `concepts`
 * are the article's recurring phrases. The entity rules run in order (rules/index.ts) and an earlier rule
 * wins an overlap: document titles first, then addresses, codes, names from code, dates, figures, people,
 * products, and the concepts last.
 */
export function findEntities(sentence: string, base: number, concepts: RegExp[] = []): Entity[] {
  const found: Found[] = [];
  const free = (s: number, e: number): boolean => !found.some((f) => s < f.end && f.start < e);
  const ctx = { sentence, concepts };
  for (const rule of ENTITY_RULES) {
    for (const c of rule.apply(ctx)) {
      if (c.overlaps) {
        found.push({ type: c.type, start: c.start, end: c.end });
        continue;
      }
      const [ts, te] = trimPunct(sentence, c.start, c.end);
      if (te > ts && free(ts, te)) found.push({ type: c.type, start: ts, end: te });
    }
  }
  return found.sort((a, b) => a.start - b.start).map((f) => ({ text: sentence.slice(f.start, f.end), type: f.type, span: { start: base + f.start, end: base + f.end } }));
}

/** [start, end) without the closing punctuation at its end (a ")" stays when the entity opened its "("). */
function trimPunct(s: string, start: number, end: number): [number, number] {
  let e = end;
  while (e > start && CLOSING_PUNCTUATION.test(s[e - 1] ?? '') && !(s[e - 1] === ')' && s.slice(start, e).includes('('))) e--;
  return [start, e];
}
