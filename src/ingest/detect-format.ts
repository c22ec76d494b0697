/**
 * Markdown or plain text, from the body's own syntax rather than the file name: copy-pasted web articles
 * are often saved as .md while being plain text (bare heading lines, `•` bullets), and remark would read
 * those headings as paragraphs.
 */
export function detectFormat(body: string, path: string): 'markdown' | 'text' {
  if (/\.txt$/i.test(path)) return 'text';
  let markdown = 0;
  let plain = 0;
  for (const line of body.split(/\r?\n/)) {
    if (/^#{1,6}\s+\S/.test(line)) markdown += 3;
    else if (/^\s{0,3}(```|~~~)/.test(line)) markdown += 3;
    else if (/^\s*\|.*\|\s*$/.test(line)) markdown += 1;
    else if (/^\s*[-*+]\s+\S/.test(line)) markdown += 1;
    else if (/^\s*>\s?\S/.test(line)) markdown += 1;
    else if (/^\s*•/.test(line)) plain += 2;
    if (/\[[^\]]+\]\([^)\s]+\)|`[^`\n]+`|\*\*[^*\n]+\*\*/.test(line)) markdown += 1;
  }
  // With no markdown syntax at all, the plain-text rules give the same paragraphs as remark and also find
  // bare heading lines, so they are the better reading.
  return markdown > plain ? 'markdown' : 'text';
}
