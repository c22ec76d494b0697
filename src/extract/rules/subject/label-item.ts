import type { SubjectRule } from '../types.js';
import { CAPTION_LABELS } from '../../../lang/caption-labels.js';
import { META_LABELS } from '../../../lang/meta-labels.js';
import { alternation, exactAlternation } from '../../../lang/words.js';
import { FIELD_NOUNS, OPTION_NOUNS } from '../../../lang/field-nouns.js';
import { nounPhraseIsPlural, singularNoun } from '../../../lang/inflection.js';
import { asSentence } from '../../split-atomic.js';
import { AUX, hasFiniteVerb, isClause } from '../../verbs.js';
import { tag } from '../../../lang/nlp.js';
import { RELATIVE_PRONOUNS } from '../../../lang/relative-pronouns.js';
import { lowerFirst, predicateOpener, withSubject } from './grammar.js';
import { pieceCount } from '../../word-count.js';

/** `Label: description`, `**Label:** description`, `` `aud`: description `` at the start of an item or paragraph. */
export const LABEL = /^(\*\*|__)?`?([^:`*\n]{1,60}?)`?(?:\1)?:(?:\1)?\s+(?=\S)/;
const MAX_LABEL_WORDS = 6;
const NOT_A_LABEL = new RegExp(`^(?:${alternation([...CAPTION_LABELS, ...META_LABELS])})$|^https?$`, 'i');
/** A field name in code style (`aud`, `token_type`, `x-ms-foo`): the lead-in says what kind of field it is. */
const CODE_LABEL = /^[a-z_][\w.-]*$/;
/** A lead-in that ends with ':' after a noun for labels; group 1 is the noun. */
const FIELD_NOUN = new RegExp(`\\b(${exactAlternation([...FIELD_NOUNS, ...OPTION_NOUNS])})\\b[^.]*:\\s*$`, 'i');
const NAME_LIKE_START = /^[A-Z0-9`]/;
/** The participle of a compound adjective in a label ("QR-Based Access Tokens", "Role-Enabled Groups"): no verb. */
const COMPOUND_PARTICIPLE = /-[A-Za-z]+ed\b/g;

/** The label and description of a labelled item, with the label's offsets in the document, when the part opens with one. */
export function labelOf(doc: string, start: number, end: number): { label: string; labelStart: number; labelEnd: number; body: string; bodyStart: number } | undefined {
  const quote = doc.slice(start, end);
  // a label ends with a colon: a part without one is read no further (a test cheaper than the pattern)
  if (!quote.includes(':')) return undefined;
  const m = LABEL.exec(quote);
  const label = m?.[2]?.trim();
  const words = label === undefined ? 0 : pieceCount(label);
  if (!m || !label || NOT_A_LABEL.test(label) || words > MAX_LABEL_WORDS || (words > 2 && hasFiniteVerb(label.replace(COMPOUND_PARTICIPLE, '')))) return undefined;
  if (!NAME_LIKE_START.test(label) && !CODE_LABEL.test(label)) return undefined;
  const labelStart = start + quote.indexOf(label);
  return { label, labelStart, labelEnd: labelStart + label.length, body: quote.slice(m[0].length), bodyStart: start + m[0].length };
}

const ENDS_WITH_QUESTION = /\?\s*$/;
/** A relative clause's verb ("… that is Entra joined"): it belongs to the noun phrase before it, not to a clause of its own. */
const RELATIVE_VERB = new RegExp(`\\b(?:${alternation(RELATIVE_PRONOUNS)})\\s+${AUX}(?![\\w-])`, 'gi');

