import type { EntityRule } from '../types.js';
import { type EntityPattern, patternRule } from './pattern-matches.js';

const HEADER_PATTERNS: readonly EntityPattern[] = [
  // a custom header: X- and at least two dash-joined words
  { type: 'header', re: /\bX-[A-Za-z0-9]+(?:-[A-Za-z0-9*]+)+/g, needs: 'X-' },
  // a capitalised, dash-joined name said to be a header ("the Retry-After header", "Accept or Range headers")
  { type: 'header', re: /\b([A-Z][a-z]+(?:-[A-Z][a-z]+)*)(?=(?:,? (?:or|and) [A-Z][a-z]+(?:-[A-Z][a-z]+)*)? headers?\b)/g, group: 1, needs: ' header' },
];

export const header: EntityRule = patternRule(HEADER_PATTERNS, {
  id: 'header',
  description: 'An HTTP header: an X- header ("X-Widget-Trace"), or a capitalised name the sentence calls a header ("the Retry-After header", "Accept or Range headers").',
  examples: [
    {
      input: 'Every response carries the X-Widget-Trace-Id value for support.\n',
      expect: [{ quote: 'Every response carries the X-Widget-Trace-Id value for support.', entities: [{ text: 'X-Widget-Trace-Id', type: 'header' }] }],
    },
    {
      input: 'The gateway honours the Retry-After header on throttled calls.\n',
      expect: [{ quote: 'The gateway honours the Retry-After header on throttled calls.', entities: [{ text: 'Retry-After', type: 'header' }] }],
    },
  ],
});
