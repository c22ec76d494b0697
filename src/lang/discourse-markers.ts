import { DISCOURSE_NOUNS } from './discourse-nouns.js';

/**
 * Words that place a sentence in the writer's argument or soften it ("however", "of course", "basically")
 * and say nothing a page could confirm. A passage need not contain them to state the same fact, so they
 * are left out when the claim's words are counted against a passage. Words that change a fact's meaning
 * (only, not, never, always, still in preview) are not here.
 */
export const DISCOURSE_MARKERS: ReadonlySet<string> = new Set([
  'however',
  'therefore',
  'thus',
  'hence',
  'moreover',
  'furthermore',
  'additionally',
  'also',
  'indeed',
  'actually',
  'obviously',
  'basically',
  'essentially',
  'simply',
  'just',
  'really',
  'course',
  'naturally',
  'clearly',
  'certainly',
  'importantly',
  'interestingly',
  'fortunately',
  'unfortunately',
  'notably',
  'big',
  'main',
  'key',
  ...DISCOURSE_NOUNS,
]);
