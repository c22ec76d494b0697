/**
 * Hedges of speculation: the writer guesses ("It is probably a timing problem", "the problem should have
 * resolved itself"). A guess is an opinion, not a documented fact.
 */
export const HEDGES: readonly string[] = [
  'probably',
  'presumably',
  'perhaps',
  'maybe',
  'apparently',
  'seemingly',
  'i guess',
  'i suppose',
  'i assume',
  'my guess',
  'should have',
  'must have',
  'might have',
  'may have',
  'could have',
  'would have',
];
