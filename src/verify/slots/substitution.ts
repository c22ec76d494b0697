import { DIRECTION_PAIRS, STEM_TAIL_MAX } from '../../lang/direction-pairs.js';
import { SEQUENCE_GROUPS } from '../../lang/sequence-words.js';
import { BOUND_BEFORE } from '../../lang/bound-cues.js';
import { PARTIAL_QUANTIFIERS, STRONG_MODALS, UNIVERSAL_QUANTIFIERS, WEAK_MODALS } from '../../lang/modality-cues.js';
import { standsFor } from '../acronyms.js';
import { isStopword, lemma, tokens } from '../text.js';
import { THRESHOLDS } from '../thresholds.js';
import { actorWord } from './actor.js';
import { AGREE, conflict, silent, type SlotRule } from './types.js';

/** The most words a claim and a sentence may differ by at one place and still be read as one word put for another. */
const GAP_MAX = 6;

const NOT_ALIGNED = silent('the sentence is not aligned with the claim');

/** The value of a contrast class a word names: an actor, one side of a direction pair, a step of a sequence. */
type Valuer = (word: string) => string | undefined;

const stemmed = (w: string, stems: readonly string[]): boolean => stems.some((s) => w.startsWith(s) && w.length - s.length <= STEM_TAIL_MAX);
const directionValue: Valuer = (w) => {
  for (const [i, p] of DIRECTION_PAIRS.entries()) {
    if (stemmed(w, p.a)) return `${i}:${p.a[0]}`;
    if (stemmed(w, p.b)) return `${i}:${p.b[0]}`;
  }
  return undefined;
};
const sequenceValue: Valuer = (w) => {
  const i = SEQUENCE_GROUPS.findIndex((g) => g.includes(w));
  return i < 0 ? undefined : `${SEQUENCE_GROUPS[i]?.[0]}`;
};
/** Each contrast class with its name in findings; a direction value carries its pair's index, so "allow" and "export" never meet. */
const CLASSES: ReadonlyArray<{ name: string; value: Valuer; sameKind: (a: string, b: string) => boolean }> = [
  { name: 'actor', value: actorWord, sameKind: () => true },
  { name: 'direction', value: directionValue, sameKind: (a, b) => a.split(':')[0] === b.split(':')[0] },
  { name: 'step', value: sequenceValue, sameKind: () => true },
];
/**
 * Classes whose values are phrases ("at least", "has to"): read in the words where the two texts differ together
 * with the aligned word on each side of them, since the alignment keeps a shared "at" and leaves "least" / "most".
 */
/** A phrase as its words, with the value it states; a class's phrases are kept longest first. */
interface Phrase {
  words: readonly string[];
  value: string;
}
const phrasesOf = (pairs: ReadonlyArray<readonly [string, string]>): Phrase[] => pairs.map(([p, value]) => ({ words: p.split(' '), value })).sort((a, b) => b.words.length - a.words.length);
const PHRASE_CLASSES: ReadonlyArray<{ name: string; phrases: readonly Phrase[] }> = [
  { name: 'bound', phrases: phrasesOf(BOUND_BEFORE) },
  { name: 'modal', phrases: phrasesOf([...STRONG_MODALS.map((m) => [m, 'must'] as const), ...WEAK_MODALS.map((m) => [m, 'may'] as const)]) },
  { name: 'quantifier', phrases: phrasesOf([...UNIVERSAL_QUANTIFIERS.map((q) => [q, 'all'] as const), ...PARTIAL_QUANTIFIERS.map((q) => [q, 'some'] as const)]) },
];

/** The values a phrase class finds in a run of words, longest phrases first, each word read once. */
function phraseValues(words: readonly string[], phrases: readonly Phrase[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const hit = phrases.find((p) => p.words.every((w, k) => words[i + k] === w));
    if (!hit) continue;
    out.add(hit.value);
    i += hit.words.length - 1;
  }
  return out;
}

/** The pair index a direction value carries ("3:allow"). */
const PAIR_INDEX = /^\d+:/;
const shown = (v: string): string => v.replace(PAIR_INDEX, '');
const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/** The same letter/digit runs as `tokens`, with their case kept. */
const TOKEN = /[\p{L}\p{N}]+/gu;
/** A token that names something: two capitals or more ("AKS", "SSPR", "FIDO2", "iOS"), or a capital after the first word. */
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const CAPITALISED = /^\p{Lu}/u;
const isName = (raw: readonly string[], i: number): boolean => TWO_CAPITALS.test(raw[i] ?? '') || (i > 0 && CAPITALISED.test(raw[i] ?? ''));

