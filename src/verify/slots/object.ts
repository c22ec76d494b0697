import { THRESHOLDS } from '../thresholds.js';
import { clauseNouns, unstated } from './clause-nouns.js';
import { AGREE, silent, type SlotRule } from './types.js';

/** The claim's predicate nouns (what it says its subject does or is for, clause-nouns.ts) that the sentence does not have. */
export function unstatedNouns(claim: string, sentence: string): string[] {
  return unstated(clauseNouns(claim).predicate, sentence);
}

export const objectRule: SlotRule = {
  id: 'object',
  description: 'what the claim says its subject does or is for: every common noun of its predicate (its objects, the purpose after "for") must be in the sentence, or in the one after it',
  silenceBlocks: true,
  canRefute: false,
  // the stretch a supporting statement may take (THRESHOLDS.carrierSentences): the sentence and the one after it;
  // four after it let one more object swap through for no original (counterfactual suite, 2026-12-07)
  readsNext: THRESHOLDS.carrierSentences - 1,
  examples: [
    { claim: 'Azure IoT Hub is used for storing secrets.', passage: 'Every IoT hub has an identity registry that stores information about the devices permitted to connect to it.', expect: 'silent' },
    {
      claim: 'Azure IoT Hub is used for device communication.',
      passage: 'IoT Hub is a managed service that acts as a central message hub for communication between an application and its devices.',
      expect: 'agree',
    },
    { claim: 'Admins can revoke a session from the user profile page.', passage: 'Admins can revoke a session from the group settings page.', expect: 'silent' },
    { claim: 'You can, for instance, block the flow for one network location.', passage: 'You can block the flow everywhere except one network location.', expect: 'agree' },
    {
      claim: 'Microsoft recommends the libraries instead of coding against the protocol by hand.',
      passage: 'Microsoft recommends the libraries instead of coding against the protocol.',
      expect: 'agree',
    },
    { claim: 'The grant_type has to be urn:ietf:params:oauth:grant-type:device_code.', passage: 'Required: the grant_type must be urn:ietf:params:oauth:grant-type:device_code.', expect: 'agree' },
  ],
  compare(claim, sentence) {
    const missing = unstatedNouns(claim, sentence);
    return missing.length === 0 ? AGREE : silent(`the page does not say "${missing.join('", "')}"`);
  },
};
