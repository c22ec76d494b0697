/**
 * Words that open an elliptical clause before an auxiliary ("So are Surface Hub systems", "Neither is the
 * legacy portal", "Nor can guests"): the clause's predicate is the one said before, not in the clause.
 */
export const ELLIPSIS_OPENERS: readonly string[] = ['so', 'neither', 'nor'];
