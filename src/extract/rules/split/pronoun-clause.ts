import type { SplitRule } from '../types.js';
import { AUX } from '../../verbs.js';
import { wordGate } from '../../word-gate.js';

/** The pronouns that open such a clause. */
const CLAUSE_PRONOUNS = ['it', 'they', 'this', 'these', 'we', 'you'];
/** "… or it can be …", "… and they are …": a new clause with a pronoun subject after a bare conjunction. */
const PRONOUN_CLAUSE = new RegExp(String.raw`^(?:${CLAUSE_PRONOUNS.join('|')})\s+(?:\w+ly\s+)?${AUX}(?![\w-])`, 'i');

export const pronounClause: SplitRule = {
  id: 'pronoun-clause',
  step: 'split',
  description:
    'A conjunction without a comma that opens a new clause with a pronoun subject ("… with your tenant ID or it can be /common if …") joins two claims: the second is cut off and its pronoun resolved.',
  examples: [
    {
      input: 'The authority contains your tenant ID for a single-tenant app or it can be /common for a multitenant app.\n',
      expect: [{ quote: 'it can be /common for a multitenant app.', text: 'The authority can be /common for a multitenant app.' }],
    },
    {
      input: 'Access reviews run every quarter by default but they can be scheduled monthly in the review settings.\n',
      expect: [{ quote: 'they can be scheduled monthly in the review settings.', text: 'Access reviews can be scheduled monthly in the review settings.' }],
    },
  ],
  cuts: new RegExp(String.raw`\s+(?:or|and|but)\s+(?=(?:${CLAUSE_PRONOUNS.join('|')})\s)`, 'g'),
  // the pronoun stands between white space: a whole word
  gate: wordGate(CLAUSE_PRONOUNS),
  accept(_left, after) {
    return PRONOUN_CLAUSE.test(after);
  },
};
