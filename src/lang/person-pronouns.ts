/** The reader and the writer as subjects ("Settings you can change", "what we learned"). */
export const PERSON_PRONOUNS: readonly string[] = ['you', 'we', 'i'];
