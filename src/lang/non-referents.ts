/**
 * Words that are never what "it" or "they" take back: the writer and the reader, other pronouns and pointing
 * words, and people in general. A subject that ends in one ("In version 3 we") is no referent either.
 */
export const NON_REFERENTS: readonly string[] = ['i', 'we', 'you', 'they', 'it', 'he', 'she', 'this', 'these', 'that', 'those', 'there', 'people', 'someone'];
