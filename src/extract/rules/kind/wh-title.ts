import type { KindRule } from '../types.js';
import { NON_CLAIM } from '../helpers.js';
import { alternation } from '../../../lang/words.js';
import { QUESTION_WORDS } from '../../../lang/question-words.js';
import { pieceCount } from '../../word-count.js';

/** A line that opens with a question word and has no closing mark ("How PIM activation works"): a title. */
const WH_OPENING = new RegExp(`^(?:${alternation(QUESTION_WORDS)})\\s`, 'i');
const CLOSING_MARK = /[.!?:;]\s*$/;
/** A title is short; a longer line without its stop is a sentence that lost it. */
const MAX_TITLE_WORDS = 8;

export const whTitle: KindRule = {
  id: 'wh-title',
  step: 'kind',
  description:
    'A paragraph line that opens with a question word and ends with no closing mark ("How PIM activation works", "Where latch codes fit in") is a title in plain text, not a statement: the question it names is answered below it.',
  examples: [
    {
      input: 'How widget activation works\nWhen a user activates an eligible role, Privileged Identity Management can require multifactor authentication.\n',
      path: 'a.txt',
      expect: [
        { quote: 'How widget activation works', checkworthy: false },
        { quote: 'When a user activates an eligible role, Privileged Identity Management can require multifactor authentication.', checkworthy: true },
      ],
    },
    {
      input: 'Where widget codes fit in\n\nThe portal sends every widget code to Microsoft Authenticator.\n',
      path: 'a.txt',
      expect: [{ quote: 'Where widget codes fit in', checkworthy: false }],
    },
    // a sentence that closes is a statement, whatever its first word
    {
      input: 'When a user signs in, Microsoft Entra ID evaluates every Conditional Access policy.\n',
      expect: [{ quote: 'When a user signs in, Microsoft Entra ID evaluates every Conditional Access policy.', checkworthy: true }],
    },
  ],
  apply(ctx) {
    if (ctx.blockType !== 'paragraph' || ctx.clause || ctx.labelled) return undefined;
    return WH_OPENING.test(ctx.quote) && !CLOSING_MARK.test(ctx.quote) && pieceCount(ctx.quote) <= MAX_TITLE_WORDS ? NON_CLAIM : undefined;
  },
};
