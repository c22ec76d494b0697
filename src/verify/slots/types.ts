/**
 * One meaning comparison between a claim and one passage sentence (DESIGN 10.2): polarity, quantity,
 * version/channel/tier, direction, default value, role, actor.
 *
 * - `agree`: the sentence states the claim's value for this slot the same way, or the claim states nothing on
 *   this slot that the sentence contradicts;
 * - `conflict`: the sentence states another value for the same slot (`detail` says both: "the page says 90
 *   minutes, the claim says 90 days");
 * - `silent`: the claim states a value and the sentence states none.
 */
export type SlotOutcome = 'agree' | 'conflict' | 'silent';

export interface SlotResult {
  outcome: SlotOutcome;
  detail?: string;
  /** A conflict too loose to contradict the claim, whatever the alignment (before/after, allow/block). */
  weak?: boolean;
  /**
   * The lemma the conflict is about ("enforc"): another sentence's agreement outweighs the conflict only if
   * that sentence has this word too (a sentence that does not mention enforcing agrees with nothing).
   */
  about?: string;
}

export interface SlotExample {
  claim: string;
  passage: string;
  expect: SlotOutcome;
}

export interface SlotRule {
  id: string;
  description: string;
  /** A claim value that the aligned sentences leave unstated blocks support (a figure, a role, a negation). */
  silenceBlocks: boolean;
  /** A conflict of this rule on the claim's subject is plain enough to contradict the claim (policy.ts decides). */
  canRefute: boolean;
  /**
   * The claim's value on this slot reverses or narrows what its words say (a negation, "only"): a passage that
   * has the words and leaves the value unstated states no part of the claim, not even partly.
   */
  reverses?: boolean;
  /**
   * Read each aligned sentence with this many after it (at most THRESHOLDS.followingSentences): a setting's values
   * sit in a list under its name.
   */
  readsNext?: number;
  /** Read each aligned sentence with the page title and section heading, which often name the subject a section is about. */
  readsFrame?: boolean;
  /**
   * Any aligned sentence that agrees settles it, however loosely aligned: a figure's unit is worded apart
   * ("about 1 hour" against "60-90 minutes"), so the sentence that states it may share fewer words than one
   * about another case ("two hours for clients such as Teams").
   */
  anyAgreement?: boolean;
  /**
   * The aligned sentences give the claim's slot several values, one per case ("60-90 minutes by default",
   * "up to 28 hours for CAE clients"): a conflict with one of them is not plain enough to contradict.
   */
  severalCases?(claim: string, sentences: readonly string[]): boolean;
  /**
   * Whether a sentence says anything on this slot for the claim (a modal on the claim's verb): where another
   * aligned sentence conflicts, an agreement from a sentence that says nothing on the slot does not outweigh it
   * (a request sample that repeats the claim's words against the parameter table's "Must be …").
   */
  states?(claimSentence: string, passageSentence: string): boolean;
  examples: readonly SlotExample[];
  compare(claimSentence: string, passageSentence: string): SlotResult;
}

export const AGREE: SlotResult = { outcome: 'agree' };
export const silent = (detail: string): SlotResult => ({ outcome: 'silent', detail });
export const conflict = (detail: string): SlotResult => ({ outcome: 'conflict', detail });

/** Characters with a meaning in a regular expression. */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const SPACE = / /g;

/** Alternatives of a word list as a regular-expression source, longest first (escaped, spaces as \s+). */
export function alternatives(words: readonly string[], escaped = true): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => (escaped ? w.replace(REGEX_SPECIAL, '\\$&') : w).replace(SPACE, '\\s+'))
    .join('|');
}
