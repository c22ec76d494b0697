/** Verbs that report what a cited document says ("the report found", "according to"): with a document, an attribution. */
export const CITING_VERBS: readonly string[] = ['found', 'reports', 'report', 'reported', 'confirms', 'confirm', 'confirmed', 'announced', 'according to', 'warns', 'warn', 'states', 'state', 'says'];
