import type { KindRule } from '../types.js';
import { phraseRule } from './phrase-rule.js';
import { NON_CLAIM } from '../helpers.js';

const ENDS_WITH_COLON = /:\s*$/;

export const leadIn: KindRule = phraseRule(
  { atBlockEnd: true, unlessSpecific: true, pattern: ENDS_WITH_COLON, answer: NON_CLAIM },
  {
    id: 'lead-in',
    description:
      'A sentence that ends its block with ":" introduces what follows ("This typically includes several types of tokens:", "Administrators can use the PowerShell command:"); what it announces is checked in the items, so the lead-in is not a claim unless it states a value itself ("The token has three parts:").',
    examples: [
      {
        input: 'An app can request several kinds of tokens:\n\n- ID tokens contain the user’s identity.\n- Access tokens contain the granted scopes.\n',
        expect: [
          { quote: 'An app can request several kinds of tokens:', checkworthy: false },
          { quote: 'ID tokens contain the user’s identity.', checkworthy: true },
        ],
      },
      {
        input: 'A JSON Web Token has three parts:\n\n- a header\n- a payload\n- a signature\n',
        expect: [{ quote: 'A JSON Web Token has three parts:', checkworthy: true }],
      },
    ],
  },
);
