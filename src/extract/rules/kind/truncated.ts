import type { KindRule } from '../types.js';
import { DANGLING_FUNCTION_WORDS } from '../../../lang/function-words.js';
import { alternation } from '../../../lang/words.js';
import { NON_CLAIM } from '../helpers.js';
import { LABEL } from '../subject/label-item.js';
import { isClause } from '../../verbs.js';
import { wordCount } from '../../word-count.js';

/** Ends on a function word or on a lone letter other than "I", with no closing punctuation. */
const DANGLING_END = new RegExp(String.raw`(?:(?<![\w’'/-])(?:${alternation(DANGLING_FUNCTION_WORDS)})|(?<![\w’'/-])[b-hj-z])\s*$`);
/** Closing punctuation: the sentence ended. */
const CLOSED = /[.!?:;)"”’]\s*$/;
const PROSE: ReadonlySet<string> = new Set(['paragraph', 'list-item', 'blockquote']);
const MIN_WORDS = 4;

export const truncated: KindRule = {
  id: 'truncated',
  step: 'kind',
  description:
    'A sentence cut off mid-phrase at the end of its block (it stops on a preposition, article, conjunction or a single letter, with no closing punctuation) asserts nothing whole: not a claim. A `Label: description` item keeps its claim, since the label is already described before the cut.',
  examples: [
    {
      input: 'Refresh tokens are revoked when the password changes. However, existing access tokens of\n',
      expect: [
        { quote: 'However, existing access tokens of', checkworthy: false },
        { quote: 'Refresh tokens are revoked when the password changes.', checkworthy: true },
      ],
    },
    {
      input: '## Access tokens\n\nVersions of access tokens are unrelated to the version of t\n',
      expect: [{ quote: 'Versions of access tokens are unrelated to the version of t', checkworthy: false }],
    },
    {
      input: '- Sign-in logs: Kept for 30 days in the free tier and for\n- Audit logs: Every change is recorded in the\n',
      expect: [
        { quote: 'Sign-in logs: Kept for 30 days in the free tier and for', checkworthy: true },
        { quote: 'Every change is recorded in the', checkworthy: false },
      ],
    },
  ],
  apply(ctx) {
    if (!ctx.atBlockEnd || !PROSE.has(ctx.blockType) || wordCount(ctx.quote) < MIN_WORDS || CLOSED.test(ctx.quote)) return undefined;
    const label = ctx.labelled ? LABEL.exec(ctx.quote) : null;
    if (label && !isClause(ctx.quote.slice(label[0].length))) return undefined;
    return DANGLING_END.test(ctx.quote) ? NON_CLAIM : undefined;
  },
};
