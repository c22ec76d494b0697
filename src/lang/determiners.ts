/** Determiners and possessives: a word group that opens with one is a noun phrase. */
export const DETERMINERS: readonly string[] = [
  'a', 'an', 'the', 'each', 'every', 'some', 'any', 'all', 'most', 'many', 'few', 'several', 'no', 'your', 'our', 'their',
  'its', 'his', 'her', 'my', 'other', 'another', 'both', 'either', 'neither',
];
