import { ACTORS, ACTORS_TO_STATE, NOT_A_SUBJECT_START } from '../../lang/actor-words.js';
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

const mentionsActor = (text: string, actor: string): boolean => tokens(text).some((w) => actorWord(w) === actor);
/** Every actor a text names, wherever. */
const actorsIn = (text: string): Set<string> =>
  new Set(
    tokens(text)
      .map(actorWord)
      .filter((a): a is string => a !== undefined),
  );

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
  ],
  compare(claim, sentence) {
    // an actor the claim names that the sentence replaces by another ("devices redeem the pass" / "users redeem the pass")
    const named = actorsIn(claim);
    const theirsAll = actorsIn(sentence);
    const gone = [...named].filter((a) => !theirsAll.has(a));
    const instead = [...theirsAll].filter((a) => !named.has(a));
    if (gone.length > 0 && instead.length > 0 && gone.length === named.size) return conflict(`the page names the ${instead.join(' / ')}, the claim the ${gone.join(' / ')}`);
    // an actor the claim's main clause names that the sentence does not name at all: the sentence says
    // nothing of who does it, so it cannot support the claim (though imperative docs do not contradict it)
    const absent = [...actorsIn(mainClause(claim))].filter((a) => !theirsAll.has(a));
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
