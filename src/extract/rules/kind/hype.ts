import type { KindRule } from '../types.js';
import { phraseRule } from './phrase-rule.js';
import { HYPE_WORDS } from '../../../lang/hype-words.js';
import { READER_ADDRESS } from '../../../lang/reader-address.js';
import { wordsPattern } from '../../../lang/words.js';
import { OPINION } from '../helpers.js';
import { wordGate } from '../../word-gate.js';

const HYPE = wordsPattern(HYPE_WORDS);
const ADDRESS = wordsPattern(READER_ADDRESS);
/** Each pattern's matches are entries of its list between word boundaries (wordsPattern). */
const HYPE_GATE = wordGate(HYPE_WORDS);
const ADDRESS_GATE = wordGate(READER_ADDRESS);

export const hype: KindRule = phraseRule(
  [
    { gate: ADDRESS_GATE, pattern: ADDRESS, answer: OPINION },
    { unlessSpecific: true, gate: HYPE_GATE, pattern: HYPE, answer: OPINION },
  ],
  {
    id: 'hype',
    description:
      'Marketing and generic praise with nothing specific to check ("Tokens are a vital part of modern authentication", "revolutionizing security across industries", "you’re not alone") is an opinion. A value, a code or a date in the sentence keeps it a claim.',
    examples: [
      {
        input: 'Passkeys are revolutionizing how people sign in across industries.\n\nPasskeys are supported on iOS 16 and later.\n',
        expect: [
          { quote: 'Passkeys are revolutionizing how people sign in across industries.', checkworthy: false, kind: 'opinion' },
          { quote: 'Passkeys are supported on iOS 16 and later.', checkworthy: true },
        ],
      },
      {
        input: 'If you have ever wondered why sign-ins fail at night, you’re not alone.\n\nConditional Access plays a vital role and evaluates every sign-in within 5 seconds.\n',
        expect: [
          { quote: 'If you have ever wondered why sign-ins fail at night, you’re not alone.', checkworthy: false },
          { quote: 'Conditional Access plays a vital role and evaluates every sign-in within 5 seconds.', checkworthy: true },
        ],
      },
    ],
  },
);
