import { CERTAIN_MODALS, HEDGED_MODALS, MODAL_FILLER, OPTIONAL_MODALS, REQUIRED_CUES, STRONG_MODALS, WEAK_MODALS } from '../../lang/modality-cues.js';
import { lemma, tokens } from '../text.js';
import { isLyAdverb } from '../../lang/adverbs.js';
import { AGREE, conflict, silent, type SlotRule } from './types.js';

type Strength = 'oblige' | 'permit' | 'certain' | 'hedge';

/** Each modal phrase (one or two words) with the strength it states; longest first. */
const MODALS: ReadonlyArray<{ words: string[]; strength: Strength }> = [
  ...STRONG_MODALS.map((m) => ({ words: m.split(' '), strength: 'oblige' as const })),
  ...CERTAIN_MODALS.map((m) => ({ words: [m], strength: 'certain' as const })),
  ...WEAK_MODALS.map((m) => ({ words: m.split(' '), strength: 'permit' as const })),
].sort((a, b) => b.words.length - a.words.length);
const HEDGED = new Set(HEDGED_MODALS);
const OPTIONAL = new Set(OPTIONAL_MODALS);
const FILLER = new Set(MODAL_FILLER);
/** "required", "mandatory": an obligation stated without a modal (a bare "must" is read where it stands). */
const REQUIRED = new Set(REQUIRED_CUES.filter((w) => !STRONG_MODALS.includes(w)));

/** The verbs a text's modals govern: verb lemma → the strengths stated for it (and which were hedged). */
function governed(text: string): Map<string, { strengths: Set<Strength>; hedged: boolean; optional: boolean }> {
  const t = tokens(text);
  const out = new Map<string, { strengths: Set<Strength>; hedged: boolean; optional: boolean }>();
  for (let i = 0; i < t.length; i++) {
    const m = MODALS.find((x) => x.words.every((w, k) => t[i + k] === w));
    if (!m) continue;
    let j = i + m.words.length;
    while (j < t.length && (FILLER.has(t[j] ?? '') || isLyAdverb(t[j] ?? ''))) j++;
    const verb = t[j];
    if (verb === undefined) continue;
    const entry = out.get(lemma(verb)) ?? { strengths: new Set<Strength>(), hedged: false, optional: false };
    entry.strengths.add(m.strength);
    if (HEDGED.has(t[i] ?? '')) entry.hedged = true;
    if (OPTIONAL.has(t[i] ?? '')) entry.optional = true;
    out.set(lemma(verb), entry);
  }
  return out;
}

/** Every lemma of a text, and whether it says "required" / "must" anywhere near a verb. */
const lemmasOf = (text: string): Set<string> => new Set(tokens(text).map(lemma));

/**
 * Modality of the same verb: "must be restricted" against "can be restricted", "will not reflect" against
 * "might not reflect". The modal is read before the verb it governs (past "not", "be", adverbs), so a "must"
 * elsewhere in the sentence ("users must first sign in") does not state that this verb is obligatory. A
 * paraphrase moves modals often, so a conflict here never contradicts a claim; it only withholds support.
 */
export const modality: SlotRule = {
  id: 'modality',
  description: 'the modal on the claim’s verb (must / can, will / might) is the one the page puts on the same verb',
  silenceBlocks: true,
  canRefute: false,
  examples: [
    { claim: 'A pass must be restricted to one-time use.', passage: 'A pass can be restricted to one-time use.', expect: 'conflict' },
    { claim: 'A pass can be restricted to one-time use.', passage: 'A pass can be restricted to one-time use.', expect: 'agree' },
    {
      claim: 'Each user must hold just one pass at a time.',
      passage: 'Users must first sign in; each user can hold just one pass at a time.',
      expect: 'conflict',
    },
    { claim: 'Applications that cached the roles will not reflect the change.', passage: 'Applications that cached the roles might not reflect the change.', expect: 'conflict' },
    { claim: 'You must export the logs to keep them longer.', passage: 'Export the logs to keep them longer.', expect: 'silent' },
    { claim: 'You must export the logs to keep them longer.', passage: 'Exporting the logs is required to keep them longer; you must export them.', expect: 'agree' },
    { claim: 'Administrators will see the report.', passage: 'Administrators see the report.', expect: 'agree' },
    // the page hedges in other words what the claim makes certain
    { claim: 'Selecting the whole app group will cause failures.', passage: 'Selecting the whole app group might result in failures.', expect: 'conflict' },
    { claim: 'Selecting the whole app group will cause failures.', passage: 'Selecting the whole app group results in failures.', expect: 'agree' },
    { claim: 'A pass must be restricted to one-time use.', passage: 'The policy requires a one-time pass; users must register it.', expect: 'silent' },
    { claim: 'The grant type may be set to device_code in the token request.', passage: 'The grant type must be set to device_code in the token request.', expect: 'conflict' },
    { claim: 'The grant type may be set to device_code in the token request.', passage: 'The grant type may be set to device_code in the token request.', expect: 'agree' },
    { claim: 'Sign-in may take up to an hour to reflect the change.', passage: 'Sign-in can take up to an hour to reflect the change.', expect: 'agree' },
  ],
  states(claim, sentence) {
    const theirs = governed(sentence);
    const present = lemmasOf(sentence);
    return [...governed(claim).keys()].some((verb) => theirs.has(verb)) || [...REQUIRED].some((r) => present.has(r));
  },
  compare(claim, sentence) {
    const mine = governed(claim);
    if (mine.size === 0) return AGREE;
    const theirs = governed(sentence);
    const present = lemmasOf(sentence);
    for (const [verb, m] of mine) {
      const t = theirs.get(verb);
      // an obligation is stated of a verb: a sentence without the verb does not state it, whatever else it requires
      if (!present.has(verb)) {
        if (m.strengths.has('oblige')) return silent(`the page does not say "must ${verb}"`);
        // "will cause failures" against "might result in failures": the page hedges what the claim makes certain,
        // though in other words
        const hedge = m.strengths.has('certain') ? [...theirs.entries()].find(([, x]) => x.hedged && !x.strengths.has('certain')) : undefined;
        if (hedge) return { ...conflict(`the page says "might ${hedge[0]}", the claim says "will ${verb}"`), weak: true, about: verb };
        continue;
      }
      if (m.strengths.has('oblige')) {
        if (t?.strengths.has('oblige') || [...REQUIRED].some((r) => present.has(r))) continue;
        if (t?.strengths.has('permit')) return { ...conflict(`the page says "can ${verb}", the claim says "must ${verb}"`), weak: true, about: verb };
        return silent(`the page does not say "must ${verb}"`);
      }
      if (m.strengths.has('certain') && t?.hedged && !t.strengths.has('certain')) return { ...conflict(`the page says "might ${verb}", the claim says "will ${verb}"`), weak: true, about: verb };
      // "may be set up" against "must be set up": the page obliges what the claim leaves optional
      if (m.optional && !m.strengths.has('oblige') && t?.strengths.has('oblige') && !t.strengths.has('permit'))
        return { ...conflict(`the page says "must ${verb}", the claim says "may ${verb}"`), weak: true, about: verb };
    }
    return AGREE;
  },
};
