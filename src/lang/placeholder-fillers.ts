/** Words between "it's" and the adjective or noun of a placeholder "it" ("it's a good idea to …", "it is not easy to …"). */
export const PLACEHOLDER_FILLERS: readonly string[] = ['a', 'an', 'the', 'not', 'very', 'also', 'often', 'usually', 'always'];
