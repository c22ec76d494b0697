import type { Entity, EntityType } from '../schema/index.js';
import { ENTITY_RULES } from './rules/index.js';

/** Closing punctuation an entity does not end with: . , ; : ! ? ' " ” ’ ) (read by code, for every candidate). */
const CLOSING_PUNCTUATION: ReadonlySet<number> = new Set([...'.,;:!?\'"”’)'].map((c) => c.charCodeAt(0)));
const CLOSING_PARENTHESIS = 0x29;

/**
 * Entities of one sentence (offsets into the document). `base` is the sentence's start offset; `concepts`
 * are the article's recurring phrases, and `conceptStarts` where in the sentence each may start, where known
 * (concept-precheck.ts). The entity rules run in order (rules/index.ts) and an earlier rule
 * wins an overlap: document titles first, then addresses, codes, names from code, dates, figures, people,
 * products, and the concepts last.
 */
export function findEntities(sentence: string, base: number, concepts: RegExp[] = [], conceptStarts: ReadonlyArray<readonly number[] | undefined> = []): Entity[] {
  // the entities as they are returned, built as they are placed (spans are offsets into the document)
  const found: Entity[] = [];
  const place = (type: EntityType, s: number, e: number): void => {
    found.push({ text: sentence.slice(s, e), type, span: { start: base + s, end: base + e } });
  };
  const ctx = { sentence, concepts, conceptStarts };
  for (const rule of ENTITY_RULES) {
    for (const c of rule.apply(ctx)) {
      if (c.overlaps) {
        place(c.type, c.start, c.end);
        continue;
      }
      const te = trimmedEnd(sentence, c.start, c.end);
      if (te > c.start && free(found, base + c.start, base + te)) place(c.type, c.start, te);
    }
  }
  // a copy of its own length: a list grown by push has room for 16, and a claim keeps its entities for the rest of
  // the run, room and all
  return sortByStart(found).slice();
}

/**
 * The entities in order of their start, equal starts in the order placed (what a stable sort by start gives). An
 * insertion sort: a sentence has a handful of entities, mostly in order already, and Array.prototype.sort made a
 * work copy of each sentence's list.
 */
function sortByStart(found: Entity[]): Entity[] {
  for (let i = 1; i < found.length; i++) {
    const x = found[i];
    if (!x) continue;
    let j = i - 1;
    for (let y = found[j]; y && y.span.start > x.span.start; y = found[--j]) found[j + 1] = y;
    found[j + 1] = x;
  }
  return found;
}

/** No entity placed so far overlaps [s, e). */
function free(found: readonly Entity[], s: number, e: number): boolean {
  for (const f of found) if (s < f.span.end && f.span.start < e) return false;
  return true;
}

/** The end of [start, end) without the closing punctuation at its end (a ")" stays when the entity opened its "("). */
function trimmedEnd(s: string, start: number, end: number): number {
  let e = end;
  while (e > start && CLOSING_PUNCTUATION.has(s.charCodeAt(e - 1)) && !(s.charCodeAt(e - 1) === CLOSING_PARENTHESIS && openedAt(s, start, e))) e--;
  return e;
}

/** Whether a "(" stands in [start, end). */
function openedAt(s: string, start: number, end: number): boolean {
  const at = s.indexOf('(', start);
  return at >= 0 && at < end;
}
