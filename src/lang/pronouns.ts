/** Personal pronouns that stand for a noun phrase said before (a claim opening with one is not self-contained). */
export const SUBJECT_PRONOUNS: readonly string[] = ['it', 'they', 'he', 'she', "it's", "they're"];
/** Pronouns that stand for a thing named before in object position ("call it", "assign them"). */
export const OBJECT_PRONOUNS: readonly string[] = ['it', 'them'];
