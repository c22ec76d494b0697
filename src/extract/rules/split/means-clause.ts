import type { SplitRule } from '../types.js';
import { hasFiniteVerb } from '../../verbs.js';

export const meansClause: SplitRule = {
  id: 'means-clause',
  step: 'split',
  description:
    'A means adjunct after a comma or dash ("…, by integrating Entra ID, IoT Hub and Functions") names how something is done, a fact that can be false while the clause is true: it is cut off and stated together with its clause.',
  examples: [
    {
      input: 'The service signs every request with a managed identity—by calling the token endpoint of the local metadata service.\n',
      expect: [
        { quote: 'The service signs every request with a managed identity' },
        {
          quote: 'by calling the token endpoint of the local metadata service.',
          text: 'The service signs every request with a managed identity by calling the token endpoint of the local metadata service.',
        },
      ],
    },
    {
      input: 'Admins can limit guest access, by assigning the restricted guest role to every external user.\n',
      expect: [{ quote: 'by assigning the restricted guest role to every external user.' }],
    },
  ],
  cuts: /(?:,\s+|\s*[—–]\s*)(?=by\s+[a-z]{3,}ing\s)/g,
  needs: 'by',
  accept(left) {
    return hasFiniteVerb(left);
  },
};
