/** Demonstrative determiners and pronouns: "this approach", "these tokens", "that" point back to something said before. */
export const DEMONSTRATIVES: readonly string[] = ['this', 'these', 'that', 'those'];
