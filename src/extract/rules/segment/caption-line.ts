import type { Range, SegmentRule } from '../types.js';
import { CAPTION_LABELS } from '../../../lang/caption-labels.js';
import { alternation } from '../../../lang/words.js';
import { trimRange } from '../helpers.js';

/** A new line that opens with a caption label and a colon or number ("Image: …", "Figure 2 …"). */
const CAPTION_START = new RegExp(String.raw`\n[ \t]*(?=(?:${alternation(CAPTION_LABELS)})(?:\s*\d+[.:]?)?\s*:?\s)`, 'gi');

export const captionLine: SegmentRule = {
  id: 'caption-line',
  step: 'segment',
  description: 'A line inside a paragraph that opens with a caption label ("Image:", "Figure 2:", "Source:") starts a sentence of its own, so the caption never joins the text around it.',
  examples: [
    {
      input: 'Screenshot of the sign-in logs blade in the portal\nImage: Screenshot of the sign-in logs blade in the portal\n\nThe blade lists every sign-in of the last 30 days.\n',
      path: 'a.txt',
      expect: [{ quote: 'Image: Screenshot of the sign-in logs blade in the portal', checkworthy: false }],
    },
    {
      input: 'The consent prompt lists the permissions the app asks for.\nFigure 1: The consent prompt of a multitenant app\n',
      expect: [{ quote: 'The consent prompt lists the permissions the app asks for.' }, { quote: 'Figure 1: The consent prompt of a multitenant app', checkworthy: false }],
    },
  ],
  apply(text: string, ranges: Range[]): Range[] {
    const out: Range[] = [];
    for (const r of ranges) {
      const slice = text.slice(r.start, r.end);
      let from = r.start;
      CAPTION_START.lastIndex = 0;
      for (let m = CAPTION_START.exec(slice); m; m = CAPTION_START.exec(slice)) {
        const cut = r.start + m.index;
        const next = r.start + m.index + m[0].length;
        if (cut > from) out.push(trimRange(text, from, cut));
        from = next;
      }
      out.push(trimRange(text, from, r.end));
    }
    return out.filter((r) => r.end > r.start);
  },
};
