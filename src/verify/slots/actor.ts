import { ACTORS, ACTORS_TO_STATE, AGENT_PREPOSITIONS, NOT_A_SUBJECT_START, POSSESSIVE_DETERMINERS } from '../../lang/actor-words.js';
import { tag, type Tagged } from '../../lang/nlp.js';
import { lemma, tokens } from '../text.js';
import { THRESHOLDS } from '../thresholds.js';
import { mainClause, subjectWords } from './clause.js';
import { AGREE, conflict, silent, type SlotRule } from './types.js';

const BY_LEMMA = new Map(Object.entries(ACTORS).flatMap(([actor, ls]) => ls.map((l) => [l, actor] as const)));
/** A plural "s": "devices" → device (the light lemma leaves "devic"). */
const PLURAL_S = /s$/;
/** The actor a word names: "devices", "apps", "administrators". */
export const actorWord = (w: string): string | undefined => BY_LEMMA.get(w) ?? BY_LEMMA.get(w.replace(PLURAL_S, '')) ?? BY_LEMMA.get(lemma(w));

/** The actor a text's subject names ("MSAL.js applications call …" → application), if any. */
const NOT_SUBJECT = new Set(NOT_A_SUBJECT_START);
const TO_STATE = new Set(ACTORS_TO_STATE);

function actorOf(text: string): string | undefined {
  const words = subjectWords(text, THRESHOLDS.subjectWindowWords);
  if (NOT_SUBJECT.has(words[0] ?? '')) return undefined;
  for (const w of words) {
    const a = actorWord(w);
    if (a) return a;
  }
  return undefined;
}

/** Every actor a text names, wherever (the claim's side: what it says who does). */
const actorsIn = (text: string): Set<string> =>
  new Set(
    tokens(text)
      .map(actorWord)
      .filter((a): a is string => a !== undefined),
  );

const AGENT_PREPOSITION = new Set(AGENT_PREPOSITIONS);
const POSSESSIVE = new Set(POSSESSIVE_DETERMINERS);
/** Words that may stand between a preposition and the noun it governs: "from any device", "on registered devices". */
const MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NUM']);
/** Tags after "actor noun" that make the second noun a misread verb, not a compound: a noun, or an object's start. */
const COMPOUND_BREAKERS = new Set(['NOUN', 'DET', 'PRON']);
/** A participle used as an adjective ("registered", "managed"). */
const PARTICIPLE = /(?:ed|en)$/;

/** Whether the tagged word at `i` is the object of a preposition other than "by" (up to two modifiers between). */
function governedByPreposition(tagged: readonly Tagged[], i: number): boolean {
  for (let j = i - 1, skipped = 0; j >= 0 && skipped <= 2; j--, skipped++) {
    const t = tagged[j];
    if (t === undefined) return false;
    if (t.pos === 'ADP') return !AGENT_PREPOSITION.has(t.lemma);
    const modifier = MODIFIER_TAGS.has(t.pos) || POSSESSIVE.has(t.text.toLowerCase()) || (t.pos === 'VERB' && PARTICIPLE.test(t.text.toLowerCase()));
    if (!modifier) return false;
  }
  return false;
}

/**
 * The actors a text (claim or passage sentence) names as possible doers: not those it names only as the object
 * of a preposition ("register from any device", "issue the pass to their users"), which say where or for whom,
 * nor those that only qualify the next noun ("device setup"), which say what kind.
 */
const doersIn = (text: string): Set<string> => {
  const tagged = tag(text);
  const out = new Set<string>();
  tagged.forEach((t, i) => {
    const a = actorWord(t.text.toLowerCase());
    // "for a user to register": the object of "for" before an infinitive is who registers
    const infinitiveSubject = tagged[i + 1]?.pos === 'PART' && tagged[i + 2]?.pos === 'VERB';
    // "device setup", "user action": an actor word before the noun it qualifies names no doer (a "noun" that an
    // object follows is a verb the tagger misread: "users reset their password")
    const modifier =
      t.pos === 'NOUN' &&
      tagged[i + 1]?.pos === 'NOUN' &&
      !COMPOUND_BREAKERS.has(tagged[i + 2]?.pos ?? '') &&
      actorWord(tagged[i + 1]?.text.toLowerCase() ?? '') === undefined &&
      tagged[i - 1]?.pos !== 'DET';
    if (a !== undefined && !modifier && (infinitiveSubject || !governedByPreposition(tagged, i))) out.add(a);
  });
  return out;
};
const mentionsActor = (text: string, actor: string): boolean => tokens(text).some((w) => actorWord(w) === actor);

