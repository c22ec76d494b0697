/** Phrases that name what a sentence adds to, not what it states ("In addition to the Free and P1 features, P2 also offers …"). */
export const ADDITION_PHRASES: readonly string[] = ['in addition to', 'on top of'];
