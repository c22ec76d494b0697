/** Judgements a sentence passes on its subject after "is"/"are" ("is the hardest", "are overrated"): classify's stance. */
export const STANCE_JUDGEMENTS: readonly string[] = ['hardest', 'easiest', 'best', 'worst', 'simplest', 'most important', 'least important', 'better', 'worse', 'overrated', 'underrated'];