/**
 * A name the claim puts where the sentence names another: "whether ACI, EKS" against "whether AKS, EKS". The
 * sentence's names there that the claim uses elsewhere do not count, and neither side may be the other's acronym
 * ("TAP" and "Temporary Access Pass").
 */
function nameSwap(rawClaim: readonly string[], claimGap: readonly number[], rawSentence: readonly string[], sentenceGap: readonly number[], edge: boolean): [string, string] | undefined {
  // at either end the texts may simply go on to other things: only acronym-like names count there ("AAD" is not
  // put for "Free" in "Microsoft Entra ID Free is …")
  const named = (raw: readonly string[], i: number): boolean => (edge ? TWO_CAPITALS.test(raw[i] ?? '') : isName(raw, i));
  const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
  const claimWords = lower(rawClaim);
  const gapWords = lower(sentenceGap.map((i) => rawSentence[i] as string));
  const mine = claimGap.filter((i) => named(rawClaim, i)).map((i) => rawClaim[i] as string);
  const theirs = sentenceGap.filter((i) => named(rawSentence, i) && !claimWords.has((rawSentence[i] as string).toLowerCase())).map((i) => rawSentence[i] as string);
  if (mine.length === 0 || theirs.length === 0 || mine.some((m) => gapWords.has(m.toLowerCase()))) return undefined;
  const claimSpan = claimGap.map((i) => rawClaim[i]).join(' ');
  const sentenceSpan = sentenceGap.map((i) => rawSentence[i]).join(' ');
  if (mine.some((m) => standsFor(m, sentenceSpan)) || theirs.some((t) => standsFor(t, claimSpan))) return undefined;
  return [mine.join(' '), theirs.join(' ')];
}

