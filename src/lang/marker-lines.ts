/** Whole lines that are page furniture, not prose: markers, placeholders and navigation labels. */
export const MARKER_LINES: readonly string[] = [
  'advertisement', 'sponsored', 'table of contents', 'contents', 'share this', 'share this post', 'related posts',
  'related articles', 'continue reading', 'back to top', 'skip to content', 'read more', 'tags', 'categories', 'todo', 'tbd',
  'placeholder', 'gap', 'snip', 'image', 'video', 'embed',
];
