/** Words that refer back to something said before: a sentence whose subject is one of them has no subject of its own. */
export const ANAPHORS: readonly string[] = ['it', 'its', 'they', 'them', 'their', 'these', 'this', 'those', 'that', 'such', 'he', 'she', 'which'];
