/**
 * Words that compare ("more secure", "faster", "fewer prompts", "the most common"). A claim that compares
 * says more than that each side exists: the page must make a comparison too. Each pair holds the two
 * directions of one scale; a page that compares the other way round conflicts.
 */
export interface ComparativePair {
  up: readonly string[];
  down: readonly string[];
}

export const COMPARATIVE_PAIRS: readonly ComparativePair[] = [
  { up: ['more', 'most'], down: ['less', 'least', 'fewer', 'fewest'] },
  { up: ['better', 'best'], down: ['worse', 'worst'] },
  { up: ['faster', 'fastest', 'quicker', 'quickest'], down: ['slower', 'slowest'] },
  { up: ['higher', 'highest', 'greater', 'greatest'], down: ['lower', 'lowest'] },
  { up: ['larger', 'largest', 'bigger', 'biggest'], down: ['smaller', 'smallest'] },
  { up: ['stronger', 'strongest'], down: ['weaker', 'weakest'] },
  { up: ['easier', 'easiest', 'simpler', 'simplest'], down: ['harder', 'hardest'] },
  { up: ['longer', 'longest'], down: ['shorter', 'shortest'] },
  { up: ['safer', 'safest'], down: [] },
];
