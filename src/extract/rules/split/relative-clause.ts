import type { SplitRule } from '../types.js';
import { AUX } from '../../verbs.js';
import { endsWithNounPhrase } from '../../noun-phrase.js';

const WHICH_CLAUSE = new RegExp(String.raw`^which\s+(?:\w+ly\s+)?${AUX}(?![\w-])`, 'i');

export const relativeClause: SplitRule = {
  id: 'relative-clause',
  step: 'split',
  description:
    'A "which" clause after a noun adds a fact of its own about that noun ("we added a new endpoint which is more standards compliant"): it is cut off, and its text takes the noun as subject ("A new endpoint is more standards compliant."). After a clause that ends with no such noun ("… until they expire, which is usually one hour"), it says something of the whole clause and stays with it.',
  examples: [
    {
      input: 'Last year the team shipped a new gateway which is compatible with HTTP/3 and supports mutual TLS for every route.\n',
      expect: [
        { quote: 'Last year the team shipped a new gateway', checkworthy: true },
        { quote: 'which is compatible with HTTP/3', text: 'A new gateway is compatible with HTTP/3.' },
        { quote: 'supports mutual TLS for every route.', text: 'A new gateway supports mutual TLS for every route.' },
      ],
    },
    {
      input: 'The portal shows the sign-in logs which are kept for 30 days in the free tier.\n',
      expect: [{ quote: 'which are kept for 30 days in the free tier.', text: 'The sign-in logs are kept for 30 days in the free tier.' }],
    },
    {
      input: 'Access tokens stay valid until they expire, which is usually one hour.\n',
      expect: [{ quote: 'Access tokens stay valid until they expire, which is usually one hour.' }],
    },
  ],
  cuts: /\s+(?=which\s)/g,
  needs: 'which',
  accept(left, after) {
    return WHICH_CLAUSE.test(after) && endsWithNounPhrase(left);
  },
};
