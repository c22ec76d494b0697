import type { KindRule } from '../types.js';
import { FIRST_PERSON_SINGULAR } from '../../../lang/first-person.js';
import { wordsPattern } from '../../../lang/words.js';
import { OPINION, ownWords } from '../helpers.js';
import { wordGate } from '../../word-gate.js';

/** "My Apps", "My Account": a product named with "My", not the writer. */
const NAMED_MY = /\bMy\s+(?=[A-Z])/g;
/** A form of "I" ("I", "I'm"), told from "me", "my". */
const I_FORM = /^I\b/;

/** Case-sensitive for "I" (so a lone capital I is the pronoun), any case for the rest. */
const FIRST_PERSON = wordsPattern(
  FIRST_PERSON_SINGULAR.filter((w) => !I_FORM.test(w)),
  'i',
);
const PRONOUN_I = wordsPattern(
  FIRST_PERSON_SINGULAR.filter((w) => I_FORM.test(w)),
  '',
);

/** Both patterns' matches are entries of the list between word boundaries (wordsPattern), read in the quote itself. */
const FIRST_PERSON_GATE = wordGate(FIRST_PERSON_SINGULAR);

export const firstPerson: KindRule = {
  id: 'first-person',
  step: 'kind',
  description:
    'A sentence in which the writer speaks of themself ("I highlighted …", "my tests have shown …", "This has caused me a ton of confusion") reports the author’s own experience, plans or feelings: an opinion, not a documented fact. Words inside quotes do not count.',
  examples: [
    {
      input: 'In my tests, the policy applied within five minutes. The policy applies to all users by default.\n',
      expect: [
        { quote: 'In my tests, the policy applied within five minutes.', checkworthy: false, kind: 'opinion' },
        { quote: 'The policy applies to all users by default.', checkworthy: true },
      ],
    },
    {
      input: 'I configured the tenant last week and I was surprised by the new menu.\n\nThe menu item is called "Can I sign in?" in the portal.\n',
      expect: [
        { quote: 'I configured the tenant last week and I was surprised by the new menu.', checkworthy: false },
        { quote: 'The menu item is called "Can I sign in?" in the portal.', checkworthy: true },
      ],
    },
    {
      input: 'Users open My Apps to find their applications. The user can select **I want to set up a different method** to add a key.\n',
      expect: [
        { quote: 'Users open My Apps to find their applications.', checkworthy: true },
        { quote: 'The user can select **I want to set up a different method** to add a key.', checkworthy: true },
      ],
    },
  ],
  apply(ctx) {
    if (!FIRST_PERSON_GATE.test(ctx.quote)) return undefined;
    const q = ownWords(ctx.quote).replace(NAMED_MY, '');
    return FIRST_PERSON.test(q) || PRONOUN_I.test(q) ? OPINION : undefined;
  },
};
