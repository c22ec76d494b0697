/** Words that open a caption or a sample's label, not a sentence: "Image: …", "Figure 2 …", "Sample V1 ID token." */
export const CAPTION_LABELS: readonly string[] = [
  'image', 'figure', 'fig.', 'screenshot', 'photo', 'picture', 'diagram', 'illustration', 'source', 'credit', 'caption',
  'sample', 'example', 'listing', 'output', 'table', 'video',
];
