/** Adverbs that stand between a subject and its verb ("Microsoft now recommends …", "The service still accepts …"). */
export const PRE_VERB_ADVERBS: readonly string[] = ['now', 'also', 'still', 'always', 'never', 'often', 'usually', 'typically', 'already', 'only', 'generally', 'automatically'];
