/** Adjectives that mark a product's earlier name: "X is the old name of Y". */
export const OLD_NAME_WORDS: readonly string[] = ['old', 'former', 'previous', 'legacy', 'original', 'earlier', 'prior'];
