import { isSpaceCode } from '../word-count.js';
import type { Entity, EntityType } from '../../schema/index.js';
import type { Classification } from '../classify.js';

export const NON_CLAIM: Classification = { kind: 'non-claim', checkworthy: false };
export const OPINION: Classification = { kind: 'opinion', checkworthy: false };

/** The "#" marks that open a markdown heading. */
export const HEADING_MARKS = /^#+\s*/;

/** The shortest and longest opening phrase a subject rule reads before its subject, up to its comma. */
const OPENING_PHRASE_MIN = 3;
const OPENING_PHRASE_MAX = 60;
/** An opening phrase before a subject ("Similar to a password, it …"): 3 to 60 characters, a comma, white space. */
const OPENING_PHRASE = String.raw`(?:[^,]{${OPENING_PHRASE_MIN},${OPENING_PHRASE_MAX}},\s+)`;

/**
 * A pattern `^(<opening phrase>?)<rest>` (group 1 the phrase, maybe empty), read as a second pattern `^()<rest>` where
 * the text cannot open with the phrase: where its first comma is not 3 to 60 characters in. The two match alike
 * there (the phrase's comma is the text's first), and the optional phrase had the pattern read up to 61 characters
 * for it in every text, most of which hold no comma there (the pronoun and demonstrative rules, on every claim's
 * first clause).
 */
export class OpeningPhrasePattern {
  private readonly withPhrase: RegExp;
  private readonly withoutPhrase: RegExp;
  constructor(rest: string, flags: string) {
    this.withPhrase = new RegExp(`^(${OPENING_PHRASE}?)${rest}`, flags);
    this.withoutPhrase = new RegExp(`^()${rest}`, flags);
  }

  exec(text: string): RegExpExecArray | null {
    const comma = text.indexOf(',');
    return (comma >= OPENING_PHRASE_MIN && comma <= OPENING_PHRASE_MAX ? this.withPhrase : this.withoutPhrase).exec(text);
  }
}

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

/** [start, end) shrunk past the white space at both ends: a segment rule's cut leaves none in a range. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}
