import type { KindRule } from '../types.js';
import { DANGLING_FUNCTION_WORDS } from '../../../lang/function-words.js';
import { alternation } from '../../../lang/words.js';
import { NON_CLAIM } from '../helpers.js';

/** Ends on a function word or on a lone letter other than "I", with no closing punctuation. */
const DANGLING_END = new RegExp(String.raw`(?:\b(?:${alternation(DANGLING_FUNCTION_WORDS)})|(?<![\w’'-])[b-hj-zB-HJ-Z])\s*$`, 'i');

export const truncated: KindRule = {
  id: 'truncated',
  step: 'kind',
  description:
    'A sentence cut off mid-phrase at the end of its block (it stops on a preposition, article, conjunction or a single letter, with no closing punctuation) asserts nothing whole: not a claim. A `Label: description` item keeps its claim, since the label is already described before the cut.',
  examples: [
    {
      input: 'Refresh tokens are revoked when the password changes. However, existing access tokens of\n',
      expect: [{ quote: 'However, existing access tokens of', checkworthy: false }, { quote: 'Refresh tokens are revoked when the password changes.', checkworthy: true }],
    },
    {
      input: '## Access tokens\n\nVersions of access tokens are unrelated to the version of t\n',
      expect: [{ quote: 'Versions of access tokens are unrelated to the version of t', checkworthy: false }],
    },
  ],
  apply(ctx) {
    if (!ctx.atBlockEnd || ctx.labelled || /[.!?:;)"”’]\s*$/.test(ctx.quote)) return undefined;
    return DANGLING_END.test(ctx.quote) ? NON_CLAIM : undefined;
  },
};
