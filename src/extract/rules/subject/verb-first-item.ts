import type { Referent, SubjectRule } from '../types.js';
import { mainSubject } from '../../split-atomic.js';
import { labelOf } from './label-item.js';
import { predicateOpener, withSubject } from './grammar.js';
const SENTENCE_GAP = /(?<=[.!?])\s+/;
/** A subject that only points elsewhere: a pronoun, a demonstrative, "there". */
const POINTING_WORD = /^(?:it|they|this|these|we|you|i|there)$/i;

/** The subject a list's lead-in gives its items: the subject of its last sentence ("Azure Key Vault provides:" → "Azure Key Vault"). */
export function leadInSubject(doc: string, leadIn: { start: number; end: number }): Referent | undefined {
  const text = doc.slice(leadIn.start, leadIn.end);
  const sentences = text.split(SENTENCE_GAP);
  const last = sentences[sentences.length - 1] ?? text;
  const subject = mainSubject(last);
  if (!subject || POINTING_WORD.test(subject)) return undefined;
  const at = text.lastIndexOf(subject);
  return at < 0 ? undefined : { start: leadIn.start + at, end: leadIn.start + at + subject.length, text: subject };
}

export const verbFirstItem: SubjectRule = {
  id: 'verb-first-item',
  step: 'subject',
  description:
    'A list item that opens with its predicate ("Uses Azure IoT Hub …", "Can be revoked …", "Generated via …", "Valid for …") takes the subject of the lead-in before the list, or else the subject of the sentence before it.',
  examples: [
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
  ],
  apply(ctx) {
    if (ctx.blockType !== 'list-item' || !ctx.atBlockStart || labelOf(ctx.doc, ctx.part.start, ctx.part.end)) return undefined;
    const quote = ctx.doc.slice(ctx.part.start, ctx.part.end);
    const how = predicateOpener(quote);
    if (!how) return undefined;
    const referent = (ctx.leadIn && leadInSubject(ctx.doc, ctx.leadIn)) ?? ctx.previous?.subject ?? ctx.recent[0];
    if (!referent) return undefined;
    return { text: withSubject(referent.text, quote, how), referent, subject: referent };
  },
};
