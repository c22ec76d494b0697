import type { EmbeddedRule } from '../types.js';
import { asSentence } from '../../split-atomic.js';

/** "Entra ID (Azure AD)": one to four capitalised words, then one to three capitalised words in parentheses. */
const ALIAS = /(?<![\w.+-])((?:[A-Z][\w.+-]*\s(?:(?:for|of|and)\s)?){0,3}[A-Z][\w.+-]*)\s\(((?:[A-Z][\w.+-]*\s?){1,3})\)(?!\s*:)/g;

/** A capitalised function word that opens the sentence, not the name ("The", "In"). */
const NAME_LEAD = /^(?:The|A|An|In|On|At|By|For|With|From|To|Of)\s/;
/** A rename marker: that case is the rename rule's. */
const RENAME_MARKER = /^(?:formerly|previously|now|aka)\b/i;
/** A name ending in a plural common noun ("Accounts", "Keys") names a kind of thing, not a product. */
const PLURAL_HEAD = /[A-Z][a-z]+[^s]s$/;
/** A run of white space (between words). */
const SPACE_RUN = /\s+/;
const SPACE_RUNS = /\s+/g;
const S_END = /s$/;

/** The parenthesis abbreviates the name: an acronym of its words ("AAD"), or its words with some replaced by their initials ("Azure AD"). */
function abbreviates(name: string, short: string): boolean {
  const words = name.split(SPACE_RUN);
  const initials = words
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
  const compact = short.replace(SPACE_RUNS, '').replace(S_END, '');
  if (initials.includes(compact.toUpperCase())) return true;
  const parts = short.split(SPACE_RUN);
  return parts.every((p) => words.includes(p) || initials.includes(p.replace(S_END, '')));
}

const DIGIT = /\d/;

export const aliasInParentheses: EmbeddedRule = {
  id: 'alias-in-parentheses',
  step: 'embedded',
  description:
    'A product name followed by another name in parentheses ("Entra ID (Azure AD)") states that the two name the same thing: a claim of its own ("Entra ID is also known as Azure AD."). An abbreviation of the name ("Azure Active Directory (AAD)", "(Azure AD)"), a version, a label ("Access Token (OAuth2):") or a plural kind ("Emergency Access (Break-Glass Accounts)") is not an alias.',
  examples: [
    {
      input: 'We configured the tenant in Microsoft Defender for Identity (Azure ATP) last week.\n',
      expect: [{ quote: 'Microsoft Defender for Identity (Azure ATP)', text: 'Microsoft Defender for Identity is also known as Azure ATP.' }],
    },
    {
      input: 'Sign-ins are logged by Azure Active Directory (Azure AD) and by Privileged Identity Management (PIM).\n',
      expect: [{ quote: 'Sign-ins are logged by Azure Active Directory (Azure AD) and by Privileged Identity Management (PIM).' }],
      absent: ['Azure Active Directory (Azure AD)', 'Privileged Identity Management (PIM)'],
    },
  ],
  apply(doc, sentence) {
    const quote = doc.slice(sentence.start, sentence.end);
    // an alias is said in parentheses: a sentence without one is not scanned (the test is cheaper than the scan)
    if (!quote.includes('(')) return [];
    const out: Array<{ start: number; end: number; text: string }> = [];
    ALIAS.lastIndex = 0;
    for (let m = ALIAS.exec(quote); m; m = ALIAS.exec(quote)) {
      let name = m[1] ?? '';
      const other = (m[2] ?? '').trim();
      // the name starts at its first capitalised word after a sentence-initial function word
      const lead = NAME_LEAD.exec(name)?.[0] ?? '';
      name = name.slice(lead.length);
      if (!name || DIGIT.test(other) || abbreviates(name, other) || RENAME_MARKER.test(other)) continue;
      if (PLURAL_HEAD.test(name) || PLURAL_HEAD.test(other)) continue; // "Emergency Access (Break-Glass Accounts)" explains, it does not rename
      const start = sentence.start + m.index + lead.length;
      out.push({ start, end: sentence.start + m.index + m[0].length, text: asSentence(`${name} is also known as ${other}`) });
    }
    return out;
  },
};
