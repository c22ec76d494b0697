import type { SplitRule } from '../types.js';
import { AUX } from '../../verbs.js';

/** The sentence opens with a reason clause ("Since …", "Because …", not "Because of …"). */
const REASON_OPENER = /^\s*(?:since|because(?!\s+of\b))\s/i;
/** What follows the comma is a clause: up to six words, then a verb. */
const MAIN_CLAUSE = new RegExp(String.raw`^(?:[\w’'()-]+\s+){0,6}?(?:\w+ly\s+)?${AUX}(?![\w-])`, 'i');

export const reasonClause: SplitRule = {
  id: 'reason-clause',
  step: 'split',
  description:
    'A reason given in a "Since …," or "Because …," clause is asserted as true, so it is a claim of its own beside the main clause ("Since a key cannot be added by an admin, the pass is the only option" → "A key cannot be added by an admin." + "The pass is the only option."). Conditions ("If …", "When …") are not split: they are not asserted.',
  examples: [
    {
      input: 'Since passkeys cannot be registered by an admin for a user, a Temporary Access Pass is needed for the first sign-in.\n',
      expect: [
        { quote: 'passkeys cannot be registered by an admin for a user', text: 'Passkeys cannot be registered by an admin for a user.' },
        { quote: 'a Temporary Access Pass is needed for the first sign-in.' },
      ],
    },
    {
      input: 'If the token is expired, the API returns a 401 response to the client.\n',
      expect: [{ quote: 'If the token is expired, the API returns a 401 response to the client.' }],
    },
  ],
  cuts: /,\s+/g,
  needs: ',',
  accept(left, after) {
    return REASON_OPENER.test(left) && !left.includes(',') && MAIN_CLAUSE.test(after);
  },
};