export const labelItem: SubjectRule = {
  id: 'label-item',
  step: 'subject',
  description:
    'A `Label: description` item or paragraph becomes a sentence about the label: a predicate is joined to it ("Refresh Token: Remains valid for 90 days" → "Refresh Token remains valid for 90 days."), a noun phrase is said of it ("Static PINs: Permanent codes …" → "Static PINs are permanent codes …"), a field name takes the lead-in’s noun ("aud: Set to the app ID" → "The aud claim is set to the app ID."), and a full clause keeps its own subject. The label is the subject for the sentences that follow.',
  examples: [
    {
      // a full clause with an adverb before its verb keeps its own subject ("Update (2025) is contoso now …" before)
      input: 'Update (2025): Contoso now recommends the new client for every app.\n',
      expect: [{ quote: 'Contoso now recommends the new client for every app.', text: 'Contoso now recommends the new client for every app.' }],
    },
    {
      // a compound adjective's participle ("-Based") is no verb: the label is a name
      input: '- Badge-Based Widget Passes: Scannable codes printed on each badge.\n',
      expect: [{ text: 'Badge-Based Widget Passes are scannable codes printed on each badge.' }],
    },
    {
      input: 'Tokens come in three kinds:\n\n- Refresh Token: Remains valid for 90 days. It is bound to one client.\n- ID Token (OpenID Connect): Contains the user’s object ID.\n',
      expect: [{ text: 'Refresh Token remains valid for 90 days.' }, { text: 'Refresh Token is bound to one client.' }, { text: 'ID Token (OpenID Connect) contains the user’s object ID.' }],
    },
    {
      input: 'The token carries these claims:\n\n- aud: Set to the application ID of the API.\n- **Scope:** The permissions the user consented to.\n',
      expect: [
        { quote: 'aud: Set to the application ID of the API.', text: 'The aud claim is set to the application ID of the API.' },
        { quote: '**Scope:** The permissions the user consented to.', text: 'Scope is the permissions the user consented to.' },
      ],
    },
    {
      input: '- Static PINs: Permanent codes assigned to employees.\n- Integration: The service connects to Entra ID for sign-in.\n',
      expect: [{ text: 'Static PINs are permanent codes assigned to employees.' }, { quote: 'The service connects to Entra ID for sign-in.', text: 'The service connects to Entra ID for sign-in.' }],
    },
    {
      // a plural noun the predicate test reads as a verb in -s ("Policies in …") opens a clause of its own
      input: '- **User Actions:** policies in the User Actions scope can’t be evaluated in report-only mode.\n- Registration: Uses the combined registration page.\n',
      expect: [
        { quote: 'policies in the User Actions scope can’t be evaluated in report-only mode.', text: 'Policies in the User Actions scope can’t be evaluated in report-only mode.' },
        { text: 'Registration uses the combined registration page.' },
      ],
    },
    {
      // a relative clause's verb ("that are paired") makes no clause of the body: the noun phrase is said of the label
      input: '- Gadgets: Small hubs that are paired with a badge reader.\n- Readers: Quillon 7 or newer that is bolted to a door.\n',
      expect: [{ text: 'Gadgets are small hubs that are paired with a badge reader.' }, { text: 'Readers are Quillon 7 or newer that is bolted to a door.' }],
    },
  ],
  apply(ctx) {
    if (!ctx.atBlockStart || (ctx.blockType !== 'list-item' && ctx.blockType !== 'paragraph' && ctx.blockType !== 'table-cell')) return undefined;
    const found = labelOf(ctx.doc, ctx.part.start, ctx.part.end);
    if (!found) return undefined;
    const { label, labelStart, labelEnd, body, bodyStart } = found;
    if (ENDS_WITH_QUESTION.test(body)) return undefined;
    const subject = { start: labelStart, end: labelEnd, text: label };
    const how = predicateOpener(body);
    if (CODE_LABEL.test(label)) {
      const noun = ctx.leadIn ? FIELD_NOUN.exec(ctx.doc.slice(ctx.leadIn.start, ctx.leadIn.end))?.[1] : undefined;
      const named = noun ? `The ${label} ${singularNoun(noun.toLowerCase())}` : label;
      const text = how ? withSubject(named, body, how) : asSentence(`${named} is ${lowerFirst(body)}`);
      // a field name is no referent for the sentences after the list
      return { text: text.charAt(0) === named.charAt(0) ? text : named + text.slice(named.length) };
    }
    // "policies in the User Actions scope can't be …": a plural noun that could be read as a verb in -s opens a
    // clause of its own when the tagger reads it as a noun and a verb follows in the body
    const ownClause = how === 'verb' && isClause(body.replace(RELATIVE_VERB, ' ')) && tag(body)[0]?.pos === 'NOUN';
    if (how && !ownClause) return { text: withSubject(label, body, how), subject };
    // a full clause keeps its own subject; the label it drops is no part of the claim's quote either
    if (isClause(body.replace(RELATIVE_VERB, ' '))) return { text: asSentence(body), from: bodyStart };
    return { text: asSentence(`${label} ${nounPhraseIsPlural(label) ? 'are' : 'is'} ${lowerFirst(body)}`), subject };
  },
};
