/** Determiners that point at a thing already named ("the seal", "each seal"), not at any thing of a kind ("a key"). */
export const POINTING_DETERMINERS: readonly string[] = ['the', 'each', 'every', 'this', 'that', 'these', 'those'];