/**
 * The actor of the main verb, when both sides state it as their subject: "the library triggers
 * acquireTokenPopup()" against "the application calls acquireTokenPopup"; and a sentence that names none of
 * the claim's actors but another one ("users redeem the pass" for "devices redeem the pass"). A sentence
 * that names none of the actors the claim's main clause names is silent, which blocks support ("devices
 * sign in with it" is not supported by "sign in with it"); it never contradicts: many passages are written
 * in the imperative.
 */
export const actor: SlotRule = {
  id: 'actor',
  description: 'the subject doing the action (application vs library, user vs administrator) is the same',
  silenceBlocks: true,
  canRefute: false,
  examples: [
    {
      claim: 'The library falls back to acquireTokenPopup when silent acquisition fails.',
      passage: 'When silent acquisition fails, the application falls back to acquireTokenPopup.',
      expect: 'conflict',
    },
    {
      claim: 'The application falls back to acquireTokenPopup when silent acquisition fails.',
      passage: 'When silent acquisition fails, the application falls back to acquireTokenPopup.',
      expect: 'agree',
    },
    { claim: 'Users can reset their own password from the sign-in page.', passage: 'Administrators can reset a password from the sign-in page.', expect: 'conflict' },
    { claim: 'Users can reset their own password from the sign-in page.', passage: 'Reset a password from the sign-in page.', expect: 'silent' },
    { claim: 'Users can reset their own password from the sign-in page.', passage: 'Administrators let users reset their own password from the sign-in page.', expect: 'agree' },
    {
      claim: 'When silent acquisition fails, the library triggers acquireTokenPopup.',
      passage: 'The remediation is to call an interactive method such as acquireTokenPopup when silent acquisition fails.',
      expect: 'conflict',
    },
    { claim: 'Devices redeem the pass at the My Security Info page.', passage: 'Users redeem the pass at the My Security Info page.', expect: 'conflict' },
    { claim: 'Besides users and groups, you can assign an app role to a service principal.', passage: 'The application can assign an app role to a service principal.', expect: 'agree' },
    { claim: 'Each device can hold one widget pass at a time.', passage: 'Administrators hand widget passes to their users, who redeem them from any device.', expect: 'conflict' },
    { claim: 'A user can redeem a widget pass at first sign-in.', passage: 'The usual reason to issue a widget pass is for a user to redeem it at first sign-in.', expect: 'agree' },
    {
      claim: 'A device can redeem a widget pass at first sign-in.',
      passage: 'The usual reason to issue a widget pass is for a user to redeem it at first sign-in or device setup.',
      expect: 'conflict',
    },
  ],
  compare(claim, sentence) {
    // an actor the claim names as a doer that the sentence replaces by another ("devices redeem the pass" /
    // "users redeem the pass"); an actor named only after a preposition ("from any device") does nothing
    // (the tagger runs only for a claim that names an actor at all)
    const claimActors = actorsIn(claim);
    const named = claimActors.size > 0 ? doersIn(claim) : claimActors;
    if (named.size > 0) {
      const theirsAll = doersIn(sentence);
      const gone = [...named].filter((a) => !theirsAll.has(a));
      const instead = [...theirsAll].filter((a) => !claimActors.has(a));
      if (gone.length > 0 && instead.length > 0 && gone.length === named.size) return conflict(`the page names the ${instead.join(' / ')}, the claim the ${gone.join(' / ')}`);
    }
    // an actor the claim's main clause names that the sentence does not name at all: the sentence says
    // nothing of who does it, so it cannot support the claim (though imperative docs do not contradict it)
    const mentioned = actorsIn(sentence);
    const absent = [...actorsIn(mainClause(claim))].filter((a) => !mentioned.has(a));
    const unnamed = absent.length > 0 ? silent(`the page does not name the ${absent.join(' / ')}`) : AGREE;
    const mine = actorOf(claim);
    if (mine === undefined) return unnamed;
    const theirs = actorOf(sentence);
    if (theirs === mine) return AGREE;
    if (theirs !== undefined && !mentionsActor(sentence, mine)) return conflict(`the page says the ${theirs} does it, the claim says the ${mine}`);
    if (mentionsActor(sentence, mine)) return unnamed;
    // silence is allowed (imperative documentation), except for an actor that documentation names when it acts
    return TO_STATE.has(mine) ? { ...conflict(`the page does not say the ${mine} does it`), weak: true } : silent(`the page does not say the ${mine} does it`);
  },
};
