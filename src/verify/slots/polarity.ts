import { RELATIVE_PRONOUNS } from '../../lang/relative-pronouns.js';
import { CONDITION_CUES, CONTRAST_CUES, DENYING_PREPOSITIONS, EXCEPTION_CUES, NEGATION_CUES, NEGATION_FILLER, NOT_A_VERB, OPEN_POLARITY_CUES } from '../../lang/negation-cues.js';
import { OPTIONAL_CUES, PARTIAL_QUANTIFIERS, REQUIRED_CUES, RESTRICTIVE_ONLY, STRONG_MODALS, UNIVERSAL_QUANTIFIERS, WEAK_MODALS } from '../../lang/modality-cues.js';
import { CLAUSE_BREAK_WORDS, CONTRAST_BREAK_WORD } from '../../lang/clause-breaks.js';
import { PREVENTIVE_VERBS } from '../../lang/preventive-verbs.js';
import { isLyAdverb } from '../../lang/adverbs.js';
import { CATENATIVES } from '../../lang/catenatives.js';
import { INTERJECTED_ADVERBIALS } from '../../lang/interjected-adverbials.js';
import { alternation } from '../../lang/words.js';
import { ARTICLES } from '../../lang/articles.js';
import { contentLemmas, lemma, tokens } from '../text.js';
import { THRESHOLDS } from '../thresholds.js';
import { AGREE, alternatives, conflict, silent, type SlotRule } from './types.js';
import { predicateLemmas } from './clause.js';
import { unstatedNouns } from './object.js';

