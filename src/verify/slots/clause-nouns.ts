import { ADVERBIAL_IDIOMS } from '../../lang/adverbial-idioms.js';
import { DISCOURSE_NOUNS } from '../../lang/discourse-nouns.js';
import { EXAMPLE_MARKERS } from '../../lang/example-markers.js';
import { INTERJECTED_ADVERBIALS } from '../../lang/interjected-adverbials.js';
import { isAsciiUpper } from '../../lang/ascii.js';
import { singularNoun } from '../../lang/inflection.js';
import { tag, type Tagged } from '../../lang/nlp.js';
import { UI_ELEMENT_NOUNS } from '../../lang/ui-element-nouns.js';
import { VERB_PARTICLES } from '../../lang/verb-particles.js';
import { IMPERATIVE_OPENERS } from '../../lang/imperative-verbs.js';
import { contentLemmas, lemma, tokens } from '../text.js';
import { mainClause } from './clause.js';
import { alternatives } from './types.js';

/**
 * The common nouns of a claim's main clause, split at its verb: the subject's (who or what it is about) and the
 * predicate's (what it says the subject does or is for). Read with the wink tagger; shared by the `subject` and
 * `object` slot rules and by polarity, which asks whether a sentence names the claim's predicate nouns.
 */
export interface ClauseNouns {
  subject: readonly string[];
  predicate: readonly string[];
}

