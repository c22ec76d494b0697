import { PRE_VERB_ADVERBS } from '../lang/pre-verb-adverbs.js';
import { tag, type Tagged } from '../lang/nlp.js';
import { IRREGULAR_PAST } from '../lang/irregular-past.js';
import { alternation, exactAlternation } from '../lang/words.js';
import { FINITE_VERBS } from '../lang/finite-verbs.js';
import { PLURAL_PRONOUNS } from '../lang/plural-pronouns.js';
import { TAGGER_SPLIT_TAILS } from '../lang/tagger-split-tails.js';

/** Finite verbs common in technical prose: enough to tell a statement from a noun phrase or a label. */
export const AUX = `(?:${exactAlternation(FINITE_VERBS)})`;

/** A finite verb word, not the first half of a hyphenated noun ("a sign-in", "the opt-in"). */
const FINITE = new RegExp(String.raw`\b${AUX}\b(?!-)|\b[a-z]{3,}ed\b|n[’']t\b`, 'i');

/** A determiner-led subject, then a present-tense verb: "The portal follows …", "Anything you set … takes …". */
const SUBJECT_VERB = /^(?:the|a|an|this|that|each|every|any|anything|everything|nothing|your|our|their|its)\s+(?:[\w’'-]+\s+){1,6}?[a-z]{3,}s(?<!ss)\b(?![-:’'])/i;

/** A short opening phrase set off by a comma ("By default, ", "Out of the box, ", "In most tenants, "): the subject follows it. */
const LEADING_ADVERBIAL = /^(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s+/;

export function hasFiniteVerb(sentence: string): boolean {
  const t = sentence.trim();
  return FINITE.test(sentence) || SUBJECT_VERB.test(t) || verbAfterOpener(t);
}

const WORD_CHARACTER = /\w/;

/** After a short opener, a determiner-led subject and its verb, with words after the verb (a noun phrase ends in its plural). */
function verbAfterOpener(t: string): boolean {
  if (!LEADING_ADVERBIAL.test(t)) return false;
  const rest = t.replace(LEADING_ADVERBIAL, '');
  const m = SUBJECT_VERB.exec(rest);
  return m !== null && WORD_CHARACTER.test(rest.slice(m[0].length));
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

/** A name, an adverb, then its verb in -s ("Microsoft now recommends MSAL …"). */
const NAMED_SUBJECT_ADVERB_VERB = new RegExp(String.raw`^(?:[A-Z][\w.-]*\s+){1,4}(?:${alternation(PRE_VERB_ADVERBS)})\s+[a-z]{3,}s(?<!ss|us|is)\b`);

/** A clause with its own subject and a present-tense or auxiliary verb ("Traditional codes are fixed", "The service connects …"). */
export function isClause(sentence: string): boolean {
  const t = sentence.trim();
  return AUX_WORD.test(sentence) || SUBJECT_VERB.test(t) || PRONOUN_THEN_WORD.test(t) || NAMED_SUBJECT_ADVERB_VERB.test(t);
}

/** The longest text the tagger reads for a verb (its cost grows with the text). */
const MAX_TAGGED_CHARS = 600;
/** A present participle or gerund ("resetting"): a verb form that never makes a clause alone. */
const GERUND = /ing$/i;
/** A word spelled in lower case: the tagger reads a capitalised name's word ("Access Pass") as a verb too often. */
const LOWER_CASE_WORD = /^[a-z]/;
/** A plural noun's ending (not "access", "status", "analysis"), or a present-tense verb's third-person -s. */
const PLURAL_S = /[a-z](?<!ss|us|is)s$/i;
const THIRD_PERSON_S = /s$/i;
/** Tags of the words of a subject noun phrase. */
const SUBJECT_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'SYM']);
const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);
/** Tags that end the subject's clause: what follows belongs to another clause. */
const CLAUSE_END: ReadonlySet<string> = new Set(['PUNCT', 'SCONJ', 'PART']);
const PLURAL_PRONOUN: ReadonlySet<string> = new Set(PLURAL_PRONOUNS);
/** Where a token may end inside a text: before a character that is no ASCII letter, or before a split tail. */
const TOKEN_END = `(?:(?![A-Za-z])|(?=${exactAlternation(TAGGER_SPLIT_TAILS)}))`;
/**
 * What agreement needs (hasTaggedFiniteVerb): a token ending in "s" (a verb in -s, or a plural noun: PLURAL_S and
 * THIRD_PERSON_S) or a plural pronoun standing as a token. A token's text is a stretch of the sentence, so a
 * sentence without either has no verb the tagger could make agree, and is not tagged. An "s" right after a mark
 * may end a token that a letter follows: the tokeniser reads an emoticon (":S") out of "SS:SSZ".
 */
