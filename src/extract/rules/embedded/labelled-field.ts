import type { EmbeddedRule } from '../types.js';
import { asSentence, mainSubject } from '../../split-atomic.js';
import { FIELD_NOUNS, VALUE_NOUNS } from '../../../lang/field-nouns.js';
import { nounPhraseIsPlural, singularNoun } from '../../../lang/inflection.js';
import { exactAlternation } from '../../../lang/words.js';

/** A lead-in that ends with ':' after a noun for labels ("… includes two fields:"); group 1 is the noun. */
const FIELD_NOUN = new RegExp(`\\b(${exactAlternation([...FIELD_NOUNS, ...VALUE_NOUNS])})\\b[^.]*:\\s*$`, 'i');
/** A list item that opens with `Label: `; group 1 is the label. */
const ITEM_LABEL = /^([A-Za-z_][\w.]*):\s/;
/** Between two sentences of the lead-in. */
const SENTENCE_GAP = /(?<=[.!?])\s+/;

/** `Label: …` in a list item, under a lead-in sentence that ends with ':' and names what the labels are. */
function labelledItem(text: string, itemStart: number, itemEnd: number, leadIn: string): { start: number; end: number; text: string } | undefined {
  const noun = FIELD_NOUN.exec(leadIn)?.[1];
  const label = ITEM_LABEL.exec(text.slice(itemStart, itemEnd))?.[1];
  if (!noun || !label) return undefined;
  const sentences = leadIn.split(SENTENCE_GAP);
  const subject = mainSubject(sentences[sentences.length - 1] ?? leadIn);
  if (!subject) return undefined;
  const singular = singularNoun(noun.toLowerCase());
  const plural = nounPhraseIsPlural(subject);
  return { start: itemStart, end: itemStart + label.length, text: asSentence(`${subject} ${plural ? 'include' : 'includes'} the ${label} ${singular}`) };
}

export const labelledField: EmbeddedRule = {
  id: 'labelled-field',
  step: 'embedded',
  description:
    'A list item that opens with a label ("tenant_ref: …") under a lead-in ending with ":" that names what the labels are ("The audit record has these fields:") states that the subject has that field: a claim of its own over the label ("The audit record includes the tenant_ref field."), beside the item\'s own claim.',
  examples: [
    {
      input: 'The audit record has three fields:\n\n- tenant_ref: the tenant that made the call\n- widget_id: the widget that was changed\n',
      expect: [
        { quote: 'tenant_ref', text: 'The audit record includes the tenant_ref field.' },
        { quote: 'widget_id', text: 'The audit record includes the widget_id field.' },
      ],
    },
    {
      input: 'The gadget token has two properties:\n\n- scope: what the token may do\n- ttl: how long it lives\n',
      expect: [
        { quote: 'scope', text: 'The gadget token includes the scope property.' },
        { quote: 'ttl', text: 'The gadget token includes the ttl property.' },
      ],
    },
  ],
  apply(doc, sentence, { blockType, block, leadIn }) {
    if (blockType !== 'list-item' || sentence.start !== block.start || !leadIn) return [];
    const fact = labelledItem(doc, block.start, block.end, doc.slice(leadIn.start, leadIn.end));
    return fact ? [fact] : [];
  },
};
