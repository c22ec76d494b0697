/**
 * The two states a setting or feature is said to be in: on (enabled, allowed, included…) or off (disabled,
 * blocked, excluded…). Word stems, as in direction-pairs.ts: a word is the stem and at most three more letters.
 * Unlike a direction pair, any "on" word stands against any "off" word: "X is enabled" against "X is blocked".
 */
export const ON_STATES: readonly string[] = ['enabl', 'allow', 'permit', 'includ', 'accept', 'grant', 'establish', 'turned on', 'switched on'];
export const OFF_STATES: readonly string[] = ['disabl', 'block', 'prohibit', 'exclud', 'reject', 'deni', 'deny', 'turned off', 'switched off'];
