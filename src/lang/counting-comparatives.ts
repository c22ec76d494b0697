/** "more" and "most" also count things ("more than 10", "most policies"): only before an adjective or adverb do they compare. */
export const COUNTING_COMPARATIVES: readonly string[] = ['more', 'most', 'less', 'least', 'fewer', 'fewest'];
