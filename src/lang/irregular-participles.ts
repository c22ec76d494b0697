/** Past participles that do not end in -ed: a list item opening with one ("Sent to the user …") is a passive predicate. */
export const IRREGULAR_PARTICIPLES: readonly string[] = [
  'set', 'sent', 'built', 'made', 'kept', 'held', 'bound', 'written', 'given', 'shown', 'taken', 'known', 'seen', 'found',
  'done', 'run', 'read', 'put', 'split', 'spread', 'hidden', 'chosen', 'frozen', 'stolen', 'broken', 'drawn', 'grown',
  'thrown', 'left', 'lost', 'paid', 'sold', 'told', 'meant', 'led', 'fed', 'hit', 'cut', 'shut', 'laid',
];
