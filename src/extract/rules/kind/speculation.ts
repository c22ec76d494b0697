import type { KindRule } from '../types.js';
import { phraseRule } from './phrase-rule.js';
import { HEDGES } from '../../../lang/hedges.js';
import { wordsPattern } from '../../../lang/words.js';
import { OPINION } from '../helpers.js';
import { wordGate } from '../../word-gate.js';
/** A hedge that ends with "have" ("might have"), read with a participle after it. */
const ENDS_WITH_HAVE = / have$/;

/** A hedge; for the modal perfects ("should have"), only when a past participle follows ("should have resolved"). */
const HEDGE = new RegExp(
  `${wordsPattern(HEDGES.filter((h) => !ENDS_WITH_HAVE.test(h))).source}|${wordsPattern(HEDGES.filter((h) => ENDS_WITH_HAVE.test(h))).source}\\s+(?:\\w+ly\\s+)?(?:been\\s+)?[a-z]{3,}(?:ed|en|wn)\\b`,
  'i',
);

/** Every match of HEDGE is a hedge between word boundaries (wordsPattern). */
const HEDGE_GATE = wordGate(HEDGES);

export const speculation: KindRule = phraseRule(
  { gate: HEDGE_GATE, pattern: HEDGE, answer: OPINION },
  {
    id: 'speculation',
    description: 'The writer’s guess ("It is probably a timing problem", "After a minute the problem should have resolved itself", "Perhaps the cache is stale") is an opinion, not a documented fact.',
    examples: [
      {
        input: 'The sync failed twice. It is probably a timing problem with the connector. The connector syncs every 30 minutes.\n',
        expect: [
          { quote: 'It is probably a timing problem with the connector.', checkworthy: false, kind: 'opinion' },
          { quote: 'The connector syncs every 30 minutes.', checkworthy: true },
        ],
      },
      {
        input: 'After two minutes, the error should have resolved itself.\n\nThe policy should have at least one excluded account.\n',
        expect: [
          { quote: 'After two minutes, the error should have resolved itself.', checkworthy: false },
          { quote: 'The policy should have at least one excluded account.', kind: 'recommendation' },
        ],
      },
    ],
  },
);
