/**
 * Opposite values of one slot: a passage that states the other value where the claim states one conflicts
 * with it. `strict`: a passage that states neither value does not support a claim that states one
 * (inbound/outbound is the claim's point); otherwise silence is allowed (enable/disable, allow/block are often
 * implied by the rest of the sentence). Before/after is not here: documentation words the same order both ways
 * ("wait before retrying", "retry after waiting"). Each value is a list of word stems: a word is the stem followed by at
 * most three letters ("enabl" → enable, enabled, enables, enabling).
 */
export interface DirectionPair {
  a: readonly string[];
  b: readonly string[];
  strict: boolean;
}

export const DIRECTION_PAIRS: readonly DirectionPair[] = [
  { a: ['inbound'], b: ['outbound'], strict: true },
  { a: ['incoming'], b: ['outgoing'], strict: true },
  { a: ['upload'], b: ['download'], strict: true },
  { a: ['ingress'], b: ['egress'], strict: true },
  { a: ['synchronous'], b: ['asynchronous'], strict: true },
  { a: ['client-side'], b: ['server-side'], strict: true },
  { a: ['import'], b: ['export'], strict: false },
  { a: ['enabl'], b: ['disabl'], strict: false },
  { a: ['allow'], b: ['block'], strict: false },
  { a: ['includ'], b: ['exclud'], strict: false },
  { a: ['increas'], b: ['decreas'], strict: false },
  { a: ['encrypt'], b: ['decrypt'], strict: false },
  { a: ['trusted'], b: ['untrusted'], strict: false },
  { a: ['add'], b: ['remov'], strict: false },
  { a: ['accept'], b: ['reject'], strict: false },
  { a: ['first'], b: ['last'], strict: false },
  { a: ['minimum'], b: ['maximum'], strict: false },
  { a: ['before'], b: ['after'], strict: false },
  { a: ['grant'], b: ['deni', 'deny'], strict: false },
  { a: ['on-premises'], b: ['cloud-only', 'cloud'], strict: false },
  { a: ['compliant'], b: ['noncompliant', 'non-compliant'], strict: false },
];

/** Letters a stem may be followed by and still be the same word. */
export const STEM_TAIL_MAX = 3;

/** Words that state a default ("by default", "(default)", "defaults to"). */
export const DEFAULT_CUES: readonly string[] = ['default', 'defaults'];

/**
 * Two-word forms of one side of a pair, read as that side's one word: "Not compliant" (a state's name in
 * Intune) is the noncompliant side, not "compliant".
 */
export const NEGATED_SIDES: ReadonlyArray<readonly [string, string]> = [
  ['not compliant', 'noncompliant'],
  ['not trusted', 'untrusted'],
];
