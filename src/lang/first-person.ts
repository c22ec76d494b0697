/** The writer speaking of themself: a sentence with one of these reports the author's own experience or plans. */
export const FIRST_PERSON_SINGULAR: readonly string[] = ['I', 'me', 'my', 'mine', 'myself', "I'm", "I've", "I'd", "I'll"];
