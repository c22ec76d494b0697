import { THRESHOLDS } from '../thresholds.js';
import { FIRST_POSITION_WORDS, LAST_POSITION_WORDS, NOT_A_POSITION_AFTER } from '../../lang/list-position-words.js';
import { alternation } from '../../lang/words.js';
import { AGREE, conflict, silent, type SlotRule } from './types.js';

const NOT_A_POSITION = `(?!\\s+(?:\\d|(?:${alternation(NOT_A_POSITION_AFTER)})\\b))`;
/** "last" or "finally" as a place in a sequence, not "the last 30 days". */
const SAYS_LAST = new RegExp(`\\b(?:${alternation(LAST_POSITION_WORDS)})\\b${NOT_A_POSITION}`, 'i');
const SAYS_FIRST = new RegExp(`\\b(?:${alternation(FIRST_POSITION_WORDS)})\\b${NOT_A_POSITION}`, 'i');
/** A list item's marker at the start of a passage sentence; group 1 is an ordered item's number. */
const ITEM_START = /^\s*(?:[-*+]|(\d{1,3})\.)\s+\S/;
/** Another list item's marker after the sentence, in the sentences read with it. */
const LATER_ITEM = /\s(?:[-*+]|\d{1,3}\.)\s+\S/;

/**
 * Where an item sits in the page's list, against the claim's "first" or "last" (readsNext: the sentence comes
 * with the ones after it). A list item with another item after it is not the last one; an item numbered 2 or more
 * is not the first (many pages number every item "1.", so a "1." says nothing). Prose, which states order in
 * words, is left to the other rules.
 */
export const listPosition: SlotRule = {
  id: 'list-position',
  description: "the claim's first / last against the place of the page's list item",
  silenceBlocks: false,
  canRefute: false,
  readsNext: THRESHOLDS.followingSentences,
  examples: [
    {
      claim: 'The workload last requests a token from its identity provider.',
      passage: '1. The workload requests a token from its identity provider. 1. The identity provider issues a token to the workload.',
      expect: 'conflict',
    },
    {
      claim: 'The workload finally calls the resource with the token.',
      passage: '1. The workload calls the resource with the token.',
      expect: 'agree',
    },
    {
      claim: 'The first layer is the tenant-wide baseline settings.',
      passage: '3. The tenant-wide baseline settings apply to every device. 4. Device policies add platform rules.',
      expect: 'conflict',
    },
    {
      claim: 'The first layer is the tenant-wide baseline settings.',
      passage: '- **Baseline settings** – tenant-wide settings every device receives. - **Device policies** – platform rules.',
      expect: 'agree',
    },
    { claim: 'Sign-ins from the last 30 days are kept.', passage: '- Sign-ins are kept for 30 days. - Audit logs are kept for a year.', expect: 'agree' },
    { claim: 'The workload last requests a token.', passage: 'The workload requests a token, then calls the resource.', expect: 'silent' },
  ],
  compare(claim, sentence) {
    const last = SAYS_LAST.test(claim);
    const first = SAYS_FIRST.test(claim);
    if (!last && !first) return AGREE;
    const item = ITEM_START.exec(sentence);
    if (!item) return silent('the page states no place in a list');
    const rest = sentence.slice(item[0].length);
    if (last && LATER_ITEM.test(rest)) return { ...conflict('the page lists another item after this one; the claim says it comes last'), weak: true };
    const n = Number(item[1] ?? '1');
    if (first && n > 1) return { ...conflict(`the page lists it as item ${n}; the claim says it comes first`), weak: true };
    return AGREE;
  },
};
