/**
 * Words that may follow a participle that opens a list item without its subject ("Generated via …", "Rotated every
 * 30 days", "Stored in …"): a preposition or adverb of how, when or how often.
 */
export const PARTICIPLE_FOLLOWERS: readonly string[] = [
  'by',
  'via',
  'with',
  'through',
  'from',
  'to',
  'in',
  'on',
  'at',
  'for',
  'using',
  'as',
  'automatically',
  'dynamically',
  'once',
  'per',
  'every',
  'after',
  'within',
];
