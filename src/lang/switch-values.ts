/**
 * The two positions of a switch when a setting is put to one by name: "set it to On", "change it to No". Whole
 * words, unlike the state stems of switch-states.ts ("enabled", "blocked"), which the rule reads too.
 */
export const ON_VALUES: readonly string[] = ['on', 'yes', 'true'];
export const OFF_VALUES: readonly string[] = ['off', 'no', 'false', 'none'];
