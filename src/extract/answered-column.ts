import { ANSWER_WORDS } from '../lang/answer-words.js';
import { alternation } from '../lang/words.js';

/**
 * A table cell's claim that answers its column yes or no, as the table-cell subject rule writes it: "Row, Column:
 * Yes." (group 2: the column). Its own module, read by extract's kind rule and verify's passage score alike.
 */
const ANSWER_CELL = new RegExp(`^(.+), ([^,:]+): (?:${alternation(ANSWER_WORDS)})\\.?$`, 'i');

/** The claim's answer is yes ("…: Yes."). */
const ANSWER_YES = /:\s*yes\.?$/i;

/** The column a table cell's claim answers yes or no ("SMS sign-in, Works offline: No." → "Works offline"), if it is one. */
export function answeredColumn(text: string): string | undefined {
  return ANSWER_CELL.exec(text)?.[2];
}

/** A table cell's claim read whole: the row it speaks of, the column it answers and its answer ("SMS sign-in", "Works offline", no). */
export function answeredCell(text: string): { row: string; column: string; yes: boolean } | undefined {
  const m = ANSWER_CELL.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  return { row: m[1], column: m[2], yes: ANSWER_YES.test(m[0]) };
}
