/**
 * Words that place a step in a sequence. Two different groups in the same place of a claim and a sentence
 * conflict ("the workload first requests a token" against "the workload last requests a token"); words of
 * one group say the same.
 */
export const SEQUENCE_GROUPS: ReadonlyArray<readonly string[]> = [['first', 'initial'], ['second'], ['third'], ['last', 'final']];
