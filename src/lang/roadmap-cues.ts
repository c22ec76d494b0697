/** Word stems of a roadmap statement, read with any ending ("deprecat" → deprecated, deprecation). */
export const ROADMAP_STEMS: readonly string[] = ['deprecat', 'retire', 'announc', 'sunset', 'launch'];

/** Words and phrases of a roadmap statement: a release, an end of support, a deadline. */
export const ROADMAP_WORDS: readonly string[] = ['roadmap', 'end of life', 'end of support', 'general availability', 'GA', 'preview', 'will', 'by', 'until', 'deadline', 'released', 'release'];
