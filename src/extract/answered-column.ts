import { ANSWER_WORDS } from '../lang/answer-words.js';
import { alternation } from '../lang/words.js';

/**
 * A table cell's claim that answers its column yes or no, as the table-cell subject rule writes it: "Row, Column:
 * Yes." (group 2: the column). Its own module, read by extract's kind rule and verify's passage score alike.
 */
const ANSWER_CELL = new RegExp(`^(.+), ([^,:]+): (?:${alternation(ANSWER_WORDS)})\\.?$`, 'i');

/** The column a table cell's claim answers yes or no ("SMS sign-in, Works offline: No." → "Works offline"), if it is one. */
export function answeredColumn(text: string): string | undefined {
  return ANSWER_CELL.exec(text)?.[2];
}
