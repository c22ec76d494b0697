import type { SplitRule } from '../types.js';
import { AUX, hasFiniteVerb } from '../../verbs.js';

/** "and" + a verb in the third person ("and allows the renewal …"), followed by more words. */
const AND_VERB_S = new RegExp(String.raw`^(?:${AUX})(?<=s)\s+[\w“"(]`);

/** "Refresh Token: Remains valid …": a label, then a predicate in the third person. */
const LABEL_PREDICATE = /^\S[^:]{0,60}:\s+[A-Z][a-z]+s\b/;

export const verbPhrase: SplitRule = {
  id: 'verb-phrase',
  step: 'split',
  description:
    'A second verb phrase joined by a bare "and" ("… remains valid for 90 days and allows the renewal of …") is a second claim about the same subject: it is cut off and given that subject (a label before the first predicate, “Session Token: Stays …”, is that subject).',
  examples: [
    {
      input: 'The refresh token stays valid for 90 days and allows the app to renew the access token silently.\n',
      expect: [
        { quote: 'The refresh token stays valid for 90 days' },
        { quote: 'allows the app to renew the access token silently.', text: 'The refresh token allows the app to renew the access token silently.' },
      ],
    },
    {
      input: 'The gateway validates every token and returns a 401 response when the signature is wrong.\n',
      expect: [{ quote: 'returns a 401 response when the signature is wrong.', text: 'The gateway returns a 401 response when the signature is wrong.' }],
    },
  ],
  cuts: /\s+and\s+(?=[a-z]+s\s)/g,
  needs: 'and',
  accept(left, after) {
    return AND_VERB_S.test(after) && (hasFiniteVerb(left) || LABEL_PREDICATE.test(left.trim()));
  },
};
