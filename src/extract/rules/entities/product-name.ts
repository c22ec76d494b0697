import type { EntityCandidate, EntityRule } from '../types.js';
import { NON_NAME_OPENERS } from '../../../lang/non-name-openers.js';
import { JOB_TITLE } from './person.js';

const NOT_A_NAME: ReadonlySet<string> = new Set(NON_NAME_OPENERS);
/** A job title (or its plural) as a whole word. */
const ROLE_WORD = new RegExp(`^${JOB_TITLE}s?$`);
/** A word as the name scanner reads it: letters, digits and the joiners of product names (".", "+", "/", "&", "-"), with a possessive. */
const NAME_TOKEN = /[A-Za-z0-9][\w.+/&-]*(?:[’']s)?/g;
/** A sentence-opening gerund ("Trusting MFA doesn't …"): a verb, not a name. */
const OPENING_GERUND = /^[A-Z][a-z]{2,}ing$/;
/** The one space allowed between two words of a run. */
const SPACE_CODE = 0x20;
const APOSTROPHE_CODES: ReadonlySet<number> = new Set([0x27, 0x2019]);
const S_CODE = 0x73;
/** What a word that ends a sentence or a label ends with (".", "!", "?", ":"): the next word opens a sentence. */
const SENTENCE_END_CODES: ReadonlySet<number> = new Set([0x2e, 0x21, 0x3f, 0x3a]);
const CAPITAL_A = 0x41;
const CAPITAL_Z = 0x5a;
/** A word with a lower-case letter, or an acronym of two characters or more. */
const WORD_OR_ACRONYM = /[a-z]|^[A-Z0-9]{2,}$/;
/** A PascalCase word ("WidgetClient"): an identifier, not a product name; a word ending in an acronym ("OpenID") is a name word. */
const PASCAL_CASE = /^[A-Z][a-z]+[A-Z][a-z]/;

/** Runs of capitalised words or acronyms ("Microsoft Entra ID", "Conditional Access"), and single mid-sentence names. */
function productNames(sentence: string): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  let run: Array<{ s: number; e: number; w: string; first: boolean }> = [];
  let first = true;
  const flush = (): void => {
    // a sentence opening with a gerund ("Trusting MFA doesn't …") starts with a verb, not a name
    while (run.length > 0 && (NOT_A_NAME.has(run[0]?.w ?? '') || (run[0]?.first === true && OPENING_GERUND.test(run[0]?.w ?? '')))) run.shift();
    if (run.length > 0) {
      const a = run[0];
      const b = run[run.length - 1];
      // a job title after a name ("Jane Doe, Principal Identity Architect") names a role, not a product
      if (a && b && (run.length > 1 || !a.first) && !ROLE_WORD.test(b.w)) out.push({ type: 'product', start: a.s, end: b.e });
    }
    run = [];
  };
  NAME_TOKEN.lastIndex = 0;
  for (let m = NAME_TOKEN.exec(sentence); m; m = NAME_TOKEN.exec(sentence)) {
    const raw = m[0];
    // the word's ends are read by character code, not by pattern: this runs once per word of every claim
    const n = raw.length;
    const possessive = n >= 2 && raw.charCodeAt(n - 1) === S_CODE && APOSTROPHE_CODES.has(raw.charCodeAt(n - 2));
    const w = possessive ? raw.slice(0, -2) : raw;
    // exactly one space between the run's last word and this one keeps the run going
    const last = run[run.length - 1];
    if (last && !(m.index - last.e === 1 && sentence.charCodeAt(last.e) === SPACE_CODE)) flush();
    const c = w.charCodeAt(0);
    if (c >= CAPITAL_A && c <= CAPITAL_Z && WORD_OR_ACRONYM.test(w) && !PASCAL_CASE.test(w)) {
      run.push({ s: m.index, e: m.index + w.length, w, first });
      if (possessive) flush();
    } else flush();
    first = SENTENCE_END_CODES.has(raw.charCodeAt(n - 1));
  }
  flush();
  return out;
}

export const productName: EntityRule = {
  id: 'product-name',
  step: 'entities',
  description:
    'A product or feature name: a run of capitalised words or acronyms joined by single spaces ("Contoso Widget Gateway"), or one capitalised word in mid-sentence. A word that opens a sentence without naming anything ("The", "When", a gerund) is not part of it, and a run that ends in a job title names a role.',
  examples: [
    {
      input: 'The app signs users in with OpenID Connect and Contoso Widget Gateway.\n',
      expect: [{ quote: 'The app signs users in with OpenID Connect and Contoso Widget Gateway.', entities: [{ text: 'OpenID Connect', type: 'product' }], notEntities: ['Connect'] }],
    },
    {
      input: 'Tokens from Contoso Widget Gateway expire after an hour.\n',
      expect: [{ quote: 'Tokens from Contoso Widget Gateway expire after an hour.', entities: [{ text: 'Contoso Widget Gateway', type: 'product' }], notEntities: ['Tokens'] }],
    },
    {
      input: 'Rotating keys in Fabrikam Vault is described by Lena Marsh, Senior Engineer at Fabrikam.\n',
      expect: [
        {
          quote: 'Rotating keys in Fabrikam Vault is described by Lena Marsh, Senior Engineer at Fabrikam.',
          entities: [{ text: 'Fabrikam Vault', type: 'product' }],
          notEntities: ['Rotating', 'Senior Engineer'],
        },
      ],
    },
  ],
  apply: ({ sentence }) => productNames(sentence),
};
