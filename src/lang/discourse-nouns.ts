/**
 * Nouns that frame a point rather than name a thing ("the big difference", "one thing to know", "a lot of"): a
 * page need not use them to state the same fact. Part of the discourse markers; the noun slot rules read these
 * alone, since the other markers ("key", "main") are also words of the domain ("security keys").
 */
export const DISCOURSE_NOUNS: readonly string[] = ['difference', 'thing', 'things', 'way', 'lot', 'bit'];
