/** Phrases that open a cause ("due to a missing context"): an adjunct a clause's core can be read without. */
export const CAUSE_PHRASES: readonly string[] = ['due to', 'because of', 'owing to', 'as a result of'];
