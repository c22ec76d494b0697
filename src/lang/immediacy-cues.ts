/** Words that say something happens at once ("revoked instantly"): a timing a page must state, as it often says "can take up to an hour". */
export const IMMEDIACY_CUES: readonly string[] = ['instantly', 'instant', 'immediately', 'immediate', 'instantaneously', 'real-time', 'right away', 'in real time', 'at once'];

/** Words that give an event a delay ("can take up to an hour", "replication latency"): the page says it is not at once. */
export const DELAY_CUES: readonly string[] = [
  'take up to',
  'takes up to',
  'can take',
  'may take',
  'might take',
  'take several',
  'take a few',
  'delay',
  'delayed',
  'latency',
  'propagate',
  'propagates',
  'propagation',
  'eventually',
];
