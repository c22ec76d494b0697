/**
 * Set phrases that hold a noun but state no thing the sentence is about ("by hand", "the way to"): their noun is
 * no object a page must name. Read with the interjected adverbials and example markers, which hold such nouns too
 * ("for instance", "in fact").
 */
export const ADVERBIAL_IDIOMS: readonly string[] = [
  'by hand',
  'by design',
  'the way to',
  'on demand',
  'at a time',
  'at times',
  'in place',
  'in time',
  'on average',
  'for the first time',
  'the first time',
  'at the same time',
];
