/** Demonstrative determiners and pronouns: "this approach", "these tokens", "that" point back to something said before. */
export const DEMONSTRATIVES: readonly string[] = ['this', 'these', 'that', 'those'];
/** The singular ones, which standing alone may stand for an act said before ("I set this up", "we did that"). */
export const SINGULAR_DEMONSTRATIVES: readonly string[] = ['this', 'that'];
