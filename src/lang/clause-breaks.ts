/**
 * Words that open a new clause after a comma ("…, but it doesn't prevent …", "…, which does not cache
 * them", "…, so any settings won't impact …"): a negation past one of them is not the negation of the
 * clause before it.
 */
export const CLAUSE_BREAK_WORDS: readonly string[] = ['but', 'which', 'who', 'where', 'whereas', 'so', 'and', 'or', 'because', 'since', 'as', 'while', 'meaning'];

/** The contrast word that opens a clause of opposite polarity even without a comma ("evaluated at sign-in but not enforced"). */
export const CONTRAST_BREAK_WORD = 'but';

/** Conjunctions that, after a comma, open a clause with its own subject ("X is enabled, and Y is blocked"). */
export const CLAUSE_JOINING_CONJUNCTIONS: readonly string[] = ['and', 'but', 'while', 'whereas'];
