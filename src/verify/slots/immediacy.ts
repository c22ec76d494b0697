import { DELAY_CUES, IMMEDIACY_CUES } from '../../lang/immediacy-cues.js';
import { alternation } from '../../lang/words.js';
import { AGREE, conflict, silent, type SlotRule } from './types.js';

/** A cue that something happens at once, as a word or phrase. */
const IMMEDIATE = new RegExp(`(?<![\\w-])(?:${alternation(IMMEDIACY_CUES)})(?![\\w-])`, 'i');
/** A page that gives the same event a delay ("can take up to 24 hours", "replication latency"). */
const DELAY = new RegExp(`(?<![\\w-])(?:${alternation(DELAY_CUES)})(?![\\w-])`, 'i');

/**
 * Immediacy: a claim that something happens at once ("revoked instantly", "applied immediately") states a timing
 * of its own; a page that describes the event without it does not support it, and one that gives it a delay
 * ("changes can take up to an hour") says otherwise.
 */
export const immediacy: SlotRule = {
  id: 'immediacy',
  description: 'a claim that something happens at once (instantly, immediately, in real time): the page must say so',
  silenceBlocks: true,
  canRefute: false,
  examples: [
    { claim: 'An admin can revoke a user’s sessions instantly from the portal.', passage: 'An admin can revoke a user’s sessions from the portal.', expect: 'silent' },
    {
      claim: 'An admin can revoke a user’s sessions instantly from the portal.',
      passage: 'An admin can revoke a user’s sessions from the portal; it can take up to an hour to apply.',
      expect: 'conflict',
    },
    { claim: 'The policy is applied immediately after you save it.', passage: 'The policy is applied immediately once saved.', expect: 'agree' },
    { claim: 'An admin can revoke a user’s sessions from the portal.', passage: 'An admin can revoke a user’s sessions from the portal; it can take up to an hour to apply.', expect: 'agree' },
  ],
  compare(claim, sentence) {
    if (!IMMEDIATE.test(claim)) return AGREE;
    if (IMMEDIATE.test(sentence)) return AGREE;
    if (DELAY.test(sentence)) return conflict('the page gives it a delay; the claim says it happens at once');
    return silent('the page does not say it happens at once');
  },
};
