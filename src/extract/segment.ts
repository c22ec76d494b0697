import { split, type TxtParentNodeWithSentenceNodeContent } from 'sentence-splitter';
import { glueCuts } from './repair.js';

export interface SentenceRange {
  start: number;
  end: number;
}

/**
 * One prose block → sentence ranges (offsets into the document text), with sentence-splitter doing the
 * segmentation inside each piece left by the repair pass. Ranges are trimmed of surrounding whitespace.
 */
export function segmentBlock(text: string, start: number, end: number): SentenceRange[] {
  const bounds = [start, ...glueCuts(text, start, end), end];
  const out: SentenceRange[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const s = bounds[i] ?? start;
    const e = bounds[i + 1] ?? end;
    const piece = text.slice(s, e);
    const nodes = split(piece) as TxtParentNodeWithSentenceNodeContent[];
    for (const node of nodes) {
      if (node.type !== 'Sentence') continue;
      const [a, b] = node.range;
      pushTrimmed(out, text, s + a, s + b);
    }
  }
  return out;
}

function pushTrimmed(out: SentenceRange[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e });
}