/** A set phrase whose noun is no thing the sentence is about ("for example", "by hand"). */
const IDIOM = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives([...ADVERBIAL_IDIOMS, ...EXAMPLE_MARKERS, ...INTERJECTED_ADVERBIALS])})(?![\\p{L}\\p{N}])`, 'giu');
/** What may stand next to a plain word: white space, a quote, a bracket or markdown emphasis, or closing punctuation after it. */
const BEFORE_WORD = /[\s("“‘*]/;
const AFTER_WORD = /[\s)"”’,.;:!?*]/;
/** A possessive after a noun ("the condition's IP address"): the noun stands on its own. */
const POSSESSIVE = /^['’]s\b/;
/** A plain lower-case word: code, names and figures are key entities, compared elsewhere. */
const PLAIN_WORD = /^[a-z]+$/;
const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
const NOUN_RUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/**
 * Tags of the words of a noun phrase and what may stand between it and its verb ("the sign-in events of a
 * user's", "A simulation for Microsoft Teams therefore ignores …"): also a preposition or a conjunction after the
 * first word, an adverb, an interjected adverbial between commas.
 */
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON', 'ADV']);
const PREPOSITION_TAG = 'ADP';
/** A conjunction inside the noun phrase joins two of its parts ("App roles and groups are …"). */
const CONJUNCTION_TAG = 'CCONJ';
const COMMA = ',';
const IMPERATIVES: ReadonlySet<string> = new Set(IMPERATIVE_OPENERS);
/** Nouns a page may leave out without saying something else: controls of an interface ("menu item"), discourse words ("the big difference"). */
const LOOSE_NOUNS: ReadonlySet<string> = new Set([...UI_ELEMENT_NOUNS, ...DISCOURSE_NOUNS]);
const PARTICLES: ReadonlySet<string> = new Set(VERB_PARTICLES);

/** The claim sentences asked about lately: a claim is compared with many sentences, and tagging it is the cost. */
const recent = new Map<string, ClauseNouns>();
const RECENT_MAX = 256;

/**
 * The claim's subject and predicate nouns, in the singular: tagged NOUN, each a plain word standing on its own (not
 * a piece of code, a URL or a hyphenated compound), less the nouns of set phrases ("for example", "by hand"), of
 * phrasal verbs the tagger misreads ("sign in"), of interface controls and discourse words, units after a figure
 * ("24 hours", the quantity rule's) and, for the predicate, the subject's own words.
 */
export function clauseNouns(claim: string): ClauseNouns {
  const cached = recent.get(claim);
  if (cached) return cached;
  const clause = mainClause(claim);
  const tagged = tag(clause);
  const from = predicateStart(tagged);
  const idioms = [...clause.matchAll(IDIOM)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const plain = (list: readonly Tagged[]): string[] => {
    const nouns = list.filter(
      (t, i) =>
        t.pos === 'NOUN' &&
        (i === 0 || list[i - 1]?.pos !== 'NUM') &&
        !PARTICLES.has(list[i + 1]?.text.toLowerCase() ?? '') &&
        !LOOSE_NOUNS.has(singularNoun(t.text)) &&
        PLAIN_WORD.test(t.text) &&
        (t.start === 0 || BEFORE_WORD.test(clause.charAt(t.start - 1))) &&
        (t.end === clause.length || AFTER_WORD.test(clause.charAt(t.end)) || POSSESSIVE.test(clause.slice(t.end))) &&
        !idioms.some((r) => t.start >= r.start && t.end <= r.end),
    );
    // compared in the singular: the light stemmer of coverage (text.ts) reads "devices" as "devic"
    return [...new Set(nouns.filter((t) => contentLemmas(t.text).length > 0).map((t) => singularNoun(t.text)))];
  };
  let out: ClauseNouns = { subject: [], predicate: [] };
  if (from !== undefined) {
    const end = subjectEnd(tagged, clause, idioms);
    const subject = end === undefined ? [] : plain(tagged.slice(0, end));
    const subjectWords = new Set(contentLemmas(clause.slice(0, tagged[from]?.start ?? 0)));
    out = { subject, predicate: plain(tagged.slice(from)).filter((n) => !subjectWords.has(lemma(n))) };
  }
  if (recent.size >= RECENT_MAX) recent.clear();
  recent.set(claim, out);
  return out;
}

/**
 * Where the predicate's words start: after the opening verb of an imperative ("make the account a member of
 * …"), at the word after the first verb after the subject, or, where the tagger finds no verb (it reads "the
 * platform issues a token" as three nouns), after the subject's first run of nouns. Undefined when there is
 * nothing after it.
 */
function predicateStart(tagged: readonly Tagged[]): number | undefined {
  if (VERB_TAGS.has(tagged[0]?.pos ?? '')) return 1;
  const verb = tagged.findIndex((t, i) => i > 0 && VERB_TAGS.has(t.pos));
  if (verb > 0) return verb + 1;
  const first = tagged.findIndex((t) => NOUN_RUN_TAGS.has(t.pos));
  if (first < 0) return undefined;
  let end = first;
  while (end < tagged.length && NOUN_RUN_TAGS.has(tagged[end]?.pos ?? '')) end++;
  return end < tagged.length ? end : undefined;
}

/**
 * Where the subject ends: the clause opens with a noun phrase (words joined by hyphens, and capitalised words, count as its words) and a verb
 * follows it at once. Undefined otherwise: an imperative, or a parse the tagger got wrong ("MSAL.js applications
 * call X first and fall back …", where "call" and "fall" read as nouns and the first verb is "fails"), where the
 * subject rule had better say nothing.
 */
function subjectEnd(tagged: readonly Tagged[], clause: string, idioms: readonly { start: number; end: number }[]): number | undefined {
  if (IMPERATIVES.has(tagged[0]?.text.toLowerCase() ?? '')) return undefined;
  // an interjected adverbial and its commas ("A GitHub Actions workflow, for example, can use …") stand aside
  const aside = (t: Tagged): boolean => idioms.some((r) => t.start >= r.start - 2 && t.end <= r.end + 1) && (t.text === COMMA || idioms.some((r) => t.start >= r.start && t.end <= r.end));
  let i = 0;
  for (; i < tagged.length; i++) {
    const t = tagged[i];
    if (!t) break;
    const hyphenated = i > 0 && (t.text === '-' || clause.charAt(t.start - 1) === '-');
    const joining = i > 0 && (t.pos === PREPOSITION_TAG || t.pos === CONJUNCTION_TAG);
    // a capitalised word is a word of a name, whatever its tag ("The What If tool")
    if (!NOUN_PHRASE_TAGS.has(t.pos) && !joining && !hyphenated && !isAsciiUpper(t.text.charCodeAt(0)) && !(i > 0 && aside(t))) break;
  }
  return i > 0 && VERB_TAGS.has(tagged[i]?.pos ?? '') ? i : undefined;
}

/** Of `want`, the nouns the sentence does not have, in the singular or as the coverage stemmer reads them. */
export function unstated(want: readonly string[], sentence: string): string[] {
  if (want.length === 0) return [];
  const have = new Set(tokens(sentence).flatMap((w) => [singularNoun(w), lemma(w)]));
  return want.filter((n) => !have.has(n) && !have.has(lemma(n)));
}
