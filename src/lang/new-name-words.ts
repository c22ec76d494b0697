/** Adjectives that mark the name a product goes by now: "X is the new name for Y". */
export const NEW_NAME_WORDS: readonly string[] = ['new', 'current', 'latest', 'updated'];
