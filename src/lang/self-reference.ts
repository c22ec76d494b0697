/** Determiners by which a text points at itself or its own series ("this article", "the first two blogs of the series"). */
export const SELF_DETERMINERS: readonly string[] = [
  'this',
  'these',
  'our',
  'my',
  'the next',
  'the previous',
  'the first',
  'the last',
  'the following',
  'the second',
  'the third',
  'the rest of this',
  'the earlier',
  'a previous',
  'an earlier',
  'the upcoming',
];
