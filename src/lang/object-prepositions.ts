/** Prepositions that introduce the object a clause ends with ("define it on the application", "sign in via the portal"). */
export const OBJECT_PREPOSITIONS: readonly string[] = ['on', 'to', 'in', 'for', 'with', 'by', 'from', 'of', 'using', 'via'];
