import type { KindRule } from '../types.js';
import { MARKER_LINES } from '../../../lang/marker-lines.js';
import { alternation } from '../../../lang/words.js';
import { NON_CLAIM } from '../helpers.js';

/** "[... gap ...]", "{{placeholder}}", "<TODO>", "(continued)": the whole line in brackets. */
const BRACKETED = /^\s*(?:\[[^\]]*\]|\{\{?[^}]*\}?\}|<[^>]*>|\((?:\S+\s+){0,5}\S+\)|\([^)]*(?:\.\.\.|…)[^)]*\))\s*[.!]?\s*$/;
/** Nothing but dots, ellipses, dashes and stars. */
const PUNCTUATION_ONLY = /^[\s.…*_=~–—-]+$/;
const FURNITURE = new RegExp(String.raw`^\W*(?:${alternation(MARKER_LINES)})\W*$`, 'i');

export const markerLine: KindRule = {
  id: 'marker-line',
  step: 'kind',
  description: 'Marker, placeholder and page-furniture lines ("[... gap ...]", "{{tenant-id}}", "Advertisement", "Continue reading") are not claims.',
  examples: [
    {
      input: 'Sign-in logs are kept for 30 days.\n\n[... gap ...]\n',
      expect: [
        { quote: '[... gap ...]', checkworthy: false },
        { quote: 'Sign-in logs are kept for 30 days.', checkworthy: true },
      ],
    },
    {
      input: 'Advertisement\n\nThe v2.0 endpoint accepts personal Microsoft accounts.\n\n(Continued on the next page 2)\n',
      path: 'a.txt',
      expect: [{ quote: '(Continued on the next page 2)', checkworthy: false }],
    },
    {
      input: '(Behind the scenes, the connector uses the same outbound port 443 as the update agent.)\n',
      expect: [{ quote: '(Behind the scenes, the connector uses the same outbound port 443 as the update agent.)', checkworthy: true }],
    },
  ],
  apply(ctx) {
    const q = ctx.quote.trim();
    return BRACKETED.test(q) || PUNCTUATION_ONLY.test(q) || FURNITURE.test(q) ? NON_CLAIM : undefined;
  },
};
