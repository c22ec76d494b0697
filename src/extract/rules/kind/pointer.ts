import type { KindRule } from '../types.js';
import { POINTER_PHRASES } from '../../../lang/pointer-phrases.js';
import { POINTER_OPENERS } from '../../../lang/pointer-openers.js';
import { openingPattern, wordsPattern } from '../../../lang/words.js';
import { NON_CLAIM } from '../helpers.js';
import { wordGate } from '../../word-gate.js';

const POINTER = wordsPattern(POINTER_PHRASES);
const POINTER_OPENER = openingPattern(POINTER_OPENERS);
/**
 * POINTER's matches are phrases between word boundaries (wordsPattern), POINTER_OPENER's open the text or follow
 * an opening mark and end at one (openingPattern): trimming the quote changes none of its words.
 */
const POINTER_GATE = wordGate(POINTER_PHRASES);
const POINTER_OPENER_GATE = wordGate(POINTER_OPENERS);
/** A value the pointer also states (an error code, an identifier, a number, a date) keeps the sentence a claim. */
const STATED = new Set(['identifier', 'api-path', 'header', 'error-code', 'number', 'date']);

export const pointer: KindRule = {
  id: 'pointer',
  step: 'kind',
  description:
    'A sentence that points elsewhere instead of stating something ("Information about X can be found here.", "see below", "the following error message appears:") is not a claim, unless it also states a value such as an error code or a number.',
  examples: [
    {
      input: 'Information about refresh tokens can be found here.\n\nRefresh tokens are bound to a client.\n',
      expect: [
        { quote: 'Information about refresh tokens can be found here.', checkworthy: false },
        { quote: 'Refresh tokens are bound to a client.', checkworthy: true },
      ],
    },
    {
      input: 'If you save too early, the following error message appears:\n\nWhen the token expires, the API returns error AADSTS700082 as shown below.\n',
      expect: [
        { quote: 'If you save too early, the following error message appears:', checkworthy: false },
        { quote: 'When the token expires, the API returns error AADSTS700082 as shown below.', checkworthy: true },
      ],
    },
    {
      input: 'For more information, see [Token lifetimes](lifetimes.md).\n\nThe dashboard shows more details about each device, such as its last check-in.\n',
      expect: [
        { quote: 'For more information, see [Token lifetimes](lifetimes.md).', checkworthy: false },
        { quote: 'The dashboard shows more details about each device, such as its last check-in.', checkworthy: true },
      ],
    },
  ],
  apply(ctx) {
    // the entity check first: it is cheaper than the phrase pattern
    return !ctx.entities.some((e) => STATED.has(e.type)) &&
      ((POINTER_GATE.test(ctx.quote) && POINTER.test(ctx.quote)) || (POINTER_OPENER_GATE.test(ctx.quote) && POINTER_OPENER.test(ctx.quote.trim())))
      ? NON_CLAIM
      : undefined;
  },
};
