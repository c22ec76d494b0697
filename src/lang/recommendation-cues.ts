/** Words of a recommendation ("should", "best practice"). */
export const RECOMMENDATION_WORDS: readonly string[] = ['should', 'best practice'];

/** Stems of a recommendation, read with any ending ("recommend" → recommended, recommendation). */
export const RECOMMENDATION_STEMS: readonly string[] = ['recommend'];
