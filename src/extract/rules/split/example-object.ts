import type { SplitRule } from '../types.js';
import { hasFiniteVerb } from '../../verbs.js';
import { EXAMPLE_MARKERS } from '../../../lang/example-markers.js';
import { exactAlternation } from '../../../lang/words.js';
import { wordGate } from '../../word-gate.js';

/** "and for example" / "and, e.g.," before a second object of the same verb. */
const AND_EXAMPLE = new RegExp(String.raw`\s+and,?\s+(?=(?:${exactAlternation(EXAMPLE_MARKERS)}),?\s)`, 'gi');
/** The example marker that opens the part after the cut, with its comma. */
export const EXAMPLE_OPENER = new RegExp(String.raw`^(?:${exactAlternation(EXAMPLE_MARKERS)}),?\s+`, 'i');

export const exampleObject: SplitRule = {
  id: 'example-object',
  step: 'split',
  description:
    'A second object joined by "and for example" ("supports API keys and for example features like key rotation") is a second claim with the same subject and verb: it is cut off and stated with them ("… supports features like key rotation").',
  examples: [
    {
      input: 'The new gateway supports both API keys and client certificates and for example features like key rotation.\n',
      expect: [
        { quote: 'The new gateway supports both API keys and client certificates', text: 'The new gateway supports both API keys and client certificates.' },
        { quote: 'for example features like key rotation.', text: 'The new gateway supports features like key rotation.' },
      ],
    },
    {
      input: 'Conditional Access can require multifactor authentication and, for instance, a compliant device.\n',
      expect: [{ quote: 'for instance, a compliant device.', text: 'Conditional Access can require a compliant device.' }],
    },
    {
      input: 'The portal lists every app and for example you can filter them by owner.\n',
      expect: [{ quote: 'The portal lists every app and for example you can filter them by owner.' }],
    },
  ],
  cuts: AND_EXAMPLE,
  // "and" stands between white space (or a comma): a whole word, in any case
  gate: wordGate(['and']),
  accept(left, after) {
    // an object, not a clause of its own ("and for example you can filter …" stays whole)
    return hasFiniteVerb(left) && !hasFiniteVerb(after.trimStart().replace(EXAMPLE_OPENER, ''));
  },
};
