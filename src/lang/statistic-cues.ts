/** Words that make a figure a statistic ("an average of", "drops by", "three times faster"). */
export const STATISTIC_CUES: readonly string[] = [
  'rate',
  'average',
  'median',
  'per cent',
  'uptime',
  'drops by',
  'drop by',
  'increases by',
  'increased by',
  'increase by',
  'times more',
  'times faster',
];
