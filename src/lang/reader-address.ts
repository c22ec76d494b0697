/** Phrases that speak to the reader's feelings or curiosity rather than state a fact ("you're not alone"). */
export const READER_ADDRESS: readonly string[] = [
  "you're not alone",
  'you are not alone',
  "if you've ever wondered",
  'if you have ever wondered',
  'you might be wondering',
  'you may be wondering',
  "you're probably wondering",
  'you probably know',
  'we all know',
  "you'll love",
  'trust me',
  'believe it or not',
  'of course you',
  'everything you need to know',
];
