import type { EntityRule } from '../types.js';
import { type EntityPattern, HAS_DIGIT, patternRule } from './pattern-matches.js';
import { COUNTED_UNITS } from '../../../lang/counted-units.js';
import { NOT_COUNTED_AFTER, SPELLED_COUNTS } from '../../../lang/spelled-counts.js';
import { VERSIONED_NAMES } from '../../../lang/versioned-names.js';
import { NUMBER_WORDS } from '../../../lang/number-words.js';
import { exactAlternation } from '../../../lang/words.js';
import { wordGate } from '../../word-gate.js';

const NUMBER_PATTERNS: readonly EntityPattern[] = [
  // a percentage
  { type: 'number', re: /\b\d+(?:\.\d+)?\s?%/g, needs: '%' },
  // a quantity with its unit, or a range of them ("30 minutes", "5–10 seconds", "2 GB"); starts only where a
  // number starts (not after its own dot or comma): linear on 1.2.1.2… runs
  { type: 'number', re: new RegExp(`\\b(?<![.,])\\d+(?:[.,]\\d+)*(?:\\s?[–-]\\s?\\d+(?:[.,]\\d+)*)?\\+?\\s?(?:${exactAlternation(COUNTED_UNITS)})\\b`, 'g'), needs: HAS_DIGIT },
  // a version: v2, V2, v1.4.2+
  { type: 'number', re: /\b[vV]\d+(?:\.\d+)*\+?/g, needs: HAS_DIGIT },
  // a protocol or platform version: "TLS 1.2", "OAuth2", "iOS 17+"
  { type: 'number', re: new RegExp(`\\b(?:${exactAlternation(VERSIONED_NAMES)})\\s?\\/?\\d+(?:[./]\\d+)*\\+?`, 'g'), needs: HAS_DIGIT },
  // any other figure; the lookahead is the same test as (?![\w.]*\w), without rescanning the run at each backtrack;
  // not the number a listicle heading or line opens with ("4. You can manage them …")
  { type: 'number', re: /(?<![\w.])(?!(?<=^)\d{1,2}\.\s)\d+(?:[.,]\d+)*(?!\.*\w)/g, needs: HAS_DIGIT },
  // a spelled-out number before its unit ("one hour", "ninety days"): "one" too, which a unit makes a count
  {
    type: 'number',
    re: new RegExp(`\\b(?:${exactAlternation(Object.keys(NUMBER_WORDS))})\\s+(?:${exactAlternation(COUNTED_UNITS)})\\b`, 'gi'),
    needs: wordGate(Object.keys(NUMBER_WORDS)),
  },
  // a spelled-out count before a noun ("five accounts")
  { type: 'number', re: new RegExp(`\\b(?:${exactAlternation(SPELLED_COUNTS)})\\b(?=\\s+(?!${NOT_COUNTED_AFTER.map((w) => `${w}\\b`).join('|')})[a-z]{3,})`, 'gi'), needs: wordGate(SPELLED_COUNTS) },
];

export const number: EntityRule = patternRule(NUMBER_PATTERNS, {
  id: 'number',
  description:
    'A figure: a percentage, a quantity with its unit ("30 minutes", "5–10 seconds", "2 GB"), a version ("v2.1", "V2", "TLS 1.2"), any other number, a spelled-out number before its unit ("one hour", "ninety days"), and a spelled-out count before a noun ("five accounts"; not "one", nor "two of").',
  examples: [
    {
      input: 'Each widget keeps 30 minutes of history.\n\nThe gateway serves 99.9% of calls over TLS 1.2.\n',
      expect: [
        { quote: 'Each widget keeps 30 minutes of history.', entities: [{ text: '30 minutes', type: 'number' }] },
        {
          quote: 'The gateway serves 99.9% of calls over TLS 1.2.',
          entities: [
            { text: '99.9%', type: 'number' },
            { text: 'TLS 1.2', type: 'number' },
          ],
        },
      ],
    },
    {
      input: 'A gadget token is valid for one hour, and its refresh token for ninety days.\n\nOne of the gadgets is enough.\n',
      expect: [
        {
          quote: 'A gadget token is valid for one hour, and its refresh token for ninety days.',
          entities: [
            { text: 'one hour', type: 'number' },
            { text: 'ninety days', type: 'number' },
          ],
        },
        { quote: 'One of the gadgets is enough.', entities: [] },
      ],
    },
    // the number a listicle heading opens with is its place in the list, not a figure
    {
      input: '## 4. Gadget tokens last 30 minutes\n\nThe gateway keeps 4 gadgets per user.\n',
      expect: [
        { quote: '4. Gadget tokens last 30 minutes', entities: [{ text: '30 minutes', type: 'number' }], notEntities: ['4'] },
        { quote: 'The gateway keeps 4 gadgets per user.', entities: [{ text: '4', type: 'number' }] },
      ],
    },
    {
      input: 'A tenant may register five gadgets, and two of them can be v3 gadgets.\n',
      expect: [{ text: 'A tenant may register five gadgets.', entities: [{ text: 'five', type: 'number' }] }],
    },
    {
      input: 'Gadgets from the V2 endpoint carry v2.0 tokens.\n',
      expect: [
        {
          quote: 'Gadgets from the V2 endpoint carry v2.0 tokens.',
          entities: [
            { text: 'V2', type: 'number' },
            { text: 'v2.0', type: 'number' },
          ],
        },
      ],
    },
  ],
});
