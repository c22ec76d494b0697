/** Words that introduce the person a statement is attributed to ("according to Jane Doe", "said Jane Doe"). */
export const ATTRIBUTION_BEFORE_NAME: readonly string[] = ['according to', 'said', 'says', 'wrote', 'explained', 'noted'];

/** Verbs that follow the person a statement is attributed to ("Jane Doe said"). */
export const ATTRIBUTION_AFTER_NAME: readonly string[] = ['said', 'says', 'explained', 'noted', 'wrote', 'stated', 'confirmed'];
