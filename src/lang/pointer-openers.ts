/** Openers of a sentence that only sends the reader elsewhere ("For more information, see …", "Learn more about …"). */
export const POINTER_OPENERS: readonly string[] = [
  'for more information',
  'for more details',
  'for details',
  'for more info',
  'for further information',
  'to learn more',
  'learn more',
  'read more',
  'see also',
  'more information',
  'further reading',
  'for a walkthrough',
  'for guidance',
];
