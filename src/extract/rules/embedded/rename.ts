import type { EmbeddedRule } from '../types.js';
import { asSentence } from '../../split-atomic.js';
import { ALIAS_MARKERS, NEW_NAME_MARKER, RENAME_MARKERS } from '../../../lang/rename-markers.js';
import { alternation } from '../../../lang/words.js';

/** A name: up to five capitalised words (group 1 in the patterns below). */
const NAME = String.raw`((?:[A-Z][\w.+-]*\s){0,4}[A-Z][\w.+-]*)`;
const MARKER = `(${alternation(RENAME_MARKERS)})`;
const OTHER_NAME = String.raw`((?:[A-Z][\w.+-]*\s?){1,5})`;
/** "Microsoft Entra ID (formerly Azure AD)": a name, then a rename marker and the other name in parentheses. */
const RENAME = new RegExp(String.raw`(?<![\w.+-])${NAME}\s\(${MARKER}\s+${OTHER_NAME}\)`, 'g');
/**
 * "Microsoft Entra ID, formerly Azure Active Directory, signs …": the same between commas or dashes (an appositive);
 * the other name ends where the appositive closes (a comma, a dash, the end of the sentence).
 */
const APPOSITIVE_RENAME = new RegExp(String.raw`(?<![\w.+-])${NAME}(?:,\s|\s[–—]\s)${MARKER}\s+((?:[A-Z][\w.+-]*)(?:\s[A-Z][\w.+-]*){0,4})(?=,|\s[–—]|[.;]?$)`, 'g');
/** Whether a sentence may hold either form: the tests are cheaper than the scans. */
const OPENS_ASIDE = /[(,–—]/;
const ALIASES: ReadonlySet<string> = new Set(ALIAS_MARKERS);

export const rename: EmbeddedRule = {
  id: 'rename',
  step: 'embedded',
  description:
    'A rename or alias stated in passing ("Microsoft Entra ID (formerly Azure AD)", "Contoso Cloud (also known as CC)", "Microsoft Entra ID, formerly Azure AD, …") is a claim of its own over the name and its parenthesis or appositive, in sentences and in headings.',
  examples: [
    {
      input: 'Tokens are signed by Contoso Identity Cloud (formerly Contoso Directory) for every app.\n',
      expect: [{ quote: 'Contoso Identity Cloud (formerly Contoso Directory)', text: 'Contoso Identity Cloud was formerly called Contoso Directory.', checkworthy: true }],
    },
    {
      input: 'Contoso Identity Cloud, previously known as Contoso Directory, signs every token.\n',
      expect: [{ quote: 'Contoso Identity Cloud, previously known as Contoso Directory', text: 'Contoso Identity Cloud was formerly called Contoso Directory.', checkworthy: true }],
    },
    {
      input: '## Microsoft Entra Portal (formerly Azure AD Portal)\n\nThe portal lists every user.\n',
      expect: [{ quote: 'Microsoft Entra Portal (formerly Azure AD Portal)', text: 'Microsoft Entra Portal was formerly called Azure AD Portal.', checkworthy: true }],
    },
  ],
  apply(doc, sentence) {
    const quote = doc.slice(sentence.start, sentence.end);
    if (!OPENS_ASIDE.test(quote)) return [];
    const out: Array<{ start: number; end: number; text: string }> = [];
    for (const pattern of [RENAME, APPOSITIVE_RENAME]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(quote); m; m = pattern.exec(quote)) {
        const [all, name = '', how = '', other = ''] = m;
        const marker = how.toLowerCase();
        const verb = marker === NEW_NAME_MARKER ? 'is now called' : ALIASES.has(marker) ? 'is also known as' : 'was formerly called';
        out.push({ start: sentence.start + m.index, end: sentence.start + m.index + all.length, text: asSentence(`${name.trim()} ${verb} ${other.trim()}`) });
      }
    }
    return out;
  },
};
