/**
 * Words that negate what follows them ("not", "cannot", "no longer", "doesn't"), as alternatives of one
 * regular expression (apostrophes written as a class: straight and curly).
 */
export const NEGATION_CUES: readonly string[] = [
  'not',
  'never',
  'cannot',
  'fail(?:s|ed)? to',
  'unable to',
  'no longer',
  "can[’']t",
  "(?:does|do|did|is|are|was|were|has|have|had|wo|would|should|must|could|need)n[’']t",
];

/** Words that set aside the alternative after them ("active rather than eligible"): a negation of that word. */
export const CONTRAST_CUES: readonly string[] = ['rather than', 'instead of'];

/** Words that make a clause conditional or subordinate: a negation inside one is not a plain statement. */
export const CONDITION_CUES: readonly string[] = ['if', 'when', 'unless', 'until', 'so that', 'because', 'while', 'whereas', 'although', 'whether'];

/** Words that except part of what a sentence affirms: "can be evaluated … except for items in the User Actions scope". */
export const EXCEPTION_CUES: readonly string[] = ['except', 'except for', 'other than', 'excluding', 'apart from', 'but not'];

/** Words after which a negation does not negate a verb: "not for themselves", "not by users", "not the …". */
export const NOT_A_VERB: readonly string[] = ['for', 'to', 'in', 'on', 'with', 'by', 'from', 'of', 'at', 'as', 'via', 'the', 'a', 'an', 'all', 'every', 'only', 'just', 'because', 'when', 'if'];

/** Words between a negation and its verb that are skipped ("not yet supported", "never been"). */
export const NEGATION_FILLER: readonly string[] = ['yet', 'always', 'ever', 'even', 'be', 'been', 'being', 'also'];

/** Words that leave the polarity of what follows open: "until the user finishes", "no policy assigned". */
export const OPEN_POLARITY_CUES: readonly string[] = ['until', 'unless', 'before', 'without', 'except', 'once', 'after', 'no'];

/** Prepositions that deny the act after them: "without the user signing in" says the user does not sign in. */
export const DENYING_PREPOSITIONS: readonly string[] = ['without'];
