import type { KindRule } from '../types.js';
import { phraseRule } from './phrase-rule.js';
import { VAGUE_PHRASES } from '../../../lang/vague-phrases.js';
import { wordsPattern } from '../../../lang/words.js';
import { wordGate } from '../../word-gate.js';
import { OPINION } from '../helpers.js';

const VAGUE = wordsPattern(VAGUE_PHRASES);
/** VAGUE's matches are phrases between word boundaries (wordsPattern). */
const VAGUE_GATE = wordGate(VAGUE_PHRASES);

export const vague: KindRule = phraseRule(
  { unlessSpecific: true, gate: VAGUE_GATE, pattern: VAGUE, answer: OPINION },
  {
    id: 'vague',
    description:
      'A statement built on a vague time or a generic benefit ("has been around for some time now", ", significantly reducing the risk of unauthorized access") gives nothing to check unless it also carries a value, a code or a date.',
    examples: [
      {
        input: 'Conditional Access has been around for some time now.\n\nConditional Access became generally available in 2017.\n',
        expect: [
          { quote: 'Conditional Access has been around for some time now.', checkworthy: false },
          { quote: 'Conditional Access became generally available in 2017.', checkworthy: true },
        ],
      },
      {
        input:
          'Number matching was added to push notifications, significantly reducing the risk of MFA fatigue attacks.\n\nNumber matching reduces the risk of MFA fatigue by 99% according to the vendor.\n',
        expect: [
          { quote: 'significantly reducing the risk of MFA fatigue attacks.', checkworthy: false },
          { quote: 'Number matching was added to push notifications', checkworthy: true },
        ],
      },
    ],
  },
);
