/**
 * Words that end in "-ly" but are not adverbs: verbs ("apply", "rely") and adjectives or nouns ("early",
 * "family"). A rule that skips adverbs between a negation or a modal and its verb must not skip these: "doesn't
 * apply only to iOS" negates "apply".
 */
export const NOT_ADVERB_LY: readonly string[] = [
  'apply',
  'reply',
  'supply',
  'comply',
  'rely',
  'imply',
  'multiply',
  'fly',
  'ally',
  'bully',
  'tally',
  'rally',
  'family',
  'assembly',
  'anomaly',
  'early',
  'friendly',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'hourly',
  'quarterly',
];
