import type { EmbeddedRule } from '../types.js';
import { asSentence } from '../../split-atomic.js';

/** "Microsoft Entra ID (formerly Azure AD)": a name, then a rename marker and the other name in parentheses. */
const RENAME = /(?<![\w.+-])((?:[A-Z][\w.+-]*\s){0,4}[A-Z][\w.+-]*)\s\((formerly|previously|now|also known as|aka|renamed from)\s+((?:[A-Z][\w.+-]*\s?){1,5})\)/g;

export const rename: EmbeddedRule = {
  id: 'rename',
  step: 'embedded',
  description:
    'A rename or alias stated in passing ("Microsoft Entra ID (formerly Azure AD)", "Contoso Cloud (also known as CC)") is a claim of its own over the name and its parenthesis, in sentences and in headings.',
  examples: [
    {
      input: 'Tokens are signed by Contoso Identity Cloud (formerly Contoso Directory) for every app.\n',
      expect: [{ quote: 'Contoso Identity Cloud (formerly Contoso Directory)', text: 'Contoso Identity Cloud was formerly called Contoso Directory.', checkworthy: true }],
    },
    {
      input: '## Microsoft Entra Portal (formerly Azure AD Portal)\n\nThe portal lists every user.\n',
      expect: [{ quote: 'Microsoft Entra Portal (formerly Azure AD Portal)', text: 'Microsoft Entra Portal was formerly called Azure AD Portal.', checkworthy: true }],
    },
  ],
  apply(doc, sentence) {
    const quote = doc.slice(sentence.start, sentence.end);
    // a rename is said in parentheses: a sentence without one is not scanned (the test is cheaper than the scan)
    if (!quote.includes('(')) return [];
    const out: Array<{ start: number; end: number; text: string }> = [];
    RENAME.lastIndex = 0;
    for (let m = RENAME.exec(quote); m; m = RENAME.exec(quote)) {
      const [all, name = '', how = '', other = ''] = m;
      const verb = how === 'now' ? 'is now called' : how === 'also known as' || how === 'aka' ? 'is also known as' : 'was formerly called';
      out.push({ start: sentence.start + m.index, end: sentence.start + m.index + all.length, text: asSentence(`${name.trim()} ${verb} ${other.trim()}`) });
    }
    return out;
  },
};
