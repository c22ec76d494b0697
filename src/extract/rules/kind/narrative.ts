import type { KindRule } from '../types.js';
import { phraseRule } from './phrase-rule.js';
import { NARRATIVE_OPENERS } from '../../../lang/narrative-openers.js';
import { alternation } from '../../../lang/words.js';
import { NON_CLAIM } from '../helpers.js';

/** After an optional "So,", "Now,", "But" the sentence opens with a transition or an invitation. */
const NARRATIVE = new RegExp(String.raw`^(?:(?:so|now|but|and|ok|okay|alright|well)[,—–\s]+)?(?:${alternation(NARRATIVE_OPENERS)})(?![\w-])`, 'i');

export const narrative: KindRule = phraseRule(
  { pattern: NARRATIVE, trimmed: true, answer: NON_CLAIM },
  {
    id: 'narrative',
    description:
      'The writer’s narration of the text itself: transitions, plans and invitations ("Now we turn to …", "Time to create the first user.", "Let’s walk through …", "Imagine an admin who …") tell the reader what comes next; they are not claims.',
    examples: [
      {
        input: 'Time to assign the first license. Licenses are assigned per user.\n',
        expect: [
          { quote: 'Time to assign the first license.', checkworthy: false },
          { quote: 'Licenses are assigned per user.', checkworthy: true },
        ],
      },
      {
        input: 'Here are seven facts that will make you a better admin. Each policy result is logged in report-only mode.\n',
        expect: [
          { quote: 'Here are seven facts that will make you a better admin.', checkworthy: false },
          { quote: 'Each policy result is logged in report-only mode.', checkworthy: true },
        ],
      },
      {
        input: 'Now we turn to the second step of the setup.\n\nLet’s look at how Conditional Access evaluates a sign-in.\n',
        expect: [
          { quote: 'Now we turn to the second step of the setup.', checkworthy: false },
          { quote: 'Let’s look at how Conditional Access evaluates a sign-in.', checkworthy: false },
        ],
      },
    ],
  },
);
