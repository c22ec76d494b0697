import type { SplitRule } from '../types.js';
import { AUX } from '../../verbs.js';
import { AUXILIARIES } from '../../../lang/auxiliaries.js';
import { DETERMINERS } from '../../../lang/determiners.js';
import { alternation, wordsPattern } from '../../../lang/words.js';

/** The tail of the left part is one item of a comma list: ", <one to three words>" with no verb-like word. */
const LIST_ITEM_TAIL = /,\s+(?:[\w’'().-]+\s+){0,2}[\w’'().-]+$/;
/** A word that makes the tail a clause or the end of the list: an auxiliary, a past participle, "and"/"or". */
const NOT_AN_ITEM = new RegExp(`${wordsPattern([...AUXILIARIES, 'and', 'or']).source}|\\w+ed\\b`, 'i');

/** ", and" + a noun phrase (a determiner, a number or a name): the list's last item, not a verb phrase. */
const LAST_ITEM = new RegExp(`^,?\\s*and\\s+(?:(?:${alternation(DETERMINERS)})\\s|\\d|[A-Z])`);

/** ", and" + a verb of the verb list or a past participle: a second verb phrase, which may be cut. */
const AND_VERB = new RegExp(String.raw`^,?\s*and\s+(?:${AUX}(?![\w-])|[a-z]{3,}ed\b)`, 'i');

export const serialList: SplitRule = {
  id: 'serial-list',
  step: 'split',
  description:
    'The ", and" that closes a comma list ("with their username, password, and a second factor") joins list items, not clauses: no cut when the words before it are one short item of a list.',
  examples: [
    {
      input: 'When a user signs in with a username, password, and a second factor, the service issues an ID token.\n',
      expect: [{ quote: 'When a user signs in with a username, password, and a second factor, the service issues an ID token.' }],
    },
    {
      input: 'The app requests the openid, profile, and email scopes, and the service returns an ID token.\n',
      expect: [{ quote: 'The app requests the openid, profile, and email scopes' }, { quote: 'the service returns an ID token.' }],
    },
  ],
  veto(left: string, after: string): boolean {
    const tail = LIST_ITEM_TAIL.exec(left.trimEnd())?.[0];
    const a = after.trimStart();
    return (LAST_ITEM.test(a) || !AND_VERB.test(a)) && tail !== undefined && !NOT_AN_ITEM.test(tail.slice(1));
  },
};
