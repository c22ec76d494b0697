import type { KindRule } from '../types.js';
import { hasFiniteVerb } from '../../verbs.js';
import { predicateOpener } from '../subject/grammar.js';

export const rowLabel: KindRule = {
  id: 'row-label',
  step: 'kind',
  description:
    'The first cell of a table row whose other cells say something of it ("| Requires Entra ID P2 | Yes | No |") labels the row: a name or a predicate without its subject states nothing alone, and each other cell is a claim that names it ("Requires Entra ID P2, Token protection: No."). A first cell that is a whole clause ("Device-based policies aren’t supported.") states its fact and stays a claim.',
  examples: [
    {
      input: '| Feature | Contoso Badges | Token protection |\n|---|---|---|\n| Requires Entra ID P2 | Yes | No |\n',
      expect: [
        { quote: 'Requires Entra ID P2', checkworthy: false },
        { quote: 'No', text: 'Requires Entra ID P2, Token protection: No.', checkworthy: true },
      ],
    },
    {
      input: '| Setting | Default value |\n|---|---|\n| Refresh token lifetime | 90 days |\n| Session lifetime | |\n',
      expect: [
        { quote: 'Refresh token lifetime', checkworthy: false },
        { quote: '90 days', text: 'Refresh token lifetime, Default value: 90 days.' },
      ],
    },
    {
      input: '| Client | Note |\n|---|---|\n| Device-based policies aren’t supported. | Applies to older clients |\n',
      expect: [{ quote: 'Device-based policies aren’t supported.', checkworthy: true }],
    },
  ],
  apply(ctx) {
    if (!ctx.rowLabel) return undefined;
    const clause = hasFiniteVerb(ctx.quote) && predicateOpener(ctx.quote) === undefined;
    return clause ? undefined : { kind: 'non-claim', checkworthy: false };
  },
};
