import { PARTICIPLE_FOLLOWERS } from '../../../lang/participle-followers.js';
import { AUXILIARIES } from '../../../lang/auxiliaries.js';
import { IRREGULAR_PARTICIPLES } from '../../../lang/irregular-participles.js';
import { BASE_FORM_PARTICIPLES } from '../../../lang/base-form-participles.js';
import { PREDICATE_ADJECTIVES } from '../../../lang/predicate-adjectives.js';
import { DETERMINERS } from '../../../lang/determiners.js';
import { SUBORDINATORS } from '../../../lang/subordinators.js';
import { alternation, openingPattern } from '../../../lang/words.js';
import { nounPhraseIsPlural, plainVerb } from '../../../lang/inflection.js';
import { asSentence } from '../../split-atomic.js';
import { AUX, hasFiniteVerb } from '../../verbs.js';
import { pieceCount } from '../../word-count.js';

const MAX_OPENER_WORDS = 8;

/**
 * Small grammar helpers shared by the subject rules. Hand-written: they only look at the first word of a
 * subjectless predicate and at the number of a noun phrase, which no tagger is needed for.
 */
const AUX_OPENER = openingPattern(AUXILIARIES);
/** "Tokens are …": a plural noun, then its verb. */
const AUX_SECOND = new RegExp(`^\\S+\\s+(?:${alternation(AUXILIARIES)})\\b`, 'i');
const SUBORDINATE_OPENER = openingPattern(SUBORDINATORS);
/** A clause: up to four words, then an auxiliary. */
const CLAUSE_START = new RegExp(`^(?:[\\w’'-]+\\s+){0,4}(?:${AUX}|[a-z]{3,}s)\\b`);
const BASE_FORM = new Set(BASE_FORM_PARTICIPLES);
const PARTICIPLE_OPENER = openingPattern(IRREGULAR_PARTICIPLES.filter((w) => !BASE_FORM.has(w)));
/** "Set to …", "Run by …": a participle spelled as its verb's base form, before a word a participle takes. */
const BASE_FORM_PARTICIPLE = new RegExp(`^(?:${alternation(BASE_FORM_PARTICIPLES)})\\s+(?:${alternation(PARTICIPLE_FOLLOWERS)})\\b`, 'i');
const ADJECTIVE_OPENER = openingPattern(PREDICATE_ADJECTIVES);
/** A capitalised word in the third person singular ("Uses", "Leverages", "Integrates"), not an acronym plural ("APIs"). */
const S_VERB = /^[A-Z][a-z]{2,}s(?<!ss|us|is)\s+(?!of\b|for\b|and\b|or\b|\d)\S/;
const ED_PARTICIPLE = new RegExp(String.raw`^[A-Z][a-z]{2,}ed\s+(?:${alternation(PARTICIPLE_FOLLOWERS)})\b`);

/** "Typically expires …": an adverb before the predicate. */
const LEADING_ADVERB = /^[A-Za-z]+ly\s+(?=[a-z])/;

export type Predicate = 'aux' | 'verb' | 'passive' | 'adjective';
const LOWER_CASE_START = /^[a-z]/;

/** How a subjectless predicate opens ("Can be revoked", "Uses X", "Generated via X", "Valid for 1 hour"), or undefined. */
export function predicateOpener(s: string): Predicate | undefined {
  const t = s
    .trim()
    .replace(LEADING_ADVERB, '')
    .replace(LOWER_CASE_START, (c) => c.toUpperCase());
  if (AUX_OPENER.test(t)) return 'aux';
  if (ED_PARTICIPLE.test(t) || PARTICIPLE_OPENER.test(t) || BASE_FORM_PARTICIPLE.test(t)) return 'passive';
  if (ADJECTIVE_OPENER.test(t)) return 'adjective';
  if (S_VERB.test(t) && !AUX_SECOND.test(t)) return 'verb';
  return undefined;
}

/** A run of white space (between words). */
const SPACE_RUN = /\s+/;

/** A capitalised first word not followed by another capitalised word or a number ("Windows 10": a name and its version). */
const CAPITALISED_FIRST_WORD = /^[A-Z][a-z’'-]*\b(?!\s+[A-Z0-9])/;
/** A word with a capital inside ("PowerShell"): a name. */
const INNER_CAPITAL = /^[A-Z][a-z]*[A-Z]/;

/** Lower-case the first word unless it is a name (an acronym, or followed by another capitalised word). */
export function lowerFirst(s: string): string {
  return CAPITALISED_FIRST_WORD.test(s) && !INNER_CAPITAL.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** Joins a subject and a subjectless predicate into one sentence, with agreement. */
export function withSubject(subject: string, predicate: string, how: Predicate): string {
  const adverb = (LEADING_ADVERB.exec(predicate.trim())?.[0] ?? '').trim().toLowerCase();
  const p = predicate.trim().slice(adverb.length).trim();
  const adv = adverb ? `${adverb} ` : '';
  const plural = nounPhraseIsPlural(subject);
  if (how === 'passive' || how === 'adjective') return asSentence(`${subject} ${plural ? 'are' : 'is'} ${adv}${lowerFirst(p)}`);
  const [verb = '', ...rest] = p.split(SPACE_RUN);
  const first = how === 'verb' && plural ? plainVerb(verb) : verb.charAt(0).toLowerCase() + verb.slice(1);
  return asSentence(`${subject} ${adv}${[first, ...rest].join(' ')}`);
}

const CLOSING_PUNCTUATION = /[.!?:;]+$/;
const OPENS_WITH_CONJUNCTION = /^(?:and|or)\b/;
/** A comma and the spaces after it: where a leading clause may end. */
const COMMA_GAPS = /,\s+/g;

/** The main clause of a sentence: without a leading "When …, " clause and without closing punctuation. */
export function mainClause(sentence: string): string {
  let s = sentence.trim().replace(CLOSING_PUNCTUATION, '');
  if (SUBORDINATE_OPENER.test(s)) {
    COMMA_GAPS.lastIndex = 0;
    for (let m = COMMA_GAPS.exec(s); m; m = COMMA_GAPS.exec(s)) {
      const after = s.slice(m.index + m[0].length);
      if (!OPENS_WITH_CONJUNCTION.test(after) && CLAUSE_START.test(after)) {
        s = after;
        break;
      }
    }
    if (SUBORDINATE_OPENER.test(s) && s.includes(', ')) s = s.slice(s.indexOf(', ') + 2);
  } else if (s.includes(', ')) {
    // an opening phrase with no verb of its own ("Unlike passwords, …") is not part of the clause
    const opener = s.slice(0, s.indexOf(', '));
    const balanced = opener.split('(').length === opener.split(')').length;
    if (balanced && pieceCount(opener) <= MAX_OPENER_WORDS && !hasFiniteVerb(opener)) s = s.slice(opener.length + 2);
  }
  return lowerFirst(s);
}

const DETERMINER = new RegExp(`^(?:${alternation(DETERMINERS)})\\s`, 'i');

/** A noun phrase placed as a subject: capitalised at the start of the sentence, a leading determiner lower-cased inside it. */
export function subjectAt(np: string, atStart: boolean): string {
  if (atStart) return np.charAt(0).toUpperCase() + np.slice(1);
  return DETERMINER.test(np) ? np.charAt(0).toLowerCase() + np.slice(1) : np;
}
