/** Section headings of navigation, never of facts: a passage under one of them supports nothing. */
export const NAVIGATION_HEADINGS: readonly string[] = [
  'next steps',
  'next step',
  'see also',
  'related content',
  'related articles',
  'related links',
  'learn more',
  'additional resources',
  'more information',
];
