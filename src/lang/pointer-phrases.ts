/**
 * Phrases that point the reader elsewhere (a link, a picture, what follows) instead of stating something:
 * "Information about X can be found here.", "see below", "the following error message appears:".
 */
export const POINTER_PHRASES: readonly string[] = [
  'can be found here',
  'is available here',
  'are available here',
  'click here',
  'see here',
  'read here',
  'see below',
  'see above',
  'shown below',
  'shown above',
  'listed below',
  'described below',
  'the following error',
  'the following message',
  'the following screen',
  'the following screenshot',
  'the following picture',
  'the following image',
  'the following output',
  'the following window',
  'the following dialog',
  'the following figure',
  'in the screenshot',
  'shown in the screenshot',
];
