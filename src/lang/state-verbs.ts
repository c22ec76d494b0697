/** Verbs besides "be" that give their subject a state ("stays disabled", "remains enabled"). */
export const STATE_VERBS: readonly string[] = ['remain', 'remains', 'stay', 'stays'];
