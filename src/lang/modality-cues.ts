/** Words that restrict a statement to one case: "only Global Administrators can …". */
export const ONLY_CUES: readonly string[] = ['only', 'exclusively', 'solely'];

/** Words that make something mandatory. */
export const REQUIRED_CUES: readonly string[] = ['must', 'required', 'mandatory', 'requires', 'require'];

/** Words that make something optional; against a mandatory claim they weaken it. */
export const OPTIONAL_CUES: readonly string[] = ['optional', 'optionally'];
