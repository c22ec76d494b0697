/** Irregular past-tense verbs: a line holding one ("Conditional Access became generally available …") has a verb. */
export const IRREGULAR_PAST: readonly string[] = [
  'became', 'began', 'made', 'took', 'gave', 'went', 'came', 'got', 'ran', 'wrote', 'built', 'sent', 'kept', 'held',
  'brought', 'bought', 'thought', 'told', 'found', 'left', 'lost', 'met', 'paid', 'said', 'saw', 'set', 'spent', 'stood',
  'understood', 'won', 'grew', 'knew', 'drew', 'threw', 'chose', 'froze', 'rose', 'fell', 'felt', 'led', 'meant', 'shut',
  'split', 'put', 'broke', 'spoke', 'stole', 'woke', 'drove', 'rode', 'shook', 'forgot', 'hid', 'sold', 'struck',
];