const NEGATION = new RegExp(`\\b(?:${alternatives(NEGATION_CUES, false)})\\s+((?:[\\w-]+\\s+){0,3}[\\w-]+)`, 'gi');
/** A negated copula ("is not a random value", "aren't on their way out") negates the predicate after it. */
const COPULA_BEFORE = /\b(?:is|are|was|were|be|isn[’']t|aren[’']t|wasn[’']t|weren[’']t)\s*$/i;
const COPULA_CUE = /^(?:isn|aren|wasn|weren)/i;
const FIGURE = /^\d[\d.,]*$/;
/** "lets you configure", "used to manage": the word between a stop-listed verb and the verb it governs. */
const LINK_TO_VERB = new Set(['to', 'you', 'them', 'us', 'it']);
const CONTRAST = new RegExp(`\\b(?:${alternatives(CONTRAST_CUES)})\\s+((?:[\\w-]+\\s+){0,2}[\\w-]+)`, 'gi');
const CONDITION = new RegExp(`\\b(?:${alternatives(CONDITION_CUES)})\\b`, 'i');
/** Link brackets and emphasis: "has not [migrated]", "isn't **enforced**". */
const MARKUP = /[[\]*_`]/g;
const NOT_A_VERB_WORDS = new Set(NOT_A_VERB);
const CATENATIVE = new Set(CATENATIVES);
/** "cannot, however, create": an adverbial set off by commas between a negation and its verb. */
const INTERJECTION = new RegExp(`,\\s*(?:${alternation(INTERJECTED_ADVERBIALS)})\\s*,`, 'gi');
const FILLER = new Set(NEGATION_FILLER);
/** "no longer" negates; a bare "no" leaves the words after it open. */
const OPEN = new RegExp(`\\b(?:${alternatives(OPEN_POLARITY_CUES)})(?!\\s+longer)\\s+((?:[\\w-]+\\s+){0,3}[\\w-]+)`, 'gi');
/** A capitalised "Not" inside a sentence names a value ("switch it to Not compliant"). */
const CAPITAL_START = /^[A-Z]/;
/** "**Not compliant**", "Not Compliant": a value name wherever it stands. */
const VALUE_NAME = /^\*{1,2}Not\b|^Not\s+[A-Z]/;
const EXCEPTION = new RegExp(`\\b(?:${alternatives(EXCEPTION_CUES)})\\s+((?:[\\w"“”'-]+\\s+){0,7}[\\w"“”'-]+)`, 'gi');
/** "prevents the last account from being deleted": the verb after "from" is negated (at most six words between). */
const PREVENTED = new RegExp(`\\b(?:${alternatives(PREVENTIVE_VERBS)})\\s+(?:[\\w'’-]+\\s+){0,6}?from\\s+(?:being\\s+|getting\\s+)?([\\w-]+)`, 'gi');
/** "with no dependency", "notice no difference": the noun a bare "no" denies (not "no longer"). */
const DENYING_NO = /\bno\s+(?!longer\b)([\w-]+)/gi;
/** "without the user signing in": the (up to four) words a denying preposition governs. */
const DENIED_ACT = new RegExp(`\\b(?:${alternation(DENYING_PREPOSITIONS)})\\s+((?:[\\w-]+\\s+){0,3}[\\w-]+)`, 'gi');
/**
 * A denying preposition after a verb in mid-sentence, then the thing it denies ("can be used without Conditional
 * Access" denies Conditional Access): not at the start of a sentence or a clause, where "Without the ID token, …"
 * opens a condition (group 1: the words after its determiner).
 */
const DENIED_THING = new RegExp(`(?<=[a-z]\\s)(?:${alternation(DENYING_PREPOSITIONS)})\\s+(?:(?:${alternation([...ARTICLES, 'any'])})\\s+)?([\\w-]+)`, 'g');
/** A gerund ("signing", "requiring"): in the words after "without", the act it denies. */
const GERUND = /^[a-z]{2,}ing$/i;
/** What stands before a value name's "**Not" or "Not". */
const BEFORE_VALUE_NAME = /^[^*N]*/;
const WHITESPACE = /\s+/;
const LETTERS_ONLY = /^[a-z]+$/i;
const SENTENCE_END_BEFORE = /[.!?:*]\s*$/;

/**
 * The verbs (and adjectives) a negation governs: the first word after "not", "doesn't", "never" (past "be",
 * "always", "yet"), when it is a verb at all; an elliptical "…, but not for X" negates no verb.
 */
export function negated(raw: string, re: RegExp = NEGATION, loose?: Set<string>): Set<string> {
  const out = new Set<string>();
  const text = raw.replace(MARKUP, (c, i: number) => (c === '*' && raw.slice(i, i + 5) === '**Not' ? c : '')).replace(INTERJECTION, ' ');
  for (const m of text.matchAll(re)) {
    if (CAPITAL_START.test(m[0]) && m.index > 0 && !SENTENCE_END_BEFORE.test(text.slice(0, m.index))) continue;
    if (VALUE_NAME.test(text.slice(Math.max(0, m.index - 2)).replace(BEFORE_VALUE_NAME, '')) || VALUE_NAME.test(m[0])) continue;
    const words = (m[1] ?? '').split(WHITESPACE).filter((w) => !isLyAdverb(w) && !FILLER.has(w.toLowerCase()));
    const first = words[0];
    if (first === undefined) continue;
    const copula = COPULA_BEFORE.test(text.slice(0, m.index)) || COPULA_CUE.test(m[0]);
    if (NOT_A_VERB_WORDS.has(first.toLowerCase()) || FIGURE.test(first)) {
      // "is not a random value", "is not 1000", "is not on its way out": the predicate's first content word or figure
      if (!copula) continue;
      const predicate = words.slice(1).find((w) => FIGURE.test(w) || contentLemmas(w).length > 0);
      const target = FIGURE.test(first) ? first : predicate;
      const t = target === undefined ? undefined : FIGURE.test(target) ? `#${target}` : contentLemmas(target)[0];
      if (t !== undefined) {
        out.add(t);
        loose?.add(t);
      }
      continue;
    }
    const l = contentLemmas(first)[0];
    if (l !== undefined) {
      out.add(l);
      // "aren't able to use": the verb after the catenative's "to" is negated too
      const governed = CATENATIVE.has(first.toLowerCase()) && words[1]?.toLowerCase() === 'to' ? words[2] : undefined;
      const verb = governed === undefined ? undefined : (contentLemmas(governed)[0] ?? lemma(governed));
      if (verb !== undefined) out.add(verb);
      continue;
    }
    // a stop-listed verb ("no longer lets you configure", "can no longer be used to manage") negates the verb it
    // governs as well
    if (!LETTERS_ONLY.test(first)) continue;
    out.add(lemma(first));
    loose?.add(lemma(first));
    const next = LINK_TO_VERB.has((words[1] ?? '').toLowerCase()) ? contentLemmas(words[2] ?? '')[0] : undefined;
    if (next !== undefined) out.add(next);
  }
  return out;
}

/**
 * Every word a negation takes in, not only the verb it governs: "aren't using CAE-capable clients" reaches
 * "CAE-capable". A side whose negation reaches a word does not affirm it, though it negates another word first.
 */
function negationReach(raw: string): Set<string> {
  const out = new Set<string>();
  for (const m of raw.replace(MARKUP, '').matchAll(NEGATION)) for (const l of contentLemmas(m[1] ?? '')) out.add(l);
  return out;
}

/** The verbs a preventive verb negates: "keeps users from signing in" → sign. */
export function prevented(raw: string): Set<string> {
  const out = new Set<string>();
  for (const m of raw.replace(MARKUP, '').matchAll(PREVENTED)) for (const l of contentLemmas(m[1] ?? '').slice(0, 1)) out.add(l);
  return out;
}

/** Where a compound sentence breaks into clauses that can differ in polarity: ", but", "; ". */
const CLAUSE_BREAK = new RegExp(`,\\s*${CONTRAST_BREAK_WORD}\\s+|;\\s+`, 'i');

/**
 * The (stemmed) words a sentence negates in every clause that has them: "prevents the account from being
 * deleted, but doesn't prevent it from being disabled on-premises" affirms "prevent" in one clause and
 * negates it in the other, so it negates neither "prevent" outright.
 */
function negatedThroughout(sentence: string): Set<string> {
  const clauses = sentence.split(CLAUSE_BREAK);
  const neg = clauses.map(stemmedNegations);
  const all = new Set(neg.flatMap((n) => [...n]));
  return new Set([...all].filter((w) => clauses.every((c, i) => neg[i]?.has(w) || !stems(contentLemmas(c)).has(w))));
}

/** Where a sentence's clauses part, relative and consequence clauses included: ", but", ", which", ", so", "; ". */
const ANY_CLAUSE_BREAK = new RegExp(`,\\s*(?:${alternatives(CLAUSE_BREAK_WORDS)})\\s+|\\s+${CONTRAST_BREAK_WORD}\\s+|;\\s+|\\s+\\(`, 'i');

/**
 * A relative clause with no comma before it ("legacy protocols that don't support MFA"): it says which things the
 * noun before it names, not what the sentence states of them.
 */
const RELATIVE_BREAK = new RegExp(`\\s+(?:${alternatives(RELATIVE_PRONOUNS)})\\s+`, 'i');

/** The clause of a sentence that has most of the claim's lemmas: the one that states it (`relative`: a bare relative clause parts too). */
function statingClause(sentence: string, lemmas: readonly string[], relative = false): string {
  const clauses = sentence.split(ANY_CLAUSE_BREAK).flatMap((c) => (relative ? c.split(RELATIVE_BREAK) : [c]));
  const score = (c: string): number => {
    const present = stems(contentLemmas(c));
    return lemmas.filter((l) => present.has(l)).length;
  };
  return clauses.reduce((best, c) => (score(c) > score(best) ? c : best), clauses[0] ?? sentence);
}

const stemmedNegations = (text: string): Set<string> => stems([...negated(text), ...negated(text, CONTRAST), ...prevented(text)]);

/** Words whose polarity the clause leaves open: "until the user finishes" means the user has not finished yet. */
export function openPolarity(raw: string): Set<string> {
  const out = new Set<string>();
  const text = raw.replace(MARKUP, '');
  for (const m of text.matchAll(OPEN)) for (const l of contentLemmas(m[1] ?? '')) out.add(l);
  return out;
}

/** What a text denies: the noun after a bare "no" ("with no dependency"), the act after "without" ("without signing in"). */
function denied(raw: string): Set<string> {
  const out = new Set<string>();
  const text = raw.replace(MARKUP, '');
  for (const m of text.matchAll(DENYING_NO)) for (const l of contentLemmas(m[1] ?? '').slice(0, 1)) out.add(l);
  // "without the user signing in" denies the signing in; a bare noun after it ("Without the ID token, users
  // can't …") often opens a condition, not a denial, and is left alone
  for (const m of text.matchAll(DENIED_ACT)) {
    const act = (m[1] ?? '').split(WHITESPACE).find((w) => GERUND.test(w));
    if (act !== undefined) for (const l of contentLemmas(act).slice(0, 1)) out.add(l);
  }
  for (const m of text.matchAll(DENIED_THING)) if (!GERUND.test(m[1] ?? '')) for (const l of contentLemmas(m[1] ?? '').slice(0, 1)) out.add(l);
  return out;
}

/**
 * A noun one side denies with "no" and the other names with no negation anywhere in its sentence: "with no
 * dependency" against "with a dependency". Weak: it blocks support but never contradicts.
 */
function deniedOnOneSide(claim: string, sentence: string, shared: readonly string[]): string | undefined {
  const mine = stems(denied(claim));
  const theirs = stems(denied(sentence));
  const plain = (text: string): boolean => negated(text).size === 0 && negated(text, CONTRAST).size === 0 && prevented(text).size === 0;
  return shared.find((w) => (mine.has(w) && !theirs.has(w) && plain(sentence)) || (theirs.has(w) && !mine.has(w) && plain(claim)));
}

/** The light lemma with a final "e" dropped, so that "enable" and "enabled" (lemma "enabl") meet. */
const FINAL_E = /e$/;
const stem = (l: string): string => l.replace(FINAL_E, '');
const stems = (ls: Iterable<string>): Set<string> => new Set([...ls].map(stem));

/** A word as written, its case kept. */
const CASED_WORD = /[\p{L}\p{N}]+/gu;
const LOWER_START = /^\p{Ll}/u;

/**
 * Whether a text says a word plainly, in lower case or as its first word: "access" in "Conditional Access" is a word of a name, and
 * the page that names the product affirms nothing about access ("block devices from accessing Exchange Online"
 * is no claim that the page denies).
 */
function saysPlainly(text: string, word: string): boolean {
  let first = true;
  for (const m of text.matchAll(CASED_WORD)) {
    // the first word is capitalised as any sentence's is
    if ((first || LOWER_START.test(m[0])) && stem(lemma(m[0])) === word) return true;
    first = false;
  }
  return false;
}

const has = (text: string, cues: readonly string[]): boolean => {
  const t = ` ${tokens(text).join(' ')} `;
  return cues.some((c) => t.includes(` ${c} `));
};

/** The content lemmas a sentence excepts ("… except for items in the User Actions scope" → item, user, action, scope). */
function excepted(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(EXCEPTION)) for (const l of contentLemmas(m[1] ?? '')) out.add(l);
  return out;
}

/** How many words after a light verb its object may start within ("use the Microsoft Entra portal"). */
const OBJECT_REACH = 3;

/** The content lemmas of the few words after the first use of a (stemmed) light verb in a text. */
function afterVerb(text: string, verb: string): string[] {
  const ts = tokens(text);
  const i = ts.findIndex((t) => stem(lemma(t)) === verb);
  return i < 0 ? [] : contentLemmas(ts.slice(i + 1, i + 1 + OBJECT_REACH).join(' '));
}

/** The claim's first content word after the light verb stands after it in the sentence too. */
function sameObject(claim: string, sentence: string, verb: string): boolean {
  const object = afterVerb(claim, verb)[0];
  return object !== undefined && afterVerb(sentence, verb).includes(object);
}

/**
 * Polarity and modality: a word both sides share is negated on one side only ("can" → "cannot", "are not
 * free"); a claim's negation the sentence does not state; "required" against "optional". A sentence that
 * excepts the claim's case ("… except for X") agrees with a claim that negates it for X.
 */
export const polarity: SlotRule = {
  id: 'polarity',
  description: 'negation (not, never, cannot, no longer, rather than) and modality (required vs optional) agree',
  silenceBlocks: true,
  canRefute: true,
  reverses: true,
  examples: [
    { claim: 'Users cannot register security keys from the My Security Info page.', passage: 'Users can register security keys from the My Security Info page.', expect: 'conflict' },
    // a negation in a relative clause says which protocols, and denies nothing the claim says
    {
      claim: 'Legacy authentication protocols are blocked.',
      passage: 'Microsoft recommends that organizations block authentication requests using legacy protocols that don’t support multifactor authentication.',
      expect: 'agree',
    },
    { claim: 'Legacy authentication protocols are blocked.', passage: 'Legacy authentication protocols are not blocked in these tenants.', expect: 'conflict' },
    // "Access" in a product's name affirms nothing about access
    {
      claim: 'Conditional Access can block noncompliant devices from accessing Exchange Online.',
      passage: 'The following steps help you create a Conditional Access policy to require token protection for Exchange Online.',
      expect: 'agree',
    },
    { claim: 'Users can register security keys from the My Security Info page.', passage: 'Users can register security keys from the My Security Info page.', expect: 'agree' },
    {
      claim: 'Policies in report-only mode are evaluated at sign-in and their grant controls are enforced.',
      passage: 'Policies in report-only mode are evaluated at sign-in but their grant controls are not enforced.',
      expect: 'conflict',
    },
    { claim: 'Guest accounts are not free for the first 50,000 monthly active users.', passage: 'Guest accounts are free for the first 50,000 monthly active users.', expect: 'conflict' },
    { claim: 'The legacy endpoint no longer issues tokens for new applications.', passage: 'The legacy endpoint issues tokens for new applications.', expect: 'conflict' },
    // a sentence that negates something else and lacks what the claim says the subject is for does not negate it
    {
      claim: 'Microsoft Entra ID is used for device communication.',
      passage: 'Deleting a registered device in Microsoft Entra ID does not remove the registration on the client device.',
      expect: 'agree',
    },
    {
      claim: 'Microsoft Entra ID is used for device registration.',
      passage: 'A registered device in Microsoft Entra ID is not used for device registration on the client.',
      expect: 'conflict',
    },
    {
      claim: 'Policies whose scope is User Actions can’t be evaluated in report-only mode.',
      passage: 'Policies can be evaluated in report-only mode except for items included in the User Actions scope.',
      expect: 'agree',
    },
    {
      claim: 'Policies whose scope is User Actions can be evaluated in report-only mode.',
      passage: 'Policies can be evaluated in report-only mode except for items included in the User Actions scope.',
      expect: 'conflict',
    },
    {
      claim: 'Sign-ins that are identical except for their time and date are not aggregated into a single row.',
      passage: 'Sign-ins that are identical except for time and date are aggregated into a single row.',
      expect: 'conflict',
    },
    { claim: 'The assignment should be active and permanent, not eligible.', passage: 'You should make the assignment active permanent rather than eligible.', expect: 'agree' },
    { claim: 'Devices with no policy are marked compliant.', passage: '**Not compliant**: devices with no policy are marked compliant only when the setting allows it.', expect: 'agree' },
    { claim: 'Administrators must require users to enter a justification on activation.', passage: 'Administrators can require users to enter a justification on activation.', expect: 'conflict' },
    {
      claim: 'Report-only mode lets administrators try out all Conditional Access policies.',
      passage: 'Report-only mode lets administrators try out most Conditional Access policies.',
      expect: 'conflict',
    },
    { claim: 'Activation can only be requested through the Microsoft Graph API.', passage: 'Activation can be requested through the portal or the Microsoft Graph API.', expect: 'silent' },
    { claim: 'The default lifetime is not a random value between 60 and 90 minutes.', passage: 'The default lifetime is a random value between 60 and 90 minutes.', expect: 'conflict' },
    { claim: 'The default refresh token lifetime is not 24 hours for single-page apps.', passage: 'The default refresh token lifetime is 24 hours for single-page apps.', expect: 'silent' },
    { claim: 'Report-only mode doesn’t let administrators try out policies.', passage: 'Report-only mode lets administrators try out policies.', expect: 'silent' },
    { claim: 'TAP is not enabled in the Authentication methods policy.', passage: 'TAP is enabled in the Authentication methods policy, but users cannot register it yet.', expect: 'conflict' },
    { claim: 'Guests with a personal Microsoft account can’t use SSPR at all.', passage: 'Self-service password reset isn’t available to guests with a personal Microsoft account.', expect: 'agree' },
    { claim: 'Microsoft recommends using MSAL instead of coding against the protocol.', passage: 'Microsoft recommends using MSAL with the protocol.', expect: 'agree' },
    {
      claim: 'If you have not migrated to the new policy, the code is the only method.',
      passage: 'If an organization has not [migrated] to the new policy, the code is the only method.',
      expect: 'agree',
    },
    { claim: 'The legacy endpoint is not supported for new applications.', passage: 'New applications use the current endpoint.', expect: 'silent' },
    { claim: 'Registering a phone number is required for every user.', passage: 'Registering a phone number is optional for every user.', expect: 'conflict' },
    { claim: 'Policies are evaluated at sign-in.', passage: 'Policies are evaluated at sign-in but not enforced.', expect: 'agree' },
    { claim: 'Users can sign in until the password expires.', passage: 'Users can sign in; the password does not expire until 90 days pass.', expect: 'agree' },
    { claim: 'The service lets the last owner of a group be removed.', passage: 'The service prevents the last owner of a group from being removed.', expect: 'conflict' },
    {
      claim: 'The service prevents the last owner of a group from being removed.',
      passage: 'The service prevents the last owner of a group from being removed, but it does not prevent the owner from being disabled on-premises.',
      expect: 'agree',
    },
    { claim: 'Guest tokens can be used with the reporting API.', passage: 'The reporting API does not accept guest tokens.', expect: 'conflict' },
    { claim: 'Guest tokens can be used with the reporting API.', passage: 'Guest tokens can be used with the reporting API, which does not cache them.', expect: 'agree' },
    { claim: 'The kiosk setting doesn’t apply to shared Android devices.', passage: 'The kiosk setting applies only to shared Android devices.', expect: 'conflict' },
    { claim: 'You cannot, however, export the audit report as a file.', passage: 'You can export the audit report as a file.', expect: 'conflict' },
    { claim: 'Guest users can open the reporting portal from the admin center.', passage: 'Guest users aren’t able to open the reporting portal from the admin center.', expect: 'conflict' },
    { claim: 'Guest users can use the reporting portal from the admin center.', passage: 'Guest users aren’t able to use the reporting portal from the admin center.', expect: 'conflict' },
    { claim: 'Guest users can’t use the reporting portal from the admin center.', passage: 'Guest users aren’t able to use the reporting portal from the admin center.', expect: 'agree' },
    {
      claim: 'The staging tenant and the production tenant run with a dependency between them.',
      passage: 'The staging tenant and the production tenant run with no dependency between them.',
      expect: 'conflict',
    },
    {
      claim: 'The staging tenant and the production tenant run with no dependency between them.',
      passage: 'The staging tenant and the production tenant run with no dependency between them.',
      expect: 'agree',
    },
    // a claim of three words or fewer is too thin for another act's negation to contradict it: a weak conflict
    { claim: 'The user has to sign in again.', passage: 'The user doesn’t have to consent again on future sign-ins to the widget.', expect: 'conflict' },
    // "without" after a verb denies the thing it names
    { claim: 'Widget policies can be used without the relay service.', passage: 'The table shows how widget policies are used with the relay service.', expect: 'conflict' },
    { claim: 'Widget policies can be used without the relay service.', passage: 'Widget policies can be used without the relay service in every tenant.', expect: 'agree' },
    {
      claim: 'The classic relay tables are on their way out.',
      passage: 'From next spring, routes can’t be edited in the classic relay tables.',
      expect: 'agree',
    },
    {
      claim: 'Routes can be edited in the classic relay tables.',
      passage: 'From next spring, routes can’t be edited in the classic relay tables.',
      expect: 'conflict',
    },
    // a negation that reaches a word denies it, though it governs another verb first
    {
      claim: 'If your devices aren’t CAE-capable, the default session lifetime stays one hour.',
      passage: 'If you aren’t using CAE-capable devices, your default session lifetime remains one hour.',
      expect: 'agree',
    },
    {
      claim: 'If your devices aren’t CAE-capable, the default session lifetime stays one hour.',
      passage: 'If you aren’t using the older kiosk devices that are CAE-capable, your default session lifetime remains one hour.',
      expect: 'conflict',
    },
    {
      claim: 'The kiosk app renews its session silently, with the user signing in again.',
      passage: 'The kiosk app renews its session silently, without the user signing in again.',
      expect: 'conflict',
    },
    {
      claim: 'The kiosk app renews its session silently, without the user signing in again.',
      passage: 'The kiosk app renews its session silently, without the user signing in again.',
      expect: 'agree',
    },
  ],
  compare(claim, sentence) {
    const lemmas = contentLemmas(claim).map(stem);
    const present = new Set(contentLemmas(sentence).map(stem));
    const shared = lemmas.filter((l) => present.has(l));
    // "rather than X" sets X aside: a negation of X when comparing, though the claim need not be matched word for word
    const claimNeg = stems([...negated(claim), ...negated(claim, CONTRAST), ...prevented(claim)]);
    const sentNeg = negatedThroughout(sentence);
    const looseRaw = new Set<string>();
    const claimNot = stems(negated(claim, NEGATION, looseRaw));
    const loose = stems(looseRaw);
    // a negation in an "if" or "so that" clause is not a plain statement of the page or of the claim
    const weak = CONDITION.test(claim) || CONDITION.test(sentence);
    const open = stems([...openPolarity(claim), ...openPolarity(sentence)]);
    let reaches: [Set<string>, Set<string>] | undefined;
    const reach = (): [Set<string>, Set<string>] => (reaches ??= [stems(negationReach(claim)), stems(negationReach(sentence))]);
    const claimReach = (): Set<string> => reach()[0];
    const sentReach = (): Set<string> => reach()[1];
    const except = stems(excepted(sentence));
    // the claim is about the excepted case only through words outside its own "except for …" (a claim that
    // repeats the page's exception and negates the rest says the opposite of the page)
    const ownException = stems(excepted(claim));
    const aboutException = lemmas.filter((l) => except.has(l) && !ownException.has(l)).length >= THRESHOLDS.anchorLemmas;
    // a claim that affirms for the excepted case what the sentence affirms for all others says the opposite of it
    if (aboutException && claimNeg.size === 0 && sentNeg.size === 0 && shared.length >= THRESHOLDS.anchorLemmas + 1) {
      const word = lemmas.find((l) => except.has(l) && !ownException.has(l)) ?? '';
      return { ...conflict(`the page excepts the case of "${word}", which the claim affirms`), about: word };
    }
    if (shared.length >= THRESHOLDS.anchorLemmas + 1) {
      // a claim that negates what the sentence affirms with an exception, about the excepted case, agrees with it
      // a claim that negates a light verb ("won't let the account be deleted") may negate the word the page negates
      // a stop-listed verb both sides use counts too ("can use SSPR" against "aren't able to use SSPR")
      // when the two name the same thing after it ("use Entra SSPR", "use Microsoft Entra SSPR"): a light verb
      // alone is too common to mean the same act ("can be used to sign in", "it wasn't used yet")
      const unshared = [...sentNeg, ...claimNeg].filter((w) => !shared.includes(w));
      const claimWords = unshared.length > 0 ? stems(tokens(claim).map(lemma)) : undefined;
      const sentenceWords = unshared.length > 0 ? stems(tokens(sentence).map(lemma)) : undefined;
      const light = unshared.filter((w) => claimWords?.has(w) && sentenceWords?.has(w) && sameObject(claim, sentence, w));
      const flipped = [...shared, ...light].find(
        (w) =>
          !open.has(w) &&
          sentNeg.has(w) !== claimNeg.has(w) &&
          // "your clients aren't CAE-capable" against "you aren't using CAE-capable clients": both deny it
          !(sentNeg.has(w) ? claimReach().has(w) : sentReach().has(w)) &&
          !(aboutException && claimNeg.has(w)) &&
          !(sentNeg.has(w) && loose.size > 0) &&
          // where the negated word is a plain word, the side that affirms it must say it too, not only name something
          // with it ("accessing" against "Conditional Access"); a name negated on one side ("not an Azure
          // requirement") is compared as a name
          (sentNeg.has(w) ? saysPlainly(claim, w) || !saysPlainly(sentence, w) : saysPlainly(sentence, w) || !saysPlainly(claim, w)),
      );
      if (flipped !== undefined) {
        // a light verb as the claim writes it ("use", whose stem is "us")
        const shown = light.includes(flipped) ? (tokens(claim).find((t) => stem(lemma(t)) === flipped) ?? flipped) : flipped;
        return {
          ...conflict(`the page ${sentNeg.has(flipped) ? 'negates' : 'affirms'} "${shown}", the claim ${claimNeg.has(flipped) ? 'negates' : 'affirms'} it`),
          about: flipped,
          ...(weak ? { weak } : {}),
        };
      }
    }
    const deniedWord = shared.length >= THRESHOLDS.anchorLemmas + 1 ? deniedOnOneSide(claim, sentence, shared) : undefined;
    if (deniedWord !== undefined) return { ...conflict(`one side says "no ${deniedWord}", the other names it`), about: deniedWord, weak: true };
    // the sentence that states nearly all of the claim negates a word the claim does not use, and the claim
    // negates nothing: "the flow does not support tokens issued by X" against "tokens issued by X can be
    // used in the flow"
    const nearly = Math.max(THRESHOLDS.anchorLemmas + 1, Math.ceil(lemmas.length * THRESHOLDS.negatedStatementShare));
    // the shared words must reach past the claim's subject into what it says: a sentence that negates something
    // else about the same subject ("methods can't be managed in the legacy policies") does not negate a claim
    // whose predicate it lacks ("the legacy policies are on their way out")
    const predicate = predicateLemmas(claim)?.map(stem);
    // and it must name what the claim says its subject does or is for (slots/object.ts): "does not remove
    // registration on the client" says nothing of "used for device communication"
    const aboutPredicate = (predicate === undefined || predicate.some((l) => present.has(l))) && unstatedNouns(claim, sentence).length === 0;
    if (!weak && claimNeg.size === 0 && shared.length >= nearly && aboutPredicate) {
      const own = new Set(lemmas);
      // a negation in a relative clause ("protocols that don't support MFA") names which things, and is no denial
      const other = [...stemmedNegations(statingClause(sentence, lemmas, true))].find((w) => !open.has(w) && !own.has(w) && !except.has(w));
      // a claim of three words or fewer ("the user has to sign in again": user, sign, again) shares them with too
      // many sentences about another act ("don't have to consent again on future sign-ins") for this to contradict it
      const thin = lemmas.length <= THRESHOLDS.minContentLemmas;
      if (other !== undefined) return { ...conflict(`the page says "not ${other}" in the sentence that states the claim; the claim negates nothing`), about: other, ...(thin ? { weak: true } : {}) };
    }
    // a claim's negation is stated when the sentence negates the same word, or, for a stop-listed verb or a
    // copula's predicate that say little ("can't use SSPR", "are not an either-or choice"), when the sentence
    // negates anything ("SSPR isn't available", "aren't mutually exclusive")
    const unstated = aboutException ? undefined : [...claimNot].find((w) => !open.has(w) && !sentNeg.has(w) && !(loose.has(w) && sentNeg.size > 0) && !sentReach().has(w));
    if (unstated !== undefined) return silent(`the page does not say "not ${unstated}"`);
    if (has(claim, REQUIRED_CUES) && has(sentence, OPTIONAL_CUES) && !has(sentence, REQUIRED_CUES)) return conflict('the page says optional, the claim says required');
    if (has(claim, OPTIONAL_CUES) && has(sentence, REQUIRED_CUES) && !has(sentence, OPTIONAL_CUES)) return conflict('the page says required, the claim says optional');
    // modality and quantifiers are weak: a paraphrase moves them more often than a distortion does
    if (shared.length >= THRESHOLDS.anchorLemmas + 1) {
      if (has(claim, STRONG_MODALS) && has(sentence, WEAK_MODALS) && !has(sentence, STRONG_MODALS)) return { ...conflict('the page says "can", the claim says "must"'), weak: true };
      if (has(claim, UNIVERSAL_QUANTIFIERS) && has(sentence, PARTIAL_QUANTIFIERS) && !has(sentence, UNIVERSAL_QUANTIFIERS))
        return { ...conflict('the page says some or most, the claim says all'), weak: true };
      if (has(claim, PARTIAL_QUANTIFIERS) && has(sentence, UNIVERSAL_QUANTIFIERS) && !has(sentence, PARTIAL_QUANTIFIERS))
        return { ...conflict('the page says all, the claim says some or most'), weak: true };
    }
    if (has(claim, STRONG_MODALS) && !has(sentence, STRONG_MODALS) && !has(sentence, REQUIRED_CUES)) return silent('the page does not say "must"');
    if (has(claim, RESTRICTIVE_ONLY) && !has(sentence, ['only', 'exclusively', 'solely'])) return silent('the page does not say "only"');
    return AGREE;
  },
};
