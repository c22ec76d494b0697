/** Words that open an aside after a dash ("— such as …", "— e.g. …"): the dash pair is not cut. */
export const ASIDE_OPENERS: readonly string[] = ['such as', 'including', 'e.g.', 'i.e.', 'like', 'for example', 'from', 'especially', 'notably'];
