import type { KindRule } from '../types.js';
import { phraseRule } from './phrase-rule.js';
import { COMPARATIVES } from '../../../lang/comparatives.js';
import { alternation } from '../../../lang/words.js';
import { OPINION } from '../helpers.js';

/** "is more secure", "are far easier": a comparative predicate. */
const COMPARATIVE_PREDICATE = new RegExp(String.raw`\b(?:is|are|was|were|be|been|being|becomes?)\s+(?:much\s+|far\s+|even\s+|a lot\s+|significantly\s+)?(?:${alternation(COMPARATIVES)})\b`, 'i');
/** The standard of comparison that makes it checkable. */
const THAN = /\bthan\b/i;

export const openComparison: KindRule = phraseRule(
  { unlessSpecific: true, unless: THAN, pattern: COMPARATIVE_PREDICATE, answer: OPINION },
  {
    id: 'open-comparison',
    description:
      'A comparative predicate with nothing to compare against ("the new endpoint is more standards compliant", "passkeys are far easier") is a judgement, not a checkable fact; with a "than …" or a value it stays a claim.',
    examples: [
      {
        input: 'The new gateway is more secure and easier to run.\n\nThe new gateway is faster than the old one by 40 ms per request.\n',
        expect: [
          { quote: 'The new gateway is more secure and easier to run.', checkworthy: false, kind: 'opinion' },
          { quote: 'The new gateway is faster than the old one by 40 ms per request.', checkworthy: true },
        ],
      },
      {
        input: 'Last year the team shipped a new portal which is far simpler for admins to navigate.\n',
        expect: [{ quote: 'which is far simpler for admins to navigate.', checkworthy: false }],
      },
    ],
  },
);
