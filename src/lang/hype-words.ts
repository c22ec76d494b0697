/**
 * Marketing and evaluative words: praise or drama instead of a checkable specific ("a vital part of",
 * "revolutionizing security", "unlock the power of"). A sentence built on one, with nothing specific in it,
 * is an opinion.
 */
export const HYPE_WORDS: readonly string[] = [
  'vital', 'revolutionizing', 'revolutionising', 'revolutionary', 'game-changer', 'game changer', 'game-changing',
  'unlock the power', 'the power of', 'gateway to', 'the real beauty', 'beauty of',
  'cutting-edge', 'state-of-the-art', 'next-generation', 'world-class', 'best-in-class', 'ultimate', 'secrets revealed',
  'must-have', 'nice-to-have', 'amazing', 'awesome', 'incredible', 'exciting', 'effortless',
  'effortlessly', 'peace of mind', 'really shine', 'key role', 'crucial role', 'pivotal',
];
