/** Titles written before a person's name ("Dr. Ana Ruiz"); with one, a name needs two more words to name someone. */
export const HONORIFICS: readonly string[] = ['Dr', 'Prof', 'Mr', 'Mrs', 'Ms', 'Mx'];
