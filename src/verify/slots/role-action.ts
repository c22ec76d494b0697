import { ABILITY_FORMS, MODAL_FILLER, STRONG_MODALS, WEAK_MODALS } from '../../lang/modality-cues.js';
import { tag } from '../../lang/nlp.js';
import { roles } from './role.js';
import { AGREE, alternatives, silent, type SlotRule } from './types.js';

/**
 * A role, then a modal and the verb it governs ("Authentication Administrators can create …", "a Global Reader
 * can't view …"): group 1 is the verb. The role's name is found by the role rule (role.ts); this reads what follows.
 */
const MODAL_VERB = new RegExp(String.raw`\b(?:${alternatives([...STRONG_MODALS, ...WEAK_MODALS, ...ABILITY_FORMS])})\s+(?:(?:${alternatives(MODAL_FILLER)})\s+)*([a-z]{3,})\b`, 'i');

/** The lemma of the verb a modal governs in a text, as the wink tagger reads it; undefined when there is none. */
function modalVerb(text: string): string | undefined {
  const m = MODAL_VERB.exec(text);
  const word = m?.[1];
  if (!word || m.index === undefined) return undefined;
  const at = m.index + m[0].length - word.length;
  const t = tag(text).find((x) => x.start === at);
  return t?.pos === 'VERB' ? t.lemma : undefined;
}

/** Whether a sentence states the verb in any form (the wink lemmas of its words). */
function statesVerb(sentence: string, lemma: string): boolean {
  return tag(sentence).some((t) => t.lemma === lemma);
}

/**
 * What a role may do: where the claim says a role can (or must) do something and the aligned sentence names that
 * same role, the sentence must name the act too. "The Authentication Policy Administrator role can create a
 * Temporary Access Pass" is not stated by "Authentication Policy administrator role holders can update the
 * Temporary Access Pass … policy", though every word of the claim is in that sentence and the one before it.
 */
export const roleAction: SlotRule = {
  id: 'role-action',
  description: 'what the claim says a role can or must do: a sentence that names the same role must name the same act',
  silenceBlocks: true,
  canRefute: false,
  examples: [
    {
      claim: 'The Authentication Policy Administrator role can create a Temporary Access Pass.',
      passage: 'Global administrator and Authentication Policy administrator role holders can update the Temporary Access Pass authentication method policy.',
      expect: 'silent',
    },
    {
      claim: 'Authentication Administrators can delete a Temporary Access Pass on members.',
      passage: 'Authentication Administrators can create, delete, and view a Temporary Access Pass on members (except themselves).',
      expect: 'agree',
    },
    { claim: 'A Helpdesk Administrator can reset the passwords of non-administrators.', passage: 'Helpdesk Administrators can reset passwords for non-administrators.', expect: 'agree' },
    // a sentence that names another role, or none, is the role rule's to judge
    { claim: 'A Global Reader can view the details of a pass.', passage: 'Some admins can delete a pass.', expect: 'agree' },
  ],
  compare(claim, sentence) {
    const want = roles(claim);
    if (want.size === 0) return AGREE;
    const have = roles(sentence);
    if (![...want].some((r) => have.has(r))) return AGREE;
    const verb = modalVerb(claim);
    if (!verb || statesVerb(sentence, verb)) return AGREE;
    return silent(`the page does not say the role can "${verb}"`);
  },
};
