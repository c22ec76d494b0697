import type { EntityCandidate, EntityRule } from '../types.js';
import { NON_NAME_OPENERS } from '../../../lang/non-name-openers.js';
import { JOB_TITLE } from './person.js';
import { isAsciiAlphanumeric, isAsciiUpper } from '../../../lang/ascii.js';
import { tag } from '../../../lang/nlp.js';

const NOT_A_NAME: ReadonlySet<string> = new Set(NON_NAME_OPENERS);
/** A job title (or its plural) as a whole word. */
const ROLE_WORD = new RegExp(`^${JOB_TITLE}s?$`);
/**
 * A word as the name scanner reads it: an ASCII letter or digit, then letters, digits, "_" and the joiners of
 * product names (".", "+", "/", "&", "-"), then a possessive "'s" or "’s" if one follows. Read by character
 * code (nameTokenEnd), not by a global pattern: the scan runs over every word of every claim, and each match of
 * a pattern was an array and a string, most of them for lower-case words the scanner skips.
 */
const NAME_JOINER_CODES: ReadonlySet<number> = new Set([0x5f, 0x2e, 0x2b, 0x2f, 0x26, 0x2d]);

/** Where the name token that starts at `start` (an ASCII letter or digit) ends, its possessive included. */
function nameTokenEnd(sentence: string, start: number): number {
  let j = start + 1;
  while (j < sentence.length) {
    const c = sentence.charCodeAt(j);
    if (!isAsciiAlphanumeric(c) && !NAME_JOINER_CODES.has(c)) break;
    j++;
  }
  return APOSTROPHE_CODES.has(sentence.charCodeAt(j)) && sentence.charCodeAt(j + 1) === S_CODE ? j + 2 : j;
}
/** A sentence-opening gerund ("Trusting MFA doesn't …"): a verb, not a name. */
const OPENING_GERUND = /^[A-Z][a-z]{2,}ing$/;
/** A capitalised word shaped like a verb in the third person or a participle ("Uses", "Integrates", "Generated"): the tagger decides. */
const VERB_SHAPED = /^[A-Z][a-z]{2,}(?:s|ed)$/;

/**
 * A list item or sentence that opens with its verb ("Uses Azure IoT Hub for …", "Generated via Azure Logic
 * Apps"): the first word is the predicate, not the first word of the name after it. Only a verb-shaped first word
 * is tagged ("Windows Hello" is a name, and the wink tagger says so).
 */
function opensWithVerb(sentence: string, word: string): boolean {
  return VERB_SHAPED.test(word) && tag(sentence)[0]?.pos === 'VERB';
}
/** The one space allowed between two words of a run. */
const SPACE_CODE = 0x20;
const APOSTROPHE_CODES: ReadonlySet<number> = new Set([0x27, 0x2019]);
const S_CODE = 0x73;
/** What a word that ends a sentence or a label ends with (".", "!", "?", ":"): the next word opens a sentence. */
const SENTENCE_END_CODES: ReadonlySet<number> = new Set([0x2e, 0x21, 0x3f, 0x3a]);
/** A word with a lower-case letter, or an acronym of two characters or more. */
const WORD_OR_ACRONYM = /[a-z]|^[A-Z0-9]{2,}$/;
/** A bare version ("V2", "v1.0"): before another name word it qualifies the name. */
const VERSION_MARKER = /^[Vv]\d+(?:\.\d+)*$/;
/** A PascalCase word ("WidgetClient"): an identifier, not a product name; a word ending in an acronym ("OpenID") is a name word. */
const PASCAL_CASE = /^[A-Z][a-z]+[A-Z][a-z]/;

/** A capital letter, looked for from `lastIndex`. */
const CAPITAL = /[A-Z]/g;

/**
 * Whether a capital stands after the sentence's first letter or digit: without one, the only word a run can open
 * with is the sentence's first, alone, and a run of one word that opens the sentence is no name (productNames).
 */
function capitalAfterFirstWord(sentence: string): boolean {
  let i = 0;
  while (i < sentence.length && !isAsciiAlphanumeric(sentence.charCodeAt(i))) i++;
  CAPITAL.lastIndex = i + 1;
  return CAPITAL.test(sentence);
}

