import type { KindRule } from '../types.js';
import { hasFiniteVerb } from '../../verbs.js';
import { isImperative } from '../../classify.js';
import { NON_CLAIM } from '../helpers.js';
import { pieceCount } from '../../word-count.js';

const MIN_ITEMS = 3;
const MAX_TITLE_WORDS = 10;
const LINK = /^\s*\[[^\]]+\]\([^)]*\)\s*$/;
/**
 * "Restrict FIDO2 Key Usage": each space-separated word is lower-case letters and "&", optionally followed
 * by a part that starts with a capital or a digit. Read word by word: the single pattern this replaces
 * (words joined by an optional space, `(?:(?:…)\s*)+`) backtracked exponentially on long list items and
 * made extraction of real docs pages super-linear; this accepts exactly the same strings.
 */
const TITLE_WORD = /^[a-z&]*(?:[A-Z0-9][\w&’'.:-]*)?$/;
const SPACES = /\s+/;

function isTitleCase(item: string): boolean {
  const t = item.trim();
  return t !== '' && t.split(SPACES).every((w) => TITLE_WORD.test(w));
}

/** A markdown link; group 1 is its text. */
const MARKDOWN_LINKS = /\[([^\]]*)\]\([^)]*\)/g;
const ENDS_LIKE_A_SENTENCE = /[.;]$/;

function isTitle(item: string): boolean {
  const t = item.trim();
  const words = t.replace(MARKDOWN_LINKS, '$1');
  return pieceCount(words) <= MAX_TITLE_WORDS && !ENDS_LIKE_A_SENTENCE.test(t) && (!hasFiniteVerb(words) || isImperative(words));
}

export const tocList: KindRule = {
  id: 'toc-list',
  step: 'kind',
  description:
    'A table of contents or navigation list (three or more items, none introduced by a lead-in ending with ":", each a short title with no verb, and the list numbered, all links, or all in Title Case) names sections or articles: not claims.',
  examples: [
    {
      input:
        '## In this series\n\n1. Why passwordless?\n2. Enable passkeys\n3. Temporary Access Pass\n4. Windows Hello for Business and device onboarding\n\nA Temporary Access Pass is a time-limited passcode.\n',
      expect: [
        { quote: 'Temporary Access Pass', checkworthy: false },
        { quote: 'Windows Hello for Business and device onboarding', checkworthy: false },
      ],
    },
    {
      input: '## Related\n\n- [Token Lifetimes](lifetimes.md)\n- [Refresh Tokens](refresh.md)\n- [Continuous Access Evaluation](cae.md)\n',
      expect: [{ quote: '[Continuous Access Evaluation](cae.md)', checkworthy: false }],
    },
    {
      input: 'These roles can reset passwords:\n\n- Helpdesk Administrator\n- Password Administrator\n- User Administrator\n',
      expect: [{ quote: 'Helpdesk Administrator', checkworthy: true }],
    },
  ],
  apply(ctx) {
    const list = ctx.list;
    if (ctx.blockType !== 'list-item' || !list || list.leadIn || list.items.length < MIN_ITEMS) return undefined;
    if (!list.items.every(isTitle)) return undefined;
    const navigation = list.ordered || list.items.every((i) => LINK.test(i)) || list.items.every(isTitleCase);
    return navigation ? NON_CLAIM : undefined;
  },
};
