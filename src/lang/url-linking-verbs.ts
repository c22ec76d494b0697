/** Verbs that only tie a name to the address it has ("the endpoint points to https://…"): a page gives the address without them. */
export const URL_LINKING_VERBS: readonly string[] = ['point', 'points', 'pointed', 'pointing', 'resolve', 'resolves', 'resolved'];
