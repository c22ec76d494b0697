/** Comparative adjectives that judge without a standard unless a "than …" gives one ("faster", "more secure"). */
export const COMPARATIVES: readonly string[] = [
  'better', 'worse', 'faster', 'slower', 'easier', 'harder', 'simpler', 'safer', 'stronger', 'weaker', 'cheaper', 'smarter',
  'cleaner', 'more modern', 'more secure', 'more reliable', 'more flexible', 'more powerful', 'more efficient',
  'more standards compliant', 'more compliant', 'more robust', 'more scalable', 'more convenient', 'less secure',
  'less reliable', 'less complex',
];
