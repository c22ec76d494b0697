/** Words that make a value a requirement ("you need P2", "requires Microsoft Entra ID P2"): the least that will do. */
export const NEED_CUES: readonly string[] = ['need', 'needs', 'needed', 'require', 'requires', 'required', 'requirement', 'must'];
