import { ANTECEDENT_DETERMINERS } from '../lang/antecedent-determiners.js';
import { alternation } from '../lang/words.js';

/**
 * The last determiner-led noun phrase of a clause (group 1): the antecedent of a relative clause cut after it
 * ("… shows the sign-in logs, which are kept …"). Hand-written: a determiner, then the words up to the clause's
 * end, is all the split needs, and it runs on every cut.
 */
export const LAST_NOUN_PHRASE = new RegExp(String.raw`^.*\b((?:${alternation(ANTECEDENT_DETERMINERS)})\s+[^,;.]*)$`, 'i');

/** A trailing comma, and the spaces around it, before a relative clause. */
const TRAILING_COMMA = /\s*,\s*$/;

/** Whether a clause ends with a determiner-led noun phrase that a relative clause after it can be said of. */
export function endsWithNounPhrase(clause: string): boolean {
  return LAST_NOUN_PHRASE.test(clause.replace(TRAILING_COMMA, ''));
}
