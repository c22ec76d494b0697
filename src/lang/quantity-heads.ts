/**
 * Words that head a noun phrase only to count what follows "of" ("a lot of claims", "most of the users",
 * "a number of settings"): the phrase is as plural as that noun, not as the counting word.
 */
export const QUANTITY_HEADS: readonly string[] = ['lot', 'lots', 'number', 'couple', 'handful', 'plenty', 'majority', 'few', 'many', 'several', 'some', 'most', 'all', 'both', 'none'];
