/**
 * Phrases that leave a statement without a checkable specific: vague time ("has been around for some time now")
 * and generic benefits ("reducing the risk of unauthorized access", "enables secure access").
 */
export const VAGUE_PHRASES: readonly string[] = [
  'for some time',
  'some time now',
  'for a while',
  'has been around',
  'have been around',
  'nowadays',
  'these days',
  'reduces the risk',
  'reducing the risk',
  'reduce the risk',
  'boosts productivity',
  'boosting productivity',
  'peace of mind',
  'the hardest part',
];
