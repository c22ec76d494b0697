/** Adverbials set off by commas inside a clause ("Azure Key Vault, in essence, stores …"): not part of the subject. */
export const INTERJECTED_ADVERBIALS: readonly string[] = [
  'in essence', 'however', 'for example', 'for instance', 'in fact', 'of course', 'in practice', 'in short', 'in general',
  'typically', 'usually', 'often', 'therefore', 'thus', 'also', 'moreover', 'furthermore', 'instead', 'though', 'in turn',
  'by default', 'in most cases', 'in many cases', 'as a rule', 'in particular', 'notably', 'importantly', 'actually',
  'still', 'obviously', 'clearly', 'basically', 'essentially', 'currently', 'today', 'now', 'generally', 'commonly',
];