/** Runs of capitalised words or acronyms ("Microsoft Entra ID", "Conditional Access"), and single mid-sentence names. */
function productNames(sentence: string): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  if (!capitalAfterFirstWord(sentence)) return out;
  // the run of name words at hand: one array per sentence, emptied at each flush
  const run: Array<{ s: number; e: number; w: string; first: boolean }> = [];
  let first = true;
  const flush = (): void => {
    if (run.length === 0) return; // most words are lower-case: nothing to close
    // a sentence opening with a gerund ("Trusting MFA doesn't …") starts with a verb, not a name
    while (run.length > 0 && (NOT_A_NAME.has(run[0]?.w ?? '') || (run[0]?.first === true && OPENING_GERUND.test(run[0]?.w ?? '')))) run.shift();
    // a sentence that opens with its verb ("Uses Azure IoT Hub …"): the verb is no word of the name
    if (run.length > 1 && run[0]?.s === 0 && opensWithVerb(sentence, run[0].w)) run.shift();
    // a version before a name ("a V2 ID token") says which version of it, and is no word of its name
    if (run.length > 1 && VERSION_MARKER.test(run[0]?.w ?? '')) run.shift();
    if (run.length > 0) {
      const a = run[0];
      const b = run[run.length - 1];
      // a job title after a name ("Jane Doe, Principal Identity Architect") names a role, not a product
      if (a && b && (run.length > 1 || !a.first) && !ROLE_WORD.test(b.w)) out.push({ type: 'product', start: a.s, end: b.e });
    }
    run.length = 0;
  };
  for (let at = 0; at < sentence.length; ) {
    if (!isAsciiAlphanumeric(sentence.charCodeAt(at))) {
      at++;
      continue;
    }
    const end = nameTokenEnd(sentence, at);
    const n = end - at;
    const possessive = n >= 2 && sentence.charCodeAt(end - 1) === S_CODE && APOSTROPHE_CODES.has(sentence.charCodeAt(end - 2));
    const wordEnd = possessive ? end - 2 : end;
    // exactly one space between the run's last word and this one keeps the run going
    const last = run[run.length - 1];
    if (last && !(at - last.e === 1 && sentence.charCodeAt(last.e) === SPACE_CODE)) flush();
    const c = sentence.charCodeAt(at);
    const w = isAsciiUpper(c) ? sentence.slice(at, wordEnd) : undefined;
    if (w !== undefined && WORD_OR_ACRONYM.test(w) && !PASCAL_CASE.test(w)) {
      run.push({ s: at, e: wordEnd, w, first });
      if (possessive) flush();
    } else flush();
    first = SENTENCE_END_CODES.has(sentence.charCodeAt(end - 1));
    at = end;
  }
  flush();
  return out;
}

export const productName: EntityRule = {
  id: 'product-name',
  step: 'entities',
  description:
    'A product or feature name: a run of capitalised words or acronyms joined by single spaces ("Contoso Widget Gateway"), or one capitalised word in mid-sentence. A word that opens a sentence without naming anything ("The", "When", a gerund) is not part of it, nor is a bare version before the name ("a V2 Widget token"), a run that ends in a job title names a role, and a sentence or list item that opens with its verb ("Uses Contoso Gateway …", as the wink tagger reads it) does not lend the verb to the name.',
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
    {
      input: 'From the V2 endpoint you get a V2 Widget token.\n',
      expect: [{ quote: 'From the V2 endpoint you get a V2 Widget token.', entities: [{ text: 'Widget', type: 'product' }], notEntities: ['V2 Widget'] }],
    },
    {
      input: 'Contoso Lock features:\n\n- Integrates Contoso Widget Gateway to sign requests\n- Windows Hello unlocks the lock\n',
      expect: [
        { quote: 'Integrates Contoso Widget Gateway to sign requests', entities: [{ text: 'Contoso Widget Gateway', type: 'product' }], notEntities: ['Integrates Contoso Widget Gateway'] },
        { quote: 'Windows Hello unlocks the lock', entities: [{ text: 'Windows Hello', type: 'product' }] },
      ],
    },
  ],
  apply: ({ sentence }) => productNames(sentence),
};
