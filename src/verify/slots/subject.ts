import { THRESHOLDS } from '../thresholds.js';
import { clauseNouns, unstated } from './clause-nouns.js';
import { AGREE, silent, type SlotRule } from './types.js';

export const subjectRule: SlotRule = {
  id: 'subject',
  description:
    'who or what the claim is about: every common noun of its subject (the noun phrase its main clause opens with, where the verb follows at once) must be in the sentence, the one after it, or the page title and section heading',
  silenceBlocks: true,
  canRefute: false,
  // the stretch a supporting statement may take (THRESHOLDS.carrierSentences), read with the title and heading,
  // which often name what a section is about
  readsNext: THRESHOLDS.carrierSentences - 1,
  readsFrame: true,
  examples: [
    { claim: 'The What If portal simulates a sign-in for a user or a service principal.', passage: 'The What If tool simulates a sign-in for a user or a service principal.', expect: 'silent' },
    { claim: 'The What If tool simulates a sign-in for a user or a service principal.', passage: 'The What If tool simulates a sign-in for a user or a service principal.', expect: 'agree' },
    {
      claim: 'With diagnostic credentials, you can route activity logs to several endpoints.',
      passage: 'With diagnostic settings, you can route activity logs to several endpoints.',
      expect: 'agree',
    },
    { claim: 'The big difference with a pass is that it can only be used for a limited time.', passage: 'A pass can only be used for a limited time.', expect: 'agree' },
    { claim: 'Sign-in tokens are returned by the signIns API.', passage: 'Sign-in events are returned by the signIns API.', expect: 'silent' },
    // an interjected adverbial stands aside; a conjunction joins the subject's parts
    { claim: 'A deployment period, for example, can use that access token.', passage: 'A deployment workflow, for example, can use that access token.', expect: 'silent' },
    { claim: 'App roles and security groups are not an either-or choice.', passage: 'App roles and security groups aren’t mutually exclusive.', expect: 'agree' },
    { claim: 'App roles and security tokens are not an either-or choice.', passage: 'App roles and security groups aren’t mutually exclusive.', expect: 'silent' },
  ],
  compare(claim, sentence) {
    const missing = unstated(clauseNouns(claim).subject, sentence);
    return missing.length === 0 ? AGREE : silent(`the page does not say "${missing.join('", "')}"`);
  },
};
