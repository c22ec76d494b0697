/** Words that open a topic heading or a question rather than a statement ("How …", "Understanding …"). */
export const TOPIC_OPENERS: readonly string[] = [
  'how', 'what', 'why', 'when', 'where', 'which', 'who', 'understanding', 'introducing', 'getting', 'using', 'creating',
  'configuring', 'setting', 'managing', 'about', 'overview', 'step', 'part', 'chapter',
];
