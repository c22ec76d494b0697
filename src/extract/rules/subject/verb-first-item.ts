import type { Referent, SubjectRule } from '../types.js';
import { mainSubject } from '../../split-atomic.js';
import { labelOf } from './label-item.js';
import { predicateOpener, withSubject } from './grammar.js';
import { DEFINITION_QUESTIONS } from '../../../lang/definition-questions.js';
import { alternation } from '../../../lang/words.js';
import { hasFiniteVerb } from '../../verbs.js';
import { pieceCount } from '../../word-count.js';
import { HEADING_MARKS } from '../helpers.js';
import { ENDS_WITH_QUESTION } from '../../../lang/sentence-marks.js';
import { EndPattern } from '../../end-pattern.js';

/** ENDS_WITH_QUESTION read on the text's end: "?", at most two closing characters, white space (end-pattern.ts). */
const QUESTION_END = new EndPattern(ENDS_WITH_QUESTION, 3, true);
const SENTENCE_GAP = /(?<=[.!?])\s+/;
/** What may close a heading after its topic: a question mark, a colon, emphasis. */
const HEADING_END = /[\s?:.*_]+$/;
/** "What are X?": group 1 is X. */
const DEFINITION_QUESTION = new RegExp(`^(?:${alternation(DEFINITION_QUESTIONS)})\\s+(.+)$`, 'i');
/** The most words a noun-phrase heading may have to stand for its section's topic. */
const TOPIC_MAX_WORDS = 4;
/** A lead-in of a few words, then "of" and what the list is about, before the colon ("Key benefits of ACR:"). */
const OWNER_OF_LEAD_IN = /^(?:[\w’'-]+\s+){1,3}of\s+((?:[\w’'.-]+\s+){0,3}[\w’'.-]+)\s*:?\s*$/;
/** A subject that only points elsewhere: a pronoun, a demonstrative, "there". */
const POINTING_WORD = /^(?:it|they|this|these|we|you|i|there)$/i;

/** The subject a list's lead-in gives its items: the subject of its last sentence ("Azure Key Vault provides:" → "Azure Key Vault"). */
export function leadInSubject(doc: string, leadIn: { start: number; end: number }): Referent | undefined {
  const text = doc.slice(leadIn.start, leadIn.end);
  const sentences = text.split(SENTENCE_GAP);
  const last = sentences[sentences.length - 1] ?? text;
  // "Key benefits of ACR:", a noun phrase with no verb: its items say things of what follows "of"
  const owner = mainSubject(last) === undefined && !hasFiniteVerb(last) ? OWNER_OF_LEAD_IN.exec(last)?.[1] : undefined;
  const subject = owner ?? mainSubject(last);
  if (!subject || POINTING_WORD.test(subject)) return undefined;
  const at = text.lastIndexOf(subject);
  return at < 0 ? undefined : { start: leadIn.start + at, end: leadIn.start + at + subject.length, text: subject };
}

/**
 * The topic a section heading names: X of "What are X?". Undefined for any other heading: a noun-phrase heading
 * ("Known limitations", "Manage access") names the section's subject matter, not what its list items say things of.
 */
export function headingTopic(doc: string, heading: { start: number; end: number }): Referent | undefined {
  const raw = doc.slice(heading.start, heading.end);
  const marks = HEADING_MARKS.exec(raw)?.[0].length ?? 0;
  const h = raw.slice(marks).replace(HEADING_END, '');
  const topic = DEFINITION_QUESTION.exec(h)?.[1];
  if (!topic || pieceCount(topic) > TOPIC_MAX_WORDS || hasFiniteVerb(topic)) return undefined;
  const start = heading.start + marks + h.length - topic.length;
  return { start, end: start + topic.length, text: topic };
}

export const verbFirstItem: SubjectRule = {
  id: 'verb-first-item',
  step: 'subject',
  description:
    'A list item that opens with its predicate ("Uses Azure IoT Hub …", "Can be revoked …", "Generated via …", "Valid for …") takes the subject of the lead-in before the list; under a lead-in that names no subject ("Key features:"), the topic of the section heading ("What are X?"); or else the subject of the sentence before it.',
  examples: [
    // a lead-in that names what the list is about after "of"
    {
      input: 'Each envelope is signed with a key.\n\nKey benefits of Gadget Relay:\n\n- Removes secrets from application code\n- Works with managed identities\n',
      expect: [
        { quote: 'Removes secrets from application code', text: 'Gadget Relay removes secrets from application code.' },
        { quote: 'Works with managed identities', text: 'Gadget Relay works with managed identities.' },
      ],
    },
    // a step that opens with a verb spelled as its participle ("Set X to On") is an instruction, not a passive
    {
      input: 'Each seal is bound to one session.\n\n1. Browse to the seal settings.\n2. Set **Seal enforcement** to **On** and select **Save**.\n3. Set to **Off** by default.\n',
      expect: [
        { quote: 'Set **Seal enforcement** to **On** and select **Save**.', text: 'Set **Seal enforcement** to **On** and select **Save**.' },
        { quote: 'Set to **Off** by default.', text: 'Each seal is set to **Off** by default.' },
      ],
    },
    {
      input: 'Azure Key Vault stores secrets for apps. Key Vault provides:\n\n- Uses hardware security modules for keys\n- Can be reached over a private endpoint\n- Replicated to a paired region\n',
      expect: [
        { quote: 'Uses hardware security modules for keys', text: 'Key Vault uses hardware security modules for keys.' },
        { quote: 'Can be reached over a private endpoint', text: 'Key Vault can be reached over a private endpoint.' },
        { quote: 'Replicated to a paired region', text: 'Key Vault is replicated to a paired region.' },
      ],
    },
    {
      input: 'Temporary Access Passes are time-limited passcodes.\n\n- Valid for one to eight hours\n- Supports single use\n',
      expect: [{ text: 'Temporary Access Passes are valid for one to eight hours.' }, { text: 'Temporary Access Passes support single use.' }],
    },
    {
      input: 'Contoso Badges are issued to staff.\n\n- Rotated every 30 days\n- Renewed after each sign-in\n',
      expect: [{ text: 'Contoso Badges are rotated every 30 days.' }, { text: 'Contoso Badges are renewed after each sign-in.' }],
    },
    {
      input:
        '## What are Contoso Badges?\n\nBadges are issued daily. By default, an access token is valid for one hour.\n\nKey features:\n\n- Works with Conditional Access policies\n- Can be revoked by an administrator\n',
      expect: [
        { quote: 'Works with Conditional Access policies', text: 'Contoso Badges work with Conditional Access policies.' },
        { quote: 'Can be revoked by an administrator', text: 'Contoso Badges can be revoked by an administrator.' },
      ],
    },
  ],
  apply(ctx) {
    if (ctx.blockType !== 'list-item' || !ctx.atBlockStart || labelOf(ctx.doc, ctx.part.start, ctx.part.end)) return undefined;
    const quote = ctx.doc.slice(ctx.part.start, ctx.part.end);
    // an item that asks ("Are there controls in place?") is a question, not a predicate
    if (QUESTION_END.test(quote)) return undefined;
    const how = predicateOpener(quote);
    if (!how) return undefined;
    // a lead-in that names no subject ("Key features:") stands between the list and the sentences before it
    const topic = ctx.leadIn && ctx.heading ? headingTopic(ctx.doc, ctx.heading) : undefined;
    const referent = (ctx.leadIn && leadInSubject(ctx.doc, ctx.leadIn)) ?? topic ?? ctx.previous?.subject ?? ctx.recent[0];
    if (!referent) return undefined;
    return { text: withSubject(referent.text, quote, how), referent, subject: referent };
  },
};
