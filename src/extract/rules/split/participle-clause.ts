import type { SplitRule } from '../types.js';
import { AUX, hasFiniteVerb } from '../../verbs.js';

/** "-ing" words that work as prepositions ("including", "according to"): they open no consequence. */
const PREPOSITIONAL =
  /^(?:\w+ly\s+)?(?:including|using|following|according|regarding|concerning|depending|starting|beginning|assuming|considering|excluding|during|pending|notwithstanding|something|nothing|anything|everything)\b/i;

/** "diagnosing issues requires …": the -ing phrase is the subject of a verb of its own, not a consequence. */
export const GERUND_SUBJECT = new RegExp(String.raw`^(?:\w+ly\s+)?[a-z]{3,}ing\s+(?:[\w-]+\s+){0,3}?(?:${AUX}|[a-z]{3,}s)\s`);

export const participleClause: SplitRule = {
  id: 'participle-clause',
  step: 'split',
  description:
    'A consequence added after a comma as a participle clause (", significantly reducing the risk of …", ", requiring them to sign in again") is a claim of its own: it is cut off and said of the clause before it ("The codes expire after ten minutes, which reduces …"). Prepositional -ing words ("including", "using", "according to") are not cut.',
  examples: [
    {
      input: 'Sign-in codes expire after ten minutes, significantly reducing the risk of replay attacks.\n',
      expect: [
        { quote: 'Sign-in codes expire after ten minutes' },
        { quote: 'significantly reducing the risk of replay attacks.', text: 'Sign-in codes expire after ten minutes, which significantly reduces the risk of replay attacks.' },
      ],
    },
    {
      input: 'The command revokes all refresh tokens of the user, requiring a new sign-in on every device.\n\nThe report lists every sign-in, including failed attempts from unknown locations.\n',
      expect: [
        { quote: 'requiring a new sign-in on every device.', text: 'The command revokes all refresh tokens of the user, which requires a new sign-in on every device.' },
        { quote: 'The report lists every sign-in, including failed attempts from unknown locations.' },
      ],
    },
    {
      input: 'Because the codes are never shown to users, diagnosing failures requires verbose logging on the gateway.\n',
      expect: [{ quote: 'diagnosing failures requires verbose logging on the gateway.', text: 'Diagnosing failures requires verbose logging on the gateway.' }],
    },
  ],
  cuts: /,\s+(?=(?:\w+ly\s+)?[a-z]{3,}ing\s)/g,
  needs: 'ing',
  accept(left, after) {
    return !PREPOSITIONAL.test(after) && !GERUND_SUBJECT.test(after) && hasFiniteVerb(left);
  },
};
