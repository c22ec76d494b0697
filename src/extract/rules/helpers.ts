import type { Entity, EntityType } from '../../schema/index.js';
import type { Classification } from '../classify.js';

export const NON_CLAIM: Classification = { kind: 'non-claim', checkworthy: false };
export const OPINION: Classification = { kind: 'opinion', checkworthy: false };

/** The "#" marks that open a markdown heading. */
export const HEADING_MARKS = /^#+\s*/;

/** Entity types that make a sentence checkable on their own (a value, a code, a name in code font, a date). */
const SPECIFIC_TYPES: ReadonlySet<EntityType> = new Set(['identifier', 'api-path', 'header', 'error-code', 'date', 'number', 'person']);

export function hasSpecific(entities: Entity[]): boolean {
  return entities.some((e) => SPECIFIC_TYPES.has(e.type));
}

const QUOTED_STRETCHES = /“[^”]*”|"[^"]*"/g;

/** The text without quoted stretches ("…", “…”), so words inside a quoted button or message do not count. */
export function withoutQuotes(s: string): string {
  return s.replace(QUOTED_STRETCHES, '""');
}

/** Words in bold, italics or code, and link texts: UI labels and names, not the writer's own words. */
const MARKED_UP_WORDS = /\*\*[^*]+\*\*|__[^_]+__|\*[^*\s][^*]*\*|`[^`]*`|\[[^\]]*\]\([^)]*\)/g;

/** The text without quoted stretches, UI labels in bold, italics or code, and link texts: the writer's own words. */
export function ownWords(s: string): string {
  return withoutQuotes(s).replace(MARKED_UP_WORDS, '""');
}
