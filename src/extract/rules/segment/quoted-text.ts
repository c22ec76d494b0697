import type { Range, SegmentRule } from '../types.js';

const LEFT_CURLY = 0x201c;
const RIGHT_CURLY = 0x201d;
const STRAIGHT = 0x22;

/**
 * Quotation marks still open at the end of a piece: curly “ without ”, or an odd number of straight ". Counted by
 * character code (splitting the piece three times made three arrays per sentence).
 */
function openQuote(s: string): boolean {
  let curlyOpen = 0;
  let curlyClose = 0;
  let straight = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LEFT_CURLY) curlyOpen++;
    else if (c === RIGHT_CURLY) curlyClose++;
    else if (c === STRAIGHT) straight++;
  }
  return curlyOpen > curlyClose || straight % 2 === 1;
}

const CLOSING_QUOTE_START = /^["”]/;

export const quotedText: SegmentRule = {
  id: 'quoted-text',
  step: 'segment',
  description: 'A "?" or "!" inside quoted text (a button, a link, a message) does not end the sentence: a piece that ends with a quotation still open is joined to the next piece.',
  examples: [
    {
      input: 'Users who click "Forgot password?" are sent to the reset page.\n',
      expect: [{ quote: 'Users who click "Forgot password?" are sent to the reset page.' }],
    },
    {
      input: 'The sign-in page shows the link “Can’t access your account?” below the password box. It opens the reset wizard.\n',
      expect: [{ quote: 'The sign-in page shows the link “Can’t access your account?” below the password box.', checkworthy: true }],
    },
  ],
  apply(text: string, ranges: Range[]): Range[] {
    const out: Range[] = [];
    for (const r of ranges) {
      const prev = out[out.length - 1];
      // the next piece's first character first: it is asked of one character, openQuote of the whole piece before
      if (prev && CLOSING_QUOTE_START.test(text.slice(r.start, r.end)) && openQuote(text.slice(prev.start, prev.end))) prev.end = r.end;
      else out.push({ ...r });
    }
    return out;
  },
};
