/**
 * Judgements a sentence passes on its subject after "is"/"are" ("is the hardest", "are overrated", "it's easy to
 * call"): classify's stance. How easy a thing is to do is the writer's view, not a documented fact.
 */
export const STANCE_JUDGEMENTS: readonly string[] = [
  'hardest',
  'easiest',
  'best',
  'worst',
  'simplest',
  'most important',
  'least important',
  'better',
  'worse',
  'overrated',
  'underrated',
  'easy',
  'so easy',
  'really easy',
  'super easy',
  'straightforward',
  'painless',
  'effortless',
];