const AGREEMENT_CUE = new RegExp(String.raw`s${TOKEN_END}|[^A-Za-z0-9\s]s|(?<![A-Za-z])(?:${alternation(PLURAL_PRONOUNS)})${TOKEN_END}`, 'i');

/** False only when no token the tagger reads in `sentence` ends in "s" or is a plural pronoun (AGREEMENT_CUE). */
export function mayHaveAgreement(sentence: string): boolean {
  return AGREEMENT_CUE.test(sentence);
}

/**
 * A present-tense verb the word patterns above cannot see, read from the tagger: a bare plural subject with no
 * determiner ("Actions like resetting a password invalidate tokens"). The sentence opens with a noun phrase, and
 * a lower-case VERB follows it in the same clause: no punctuation, subordinating word, "to" or second pronoun in
 * between, not right after "and" / "or", no gerund and not the last word. The verb must agree in number with a
 * noun of the opening phrase (any of them: the tagger may read a preposition as a noun, "Actions like …"), which
 * keeps out the noun phrases the tagger reads a verb in ("Office update channel", "Standard set of rules").
 * Slower than the patterns, so only asked when they say no.
 */
export function hasTaggedFiniteVerb(sentence: string): boolean {
  // a sentence is a few hundred characters; a longer run (a pasted blob, hostile input) is not tagged
  if (sentence.length > MAX_TAGGED_CHARS) return false;
  // nothing a verb could agree with (or no verb in -s): the tagger's answer would be no (on generated text, every time)
  if (!mayHaveAgreement(sentence)) return false;
  const tagged = tag(sentence);
  if (nameThenVerb(tagged)) return true;
  let i = 0;
  const heads: Tagged[] = [];
  for (; i < tagged.length && SUBJECT_PHRASE.has((tagged[i] as Tagged).pos); i++) if (NOMINAL.has((tagged[i] as Tagged).pos)) heads.push(tagged[i] as Tagged);
  for (; heads.length > 0 && i < tagged.length; i++) {
    const t = tagged[i] as Tagged;
    if (t.pos === 'PRON' || CLAUSE_END.has(t.pos)) return false;
    if (t.pos !== 'VERB' || !LOWER_CASE_WORD.test(t.text) || GERUND.test(t.text)) continue;
    const last = !tagged.slice(i + 1).some((x) => x.pos !== 'PUNCT' && x.pos !== 'SYM');
    const singularVerb = THIRD_PERSON_S.test(t.text);
    return !last && tagged[i - 1]?.pos !== 'CCONJ' && heads.some((h) => isPlural(h) !== singularVerb);
  }
  return false;
}

/** The frame a word is tagged in to ask whether it can be a verb: "It <word> the". */
const VERB_PROBE_SUBJECT = 'It';
const VERB_PROBE_OBJECT = 'the';
/** Tags that open what follows a verb in "-s" after a name ("Intune checks for …", "Entra issues a …"). */
const AFTER_VERB: ReadonlySet<string> = new Set(['ADP', 'DET']);

/**
 * A name, then a lower-case word in "-s" the tagger reads as a noun, then a preposition or determiner: the
 * word is the name's verb ("Intune checks for jailbreak every hour" was read as a noun phrase and no claim). A
 * name is singular, so a plural noun cannot follow it as the head of one phrase.
 */
function nameThenVerb(tagged: readonly Tagged[]): boolean {
  const first = tagged[0];
  const word = tagged[1];
  if (first?.pos !== 'PROPN' || GERUND.test(first.text) || word?.pos !== 'NOUN' || !LOWER_CASE_WORD.test(word.text) || !PLURAL_S.test(word.text)) return false;
  if (!AFTER_VERB.has(tagged[2]?.pos ?? '')) return false;
  // only a word that can be a verb: the tagger reads it as one after a pronoun subject ("It checks the …", not
  // "It browsers the …"), which keeps out a name's plural noun ("System browsers on mobile devices")
  return tag(`${VERB_PROBE_SUBJECT} ${word.text} ${VERB_PROBE_OBJECT}`)[1]?.pos === 'VERB';
}

function isPlural(noun: Tagged): boolean {
  return noun.pos === 'PRON' ? PLURAL_PRONOUN.has(noun.text.toLowerCase()) : PLURAL_S.test(noun.text);
}
