import type { EntityRule } from '../types.js';
import { type EntityPattern, FOUR_DIGITS, HAS_YEAR, type Needs, patternRule } from './pattern-matches.js';
import { MONTHS } from '../../../lang/months.js';
import { exactAlternation } from '../../../lang/words.js';
import { wordGate } from '../../word-gate.js';

/** A month's name between word boundaries (a full stop or a space after it), and a year: what a month date holds. */
const MONTH_GATE = wordGate(MONTHS);
const MONTH_AND_YEAR: Needs = { test: (s) => MONTH_GATE.test(s) && FOUR_DIGITS.test(s) };

const DATE_PATTERNS: readonly EntityPattern[] = [
  // "March 2025", "Sept. 3, 2024", "June 1st 2026"
  { type: 'date', re: new RegExp(`\\b(?:${exactAlternation(MONTHS)})\\.? (?:\\d{1,2}(?:st|nd|rd|th)?,? )?\\d{4}\\b`, 'g'), needs: MONTH_AND_YEAR },
  // ISO dates
  { type: 'date', re: /\b\d{4}-\d{2}-\d{2}\b/g, needs: HAS_YEAR },
  // quarters, halves and parts of a year: "Q3 2025", "H1 2026", "mid-2024"
  { type: 'date', re: /\b(?:Q[1-4]|H[12]|(?:early|mid|late)[- ])\s?\d{4}\b/g, needs: HAS_YEAR },
  // a bare year, not part of a version, a range of numbers or a percentage
  { type: 'date', re: /\b(?:19|20)\d{2}\b(?![-–.]\d|%)/g, needs: HAS_YEAR },
];

export const date: EntityRule = patternRule(DATE_PATTERNS, {
  id: 'date',
  description: 'A date: a month with a year ("March 4, 2025", "Sept. 2024"), an ISO date, a quarter or half ("Q3 2025", "mid-2026"), or a bare year that is not part of a version or a range.',
  examples: [
    {
      input: 'The widget API was retired on March 4, 2025.\n\nIts successor ships in Q3 2025.\n',
      expect: [
        { quote: 'The widget API was retired on March 4, 2025.', entities: [{ text: 'March 4, 2025', type: 'date' }] },
        { quote: 'Its successor ships in Q3 2025.', entities: [{ text: 'Q3 2025', type: 'date' }] },
      ],
    },
    {
      input: 'Gadget 2024.1 shipped on 2024-11-02, a year after the 2023 preview.\n',
      expect: [
        {
          quote: 'Gadget 2024.1 shipped on 2024-11-02, a year after the 2023 preview.',
          entities: [
            { text: '2024-11-02', type: 'date' },
            { text: '2023', type: 'date' },
          ],
          notEntities: ['2024'],
        },
      ],
    },
  ],
});
