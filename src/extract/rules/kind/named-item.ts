import type { KindRule } from '../types.js';
import { hasFiniteVerb } from '../../verbs.js';
import { pieceCount } from '../../word-count.js';

/** One to six words, each capitalised (or a short function word): a role, product or feature name. */
const NAME = /^(?:[A-Z0-9][\w&’'.()+-]*)(?:\s+(?:[A-Z0-9][\w&’'.()+-]*|of|for|and|in|on|the))*$/;
const MAX_NAME_WORDS = 6;
const TRAILING_PUNCTUATION = /[.,;]$/;

export const namedItem: KindRule = {
  id: 'named-item',
  step: 'kind',
  description:
    'A bare list item that names a role, product or feature under a lead-in ("These roles can reset passwords:" + "- Helpdesk Administrator") asserts that the name exists and belongs to the list: a check-worthy product fact, even when it is short.',
  examples: [
    {
      input: 'The following roles can manage authentication methods:\n\n- Authentication Administrator\n- Privileged Authentication Administrator\n',
      expect: [
        { quote: 'Authentication Administrator', checkworthy: true, kind: 'product-fact' },
        { quote: 'Privileged Authentication Administrator', checkworthy: true },
      ],
    },
    {
      input: 'Sign-in logs can be sent to:\n\n- Log Analytics\n- Event Hubs\n- a storage account\n',
      expect: [
        { quote: 'Event Hubs', checkworthy: true },
        { quote: 'a storage account', checkworthy: false },
      ],
    },
  ],
  apply(ctx) {
    if (ctx.blockType !== 'list-item' || !ctx.list?.leadIn || !ctx.atBlockStart || !ctx.atBlockEnd) return undefined;
    const t = ctx.quote.trim().replace(TRAILING_PUNCTUATION, '');
    if (!NAME.test(t) || pieceCount(t) > MAX_NAME_WORDS || hasFiniteVerb(t)) return undefined;
    return { kind: 'product-fact', checkworthy: true };
  },
};
