/** Table cells that deny their column's header what the row names ("Microsoft Entra ID P1: No" in a row of licence tiers). */
export const DENYING_CELLS: readonly string[] = ['no', 'not supported', 'unsupported', 'not available', '✗', '✘', '❌'];
