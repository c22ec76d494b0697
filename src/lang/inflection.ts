/**
 * English noun and verb endings, in one place for every stage: a noun's singular, whether a word looks
 * plural, and a verb's plain form. Hand-written and deliberately small: wink's lemmatiser would need the
 * tagger on every call, and these rules only ever see a head noun or the first verb of a clause.
 */

import { AUXILIARIES } from './auxiliaries.js';
import { ARTICLES } from './articles.js';
import { QUANTITY_HEADS } from './quantity-heads.js';
import { alternation } from './words.js';

const AUXILIARY_SET = new Set(AUXILIARIES);

/** Endings of singular nouns that end in "s" ("access", "status", "analysis"). */
export const SINGULAR_S_END = /(?:ss|us|is)$/;

/** A word of four lower-case letters or more (and dashes): shorter words ("sms", "ios") are left as they are. */
const PLAIN_LONG_WORD = /^[a-z-]{4,}$/;
/** A letter and a final "s". */
const LETTER_S_END = /[A-Za-z]s$/;
const IES_END = /ies$/;
/** A third-person "-es" after a sibilant ("passes", "matches"). */
const SIBILANT_ES_END = /(?:ss|sh|ch|x|z)es$/;
const S_END = /s$/;

/** `policies` → `policy`, `codes` → `code`; leaves `access`, `status`, `analysis` and short words (`sms`) alone. Expects lower case. */
export function singularNoun(word: string): string {
  if (!PLAIN_LONG_WORD.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (SINGULAR_S_END.test(word)) return word;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** A word that reads as a plural noun: a letter and a final "s", not "-ss", "-us" or "-is" ("tokens", "APIs"; not "access"). */
export function looksPlural(word: string): boolean {
  return LETTER_S_END.test(word) && !SINGULAR_S_END.test(word);
}

/** A parenthesis closing the phrase ("Tokens (JWTs)"). */
const CLOSING_PARENTHESIS_GROUP = /\s*\([^)]*\)\s*$/;
/** A prepositional phrase after the head noun ("… of the tenant"). */
const PREPOSITIONAL_TAIL = /\s+(?:of|for|in|on|with)\s.*$/;
/** A counting head and its "of" ("a lot of claims", group 1 "claims"): the counted noun phrase decides the number. */
const COUNTED_BY_HEAD = new RegExp(`^(?:(?:${alternation(ARTICLES)})\\s+)?(?:${alternation(QUANTITY_HEADS)})\\s+of\\s+(.+)$`, 'i');
const SPACE_RUN = /\s+/;

/** A noun phrase whose head noun looks plural: the last word before a closing parenthesis or a prepositional phrase ("The keys of the tenant", "JSON Web Tokens (JWTs)"). */
export function nounPhraseIsPlural(np: string): boolean {
  const counted = COUNTED_BY_HEAD.exec(np);
  if (counted?.[1]) return nounPhraseIsPlural(counted[1]);
  const head = np.replace(CLOSING_PARENTHESIS_GROUP, '').replace(PREPOSITIONAL_TAIL, '').trim().split(SPACE_RUN).at(-1) ?? '';
  return looksPlural(head);
}

/** A verb in the third person singular made plain, lower-cased: "Uses" → "use", "passes" → "pass", "applies" → "apply". */
export function plainVerb(verb: string): string {
  const v = verb.toLowerCase();
  if (IES_END.test(v)) return v.replace(IES_END, 'y');
  if (SIBILANT_ES_END.test(v)) return v.slice(0, -2);
  return v.replace(S_END, '');
}

/** Plural forms of "be" and "have" and their singular. */
const SINGULAR_FORMS: Readonly<Record<string, string>> = { are: 'is', were: 'was', have: 'has', do: 'does' };
/** A plain verb ending that takes "-es" ("pass", "match") or "-ies" ("apply"). */
const SIBILANT_END = /(?:s|sh|ch|x|z)$/;
const CONSONANT_Y_END = /[^aeiou]y$/;

/**
 * A verb as it stands after a singular subject, lower-cased: "remain" → "remains", "are" → "is", "apply" →
 * "applies"; an auxiliary that does not change ("can", "is", "was") and a verb already in "-s" stay as they are.
 */
export function singularVerb(verb: string): string {
  const v = verb.toLowerCase();
  const form = SINGULAR_FORMS[v];
  if (form) return form;
  if (AUXILIARY_SET.has(v) || S_END.test(v)) return v;
  if (SIBILANT_END.test(v)) return `${v}es`;
  if (CONSONANT_Y_END.test(v)) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}
