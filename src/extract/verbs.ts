/** Finite verbs common in technical prose: enough to tell a statement from a noun phrase or a label. */
export const AUX = String.raw`(?:is|are|was|were|be|been|can|cannot|could|will|would|may|might|must|should|has|have|had|does|do|did|includes?|issues?|uses?|requires?|returns?|runs?|evaluates?|binds?|supports?|exposes?|provides?|contains?|generates?|validates?|operates?|serves?|triggers?|enables?|allows?|prevents?|causes?|verif(?:y|ies)|expires?|relies|rely|lasts?|stores?|sends?|reports?|blocks?|applies|apply|ensures?|enforces?|involves?|works?|needs?|lets?|gives?|shows?|lists?|creates?|signs?|accepts?|rejects?|replaces?|means?|helps?|gets?)`;

const FINITE = new RegExp(String.raw`\b${AUX}\b|\b[a-z]{3,}ed\b|n[’']t\b`, 'i');

export function hasFiniteVerb(sentence: string): boolean {
  return FINITE.test(sentence);
}