/** Longest common subsequence of two lemma sequences, as index pairs in order. */
function commonSubsequence(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const len = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = len[i] as Uint16Array;
    const below = len[i + 1] as Uint16Array;
    for (let j = m - 1; j >= 0; j--) row[j] = a[i] === b[j] ? (below[j + 1] as number) + 1 : Math.max(below[j] as number, row[j + 1] as number);
  }
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if ((len[i + 1]?.[j] ?? 0) >= (len[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return out;
}

/** The share of the claim's content words that a sentence states in the same order (the claim read against it word by word). */
export function alignedShare(claim: string, sentence: string): number {
  const c = tokens(claim);
  const content = c.filter((w) => !isStopword(w)).length;
  if (content === 0) return 0;
  const pairs = commonSubsequence(c.map(lemma), tokens(sentence).map(lemma));
  return pairs.filter(([i]) => !isStopword(c[i] ?? '')).length / content;
}

/**
 * One word put for another of the same class, at the same place of the claim and of the sentence that states
 * the rest of it: "lets users try out" against "lets administrators try out", "for each user" against "for
 * administrators", "the workload last requests" against "the workload first requests". The two texts are aligned
 * word by word (their longest common subsequence of lemmas); where they differ by a few words at one place, an
 * actor, a direction or a step named on one side and another of the same class on the other is a conflict. It
 * blocks support and never contradicts: the alignment is only as good as the wording is close.
 */
export const substitution: SlotRule = {
  id: 'substitution',
  description: 'no name, actor, direction, step, bound, modal or quantifier of the claim stands where the page says another one',
  silenceBlocks: false,
  canRefute: false,
  examples: [
    {
      claim: 'Report-only mode lets users try out most policies before they switch them on.',
      passage: 'Report-only mode lets administrators try out most policies before they switch them on.',
      expect: 'conflict',
    },
    {
      claim: 'When you deploy a compliance policy to a user, all of that user’s users are checked.',
      passage: 'When you deploy a compliance policy to a user, all of that user’s devices are checked.',
      expect: 'conflict',
    },
    { claim: 'The external workload last requests a token from its identity provider.', passage: 'The external workload first requests a token from its identity provider.', expect: 'conflict' },
    { claim: 'Report-only mode lets administrators try out most policies.', passage: 'Report-only mode lets administrators and users try out most policies.', expect: 'agree' },
    {
      claim: 'Workloads can run on any Kubernetes cluster, whether ACI, Amazon EKS or on-premises.',
      passage: 'Workloads can run on any Kubernetes cluster, whether AKS, Amazon EKS or on-premises.',
      expect: 'conflict',
    },
    { claim: 'Security keys can also talk over Bluetooth or USB.', passage: 'Security keys are usually USB devices, but can also talk over Bluetooth or NFC.', expect: 'conflict' },
    {
      claim: 'The impact view is open to admins who hold at most the Security Reader role.',
      passage: 'The impact view is open to admins who hold at least the Security Reader role.',
      expect: 'conflict',
    },
    {
      claim: 'Report-only mode lets administrators try out all Conditional Access policies.',
      passage: 'Report-only mode lets administrators try out most Conditional Access policies.',
      expect: 'conflict',
    },
    {
      claim: 'The grant_type may be urn:ietf:params:oauth:grant-type:device_code in the request.',
      passage: 'The grant_type must be urn:ietf:params:oauth:grant-type:device_code in the request.',
      expect: 'conflict',
    },
    { claim: 'Microsoft Entra ID was formerly called AAD.', passage: 'Microsoft Entra ID Free is included with every subscription.', expect: 'agree' },
    { claim: 'Each user can hold just one TAP at a time.', passage: 'Each user can hold just one Temporary Access Pass at a time.', expect: 'agree' },
    { claim: 'The first sign-in of a user needs the pass.', passage: 'The initial sign-in of a user needs the pass.', expect: 'agree' },
    {
      claim: 'Users can sign in with the pass on the first day of a new device.',
      passage: 'Administrators create the pass, and users sign in with the pass on the first day of a new device.',
      expect: 'agree',
    },
    // a sentence that shares a few words in another order is not aligned with the claim: it settles nothing
    {
      claim: 'Report-only mode lets users try out most policies before they switch them on.',
      passage: 'Policies can be switched on except for items in the user actions scope of report-only mode.',
      expect: 'silent',
    },
  ],
  compare(claim, sentence) {
    const c = tokens(claim);
    const s = tokens(sentence);
    const rawC = claim.match(TOKEN) ?? [];
    const rawS = sentence.match(TOKEN) ?? [];
    const pairs = commonSubsequence(c.map(lemma), s.map(lemma));
    const anchors = pairs.filter(([i]) => !isStopword(c[i] ?? '')).length;
    const content = c.filter((w) => !isStopword(w)).length;
    // a sentence aligned on too little of the claim neither agrees nor conflicts: it is not the one that states it
    if (anchors < THRESHOLDS.anchorLemmas + 1 || anchors < content * THRESHOLDS.substitutionAlignedShare) return NOT_ALIGNED;
    // the places where the two differ: between two aligned words, and before the first or after the last
    const bounded: Array<[number, number]> = [[-1, -1], ...pairs, [c.length, s.length]];
    for (let k = 0; k + 1 < bounded.length; k++) {
      const [ci, si] = bounded[k] as [number, number];
      const [cn, sn] = bounded[k + 1] as [number, number];
      const mine = c.slice(ci + 1, cn);
      const theirs = s.slice(si + 1, sn);
      if (mine.length === 0 || theirs.length === 0 || mine.length > GAP_MAX || theirs.length > GAP_MAX) continue;
      // a phrase class read with the aligned word on each side of the place
      const around = (t: readonly string[], from: number, to: number): string[] => t.slice(Math.max(0, from), to + 1);
      for (const pc of PHRASE_CLASSES) {
        const a = phraseValues(around(c, ci, cn), pc.phrases);
        const b = phraseValues(around(s, si, sn), pc.phrases);
        const put = [...a].find((x) => !b.has(x) && [...b].some((y) => !a.has(y)));
        if (put !== undefined) return conflict(`the page says "${[...b].find((y) => !a.has(y))}" (${pc.name}) where the claim says "${put}"`);
      }
      const swap = nameSwap(rawC, range(ci + 1, cn), rawS, range(si + 1, sn), k === 0 || k + 2 === bounded.length);
      if (swap) return conflict(`the page names "${swap[1]}" where the claim says "${swap[0]}"`);
      for (const cls of CLASSES) {
        const a = mine.map(cls.value).filter((v): v is string => v !== undefined);
        const b = theirs.map(cls.value).filter((v): v is string => v !== undefined);
        const put = a.find((x) => !b.includes(x) && b.some((y) => y !== x && cls.sameKind(x, y) && !a.includes(y)));
        if (put === undefined) continue;
        const other = b.find((y) => y !== put && cls.sameKind(put, y)) ?? '';
        return conflict(`the page names the ${cls.name} "${shown(other)}" where the claim says "${shown(put)}"`);
      }
    }
    return AGREE;
  },
};
