import type { KindRule } from '../types.js';
import { answeredColumn } from '../../answered-column.js';

export const answerCell: KindRule = {
  id: 'answer-cell',
  step: 'kind',
  description:
    'A table cell that answers its column yes or no for its row ("| SMS sign-in | Yes |" under "Phishing-resistant") states a fact about the row ("SMS sign-in, Phishing-resistant: Yes."), though it has no verb and may name nothing: it is check-worthy.',
  examples: [
    {
      input: '| Method | Phishing-resistant | Works offline |\n|---|---|---|\n| SMS sign-in | Yes | No |\n',
      expect: [
        { quote: 'Yes', text: 'SMS sign-in, Phishing-resistant: Yes.', checkworthy: true },
        { quote: 'No', text: 'SMS sign-in, Works offline: No.', checkworthy: true },
      ],
    },
    {
      input: '| Method | Notes |\n|---|---|\n| SMS sign-in | See below |\n',
      expect: [{ quote: 'See below', checkworthy: false }],
    },
  ],
  apply(ctx) {
    if (ctx.blockType !== 'table-cell' || answeredColumn(ctx.text) === undefined) return undefined;
    return { kind: 'product-fact', checkworthy: true };
  },
};
