/** Labels that introduce a remark rather than name a thing ("Note: …", "Tip: …"): the text after them is the claim. */
export const META_LABELS: readonly string[] = [
  'note', 'notes', 'tip', 'tips', 'important', 'warning', 'caution', 'info', 'remember', 'update', 'edit', 'disclaimer',
  'summary', 'tl;dr', 'tldr', 'bottom line', 'in short', 'result', 'answer', 'question', 'pro tip', 'heads up',
];
