/** Words that restrict a statement to one case: "only Global Administrators can …". */
export const ONLY_CUES: readonly string[] = ['only', 'exclusively', 'solely'];

/** Words that make something mandatory. */
export const REQUIRED_CUES: readonly string[] = ['must', 'required', 'mandatory', 'requires', 'require'];

/** Words that make something optional; against a mandatory claim they weaken it. */
export const OPTIONAL_CUES: readonly string[] = ['optional', 'optionally'];

/** Modals that oblige ("you must export"), against WEAK_MODALS that only permit ("you can export"). */
export const STRONG_MODALS: readonly string[] = ['must', 'has to', 'have to', 'needs to', 'need to'];
export const WEAK_MODALS: readonly string[] = ['can', 'may', 'might', 'could', 'lets', 'allows', 'optionally'];

/** Forms of ability a role statement may use besides the modals ("cannot create", "is able to view"). */
export const ABILITY_FORMS: readonly string[] = ['cannot', 'can’t', "can't", 'is able to', 'are able to'];

/** Weak modals that leave a step to the reader's choice ("a filter may be set up"), against a page that obliges it. */
export const OPTIONAL_MODALS: readonly string[] = ['may', 'optionally'];

/** "can only", "must only", "only be": a restriction the page must state too. */
export const RESTRICTIVE_ONLY: readonly string[] = ['can only', 'may only', 'must only', 'only be', 'only through', 'only from', 'only via', 'only in'];

/** Quantifiers: every case against most or some of them. */
export const UNIVERSAL_QUANTIFIERS: readonly string[] = ['all', 'every', 'always'];
export const PARTIAL_QUANTIFIERS: readonly string[] = ['most', 'some', 'many', 'several', 'few', 'usually', 'sometimes', 'often'];

/** Modals of certainty ("will not reflect") against HEDGED_MODALS that leave it open ("might not reflect"). */
export const CERTAIN_MODALS: readonly string[] = ['will', 'won’t', "won't"];
export const HEDGED_MODALS: readonly string[] = ['might', 'may', 'could', 'can'];

/** Words between a modal and the verb it governs: "must not be", "can also", "has to first". */
export const MODAL_FILLER: readonly string[] = ['not', 'be', 'been', 'also', 'only', 'first', 'then', 'still', 'always', 'never', 'just', 'now', 'typically', 'usually'];
