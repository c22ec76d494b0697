import { CLOSING_EMPHASIS } from '../../../lang/sentence-marks.js';
import type { Range, SegmentRule } from '../types.js';
import { isSpaceCode } from '../../word-count.js';

/**
 * A question set in bold or italics, its answer after it on the same line or the next line of the paragraph ("**Is it
 * free?** Yes, …", the shape of an FAQ): the "?" and the closing marks, then white space and the answer's first character, a capital, a digit,
 * a quote or a mark (a lower-case word goes on the sentence: "click **Got feedback?** in the admin center").
 */
const EMPHASIZED_QUESTION_END = new RegExp(String.raw`[?!]${CLOSING_EMPHASIS}(?=[ \t]*\n?[ \t]*(?<=\s)[\p{Lu}\p{N}"“'‘*_(\x60])`, 'gu');

export const emphasizedQuestion: SegmentRule = {
  id: 'emphasized-question',
  step: 'segment',
  description:
    'A question in bold or italics followed by its answer on the same line ("**How long is a PRT valid?** A PRT is valid for 14 days.") is a sentence of its own: the closing emphasis after the "?" hides the end of the sentence from the splitter, and the answer must not start with the question.',
  examples: [
    {
      input: '**How long is a session valid?** A session is valid for 14 days and is renewed while the user is active.\n',
      expect: [
        { quote: '**How long is a session valid?**', checkworthy: false },
        { quote: 'A session is valid for 14 days', text: 'A session is valid for 14 days.' },
        { quote: 'is renewed while the user is active.', text: 'A session is renewed while the user is active.' },
      ],
    },
    {
      input: 'To send feedback, click **Got feedback?** in the admin center.\n',
      expect: [{ quote: 'To send feedback, click **Got feedback?** in the admin center.' }],
    },
    // the answer on the next line of the same paragraph
    {
      input: '**Are sessions free?**\nNo, they require a P1 licence at minimum.\n',
      expect: [{ quote: '**Are sessions free?**', checkworthy: false }, { quote: 'No, they require a P1 licence at minimum.' }],
    },
    {
      input: '_Is it free?_ Every tenant gets the feature at no cost.\n',
      expect: [{ quote: '_Is it free?_', checkworthy: false }, { quote: 'Every tenant gets the feature at no cost.' }],
    },
  ],
  apply(text: string, ranges: Range[]): Range[] {
    const out: Range[] = [];
    for (const r of ranges) {
      const slice = text.slice(r.start, r.end);
      // most sentences hold no "?" at all: the test is cheaper than the scan
      if (!slice.includes('?') && !slice.includes('!')) {
        out.push(r);
        continue;
      }
      let from = r.start;
      EMPHASIZED_QUESTION_END.lastIndex = 0;
      for (let m = EMPHASIZED_QUESTION_END.exec(slice); m; m = EMPHASIZED_QUESTION_END.exec(slice)) {
        const cut = r.start + m.index + m[0].length;
        out.push({ start: from, end: cut });
        from = cut;
        while (from < r.end && isSpaceCode(text.charCodeAt(from))) from++;
      }
      if (from < r.end) out.push({ start: from, end: r.end });
    }
    return out;
  },
};
