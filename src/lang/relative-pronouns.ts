/** Words that open a relative clause about the noun before them ("Windows 10 or newer that is Entra joined"). */
export const RELATIVE_PRONOUNS: readonly string[] = ['that', 'which', 'who'];
