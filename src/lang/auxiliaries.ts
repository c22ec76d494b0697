/** Auxiliary and modal verbs: a list item that opens with one ("Can be revoked …") has lost its subject. */
export const AUXILIARIES: readonly string[] = [
  'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'does', 'do', 'did', 'can', 'cannot', "can't", 'could', 'will',
  "won't", 'would', 'may', 'might', 'must', 'should', "doesn't", "don't", "isn't", "aren't",
];
