/** Pronouns that take a plural verb ("they expire", "we use"; "it expires"): subject–verb agreement in extract/verbs.ts. */
export const PLURAL_PRONOUNS: readonly string[] = ['they', 'we', 'you', 'i', 'these', 'those'];
