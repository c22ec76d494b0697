import { ADVERBIAL_IDIOMS } from '../../lang/adverbial-idioms.js';
import { EXAMPLE_MARKERS } from '../../lang/example-markers.js';
import { INTERJECTED_ADVERBIALS } from '../../lang/interjected-adverbials.js';
import { tag, type Tagged } from '../../lang/nlp.js';
import { UI_ELEMENT_NOUNS } from '../../lang/ui-element-nouns.js';
import { VERB_PARTICLES } from '../../lang/verb-particles.js';
import { singularNoun } from '../../lang/inflection.js';
import { contentLemmas, lemma, tokens } from '../text.js';
import { THRESHOLDS } from '../thresholds.js';
import { mainClause } from './clause.js';
import { AGREE, alternatives, silent, type SlotRule } from './types.js';

/** A set phrase whose noun is no object ("for example", "by hand"). */
const IDIOM = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives([...ADVERBIAL_IDIOMS, ...EXAMPLE_MARKERS, ...INTERJECTED_ADVERBIALS])})(?![\\p{L}\\p{N}])`, 'giu');
/** What may stand next to a plain word: white space, a quote or a bracket, or closing punctuation after it. */
const BEFORE_WORD = /[\s("“‘]/;
const AFTER_WORD = /[\s)"”’,.;:!?]/;
/** A possessive after a noun ("the condition's IP address"): the noun stands on its own. */
const POSSESSIVE = /^['’]s\b/;
/** A plain lower-case word: code, names and figures are key entities, compared elsewhere. */
const PLAIN_WORD = /^[a-z]+$/;
const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
/** Controls of an interface: a page says "select **Save**", not "the Save button". */
const UI_ELEMENTS: ReadonlySet<string> = new Set(UI_ELEMENT_NOUNS);
const PARTICLES: ReadonlySet<string> = new Set(VERB_PARTICLES);

/** The claim sentences asked about lately: a claim is compared with many sentences, and tagging it is the cost. */
const recent = new Map<string, readonly string[]>();
const RECENT_MAX = 256;

/**
 * The common nouns (in the singular) of what the main clause says about its subject: its words after the verb
 * (predicateStart), tagged NOUN by the wink tagger, each a plain word standing on its own (not a piece of code, a URL or a
 * hyphenated compound), less the nouns of set phrases ("for example", "by hand"), of phrasal verbs the tagger misreads ("sign in"), of
 * controls of an interface ("menu item", src/lang/ui-element-nouns.ts) and the subject's own words.
 */
export function predicateNouns(claim: string): readonly string[] {
  const cached = recent.get(claim);
  if (cached) return cached;
  const clause = mainClause(claim);
  const tagged = tag(clause);
  const from = predicateStart(tagged);
  let out: string[] = [];
  if (from !== undefined) {
    const idioms = [...clause.matchAll(IDIOM)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const subject = new Set(contentLemmas(clause.slice(0, tagged[from]?.start ?? 0)));
    const nouns = tagged.slice(from).filter(
      (t, i, after) =>
        t.pos === 'NOUN' &&
        // a unit after a figure ("24 hours") is the quantity rule's
        (i === 0 || after[i - 1]?.pos !== 'NUM') &&
        // the verb of a phrasal verb the tagger read as a noun ("sign in"), a control of the interface ("menu item")
        !PARTICLES.has(after[i + 1]?.text.toLowerCase() ?? '') &&
        !UI_ELEMENTS.has(singularNoun(t.text)) &&
        PLAIN_WORD.test(t.text) &&
        (t.start === 0 || BEFORE_WORD.test(clause.charAt(t.start - 1))) &&
        (t.end === clause.length || AFTER_WORD.test(clause.charAt(t.end)) || POSSESSIVE.test(clause.slice(t.end))) &&
        !idioms.some((r) => t.start >= r.start && t.end <= r.end),
    );
    // a noun is compared in its singular: the light stemmer of coverage (text.ts) reads "devices" as "devic"
    out = [...new Set(nouns.filter((t) => contentLemmas(t.text).length > 0).map((t) => singularNoun(t.text)))].filter((n) => !subject.has(lemma(n)));
  }
  if (recent.size >= RECENT_MAX) recent.clear();
  recent.set(claim, out);
  return out;
}

/** The claim's predicate nouns that the sentence does not have, in the singular or as the coverage stemmer reads it. */
export function unstatedNouns(claim: string, sentence: string): string[] {
  const want = predicateNouns(claim);
  if (want.length === 0) return [];
  const have = new Set(tokens(sentence).flatMap((w) => [singularNoun(w), lemma(w)]));
  return want.filter((n) => !have.has(n) && !have.has(lemma(n)));
}

/**
 * Where the predicate's words start: after the opening verb of an imperative ("make the account a member of
 * …"), at the first verb after the subject, or, where the tagger finds no verb (it reads "the platform issues a
 * token" as three nouns), after the subject's first run of nouns. Undefined when there is nothing after it.
 */
function predicateStart(tagged: readonly Tagged[]): number | undefined {
  if (VERB_TAGS.has(tagged[0]?.pos ?? '')) return 1;
  const verb = tagged.findIndex((t, i) => i > 0 && VERB_TAGS.has(t.pos));
  if (verb > 0) return verb + 1;
  const first = tagged.findIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (first < 0) return undefined;
  let end = first;
  while (end < tagged.length && (tagged[end]?.pos === 'NOUN' || tagged[end]?.pos === 'PROPN')) end++;
  return end < tagged.length ? end : undefined;
}

export const objectRule: SlotRule = {
  id: 'object',
  description: 'what the claim says its subject does or is for: every common noun of its predicate (its objects, the purpose after "for") must be in the sentence, or in the one after it',
  silenceBlocks: true,
  canRefute: false,
  // the stretch a supporting statement may take (THRESHOLDS.carrierSentences): the sentence and the one after it;
  // four after it let one more object swap through for no original (counterfactual suite, 2026-12-07)
  readsNext: THRESHOLDS.carrierSentences - 1,
  examples: [
    { claim: 'Azure IoT Hub is used for storing secrets.', passage: 'Every IoT hub has an identity registry that stores information about the devices permitted to connect to it.', expect: 'silent' },
    {
      claim: 'Azure IoT Hub is used for device communication.',
      passage: 'IoT Hub is a managed service that acts as a central message hub for communication between an application and its devices.',
      expect: 'agree',
    },
    { claim: 'Admins can revoke a session from the user profile page.', passage: 'Admins can revoke a session from the group settings page.', expect: 'silent' },
    { claim: 'You can, for instance, block the flow for one network location.', passage: 'You can block the flow everywhere except one network location.', expect: 'agree' },
    {
      claim: 'Microsoft recommends the libraries instead of coding against the protocol by hand.',
      passage: 'Microsoft recommends the libraries instead of coding against the protocol.',
      expect: 'agree',
    },
    { claim: 'The grant_type has to be urn:ietf:params:oauth:grant-type:device_code.', passage: 'Required: the grant_type must be urn:ietf:params:oauth:grant-type:device_code.', expect: 'agree' },
  ],
  compare(claim, sentence) {
    const missing = unstatedNouns(claim, sentence);
    return missing.length === 0 ? AGREE : silent(`the page does not say "${missing.join('", "')}"`);
  },
};
