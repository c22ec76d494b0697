const TXT_EXTENSION = /\.txt$/i;
const LINE_BREAK = /\r?\n/;
const MARKDOWN_HEADING = /^#{1,6}\s+\S/;
const CODE_FENCE = /^\s{0,3}(```|~~~)/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const MARKDOWN_BULLET = /^\s*[-*+]\s+\S/;
const BLOCK_QUOTE = /^\s*>\s?\S/;
const PLAIN_BULLET = /^\s*•/;
/** A link, inline code or bold text. */
const INLINE_MARKDOWN = /\[[^\]]+\]\([^)\s]+\)|`[^`\n]+`|\*\*[^*\n]+\*\*/;
/**
 * Markdown or plain text, from the body's own syntax rather than the file name: copy-pasted web articles
 * are often saved as .md while being plain text (bare heading lines, `•` bullets), and remark would read
 * those headings as paragraphs.
 */
export function detectFormat(body: string, path: string): 'markdown' | 'text' {
  if (TXT_EXTENSION.test(path)) return 'text';
  let markdown = 0;
  let plain = 0;
  for (const line of body.split(LINE_BREAK)) {
    if (MARKDOWN_HEADING.test(line)) markdown += 3;
    else if (CODE_FENCE.test(line)) markdown += 3;
    else if (TABLE_ROW.test(line)) markdown += 1;
    else if (MARKDOWN_BULLET.test(line)) markdown += 1;
    else if (BLOCK_QUOTE.test(line)) markdown += 1;
    else if (PLAIN_BULLET.test(line)) plain += 2;
    if (INLINE_MARKDOWN.test(line)) markdown += 1;
  }
  // With no markdown syntax at all, the plain-text rules give the same paragraphs as remark and also find
  // bare heading lines, so they are the better reading.
  return markdown > plain ? 'markdown' : 'text';
}
