import { IRREGULAR_PAST } from '../lang/irregular-past.js';
import { alternation, exactAlternation } from '../lang/words.js';
import { FINITE_VERBS } from '../lang/finite-verbs.js';

/** Finite verbs common in technical prose: enough to tell a statement from a noun phrase or a label. */
export const AUX = `(?:${exactAlternation(FINITE_VERBS)})`;

const FINITE = new RegExp(String.raw`\b${AUX}\b|\b[a-z]{3,}ed\b|n[’']t\b`, 'i');

/** A determiner-led subject, then a present-tense verb: "The portal follows …", "Anything you set … takes …". */
const SUBJECT_VERB = /^(?:the|a|an|this|that|each|every|any|anything|everything|nothing|your|our|their|its)\s+(?:[\w’'-]+\s+){1,6}?[a-z]{3,}s(?<!ss)\b(?![-:’'])/i;

export function hasFiniteVerb(sentence: string): boolean {
  return FINITE.test(sentence) || SUBJECT_VERB.test(sentence.trim());
}

const AUX_WORD = new RegExp(String.raw`\b${AUX}\b|n[’']t\b`, 'i');
/** A past participle used as a verb: not right after a determiner ("the requested permissions" is a noun phrase). */
const VERBAL_ED = /(?<!\b(?:the|a|an|its|their|your|our|this|these|any|all|each)\s+)\b[a-z]{3,}ed\b/i;

/** A name, then a present-tense verb: "Microsoft recommends …", "Azure Key Vault stores …". */
const NAMED_SUBJECT_VERB = /^(?:[A-Z][\w.-]*\s+){1,4}[a-z]{3,}s(?<!ss|us|is)\b/;

/** An irregular past tense after the first word ("Conditional Access became …"). */
const PAST = new RegExp(`\\s(?:${alternation(IRREGULAR_PAST)})\\b`, 'i');

/** A stricter test than hasFiniteVerb: an -ed adjective after a determiner is not a verb. */
export function hasMainVerb(sentence: string): boolean {
  return AUX_WORD.test(sentence) || VERBAL_ED.test(sentence) || PAST.test(sentence) || SUBJECT_VERB.test(sentence.trim()) || NAMED_SUBJECT_VERB.test(sentence.trim());
}

/** A pronoun subject followed by a lower-case word (its verb). */
const PRONOUN_THEN_WORD = /^(?:it|they|this|these|we|you)\s+[a-z]/i;

/** A clause with its own subject and a present-tense or auxiliary verb ("Traditional codes are fixed", "The service connects …"). */
export function isClause(sentence: string): boolean {
  return AUX_WORD.test(sentence) || SUBJECT_VERB.test(sentence.trim()) || PRONOUN_THEN_WORD.test(sentence.trim());
}
