import { ONLY_CUES } from '../../lang/modality-cues.js';
import { contentLemmas, tokens } from '../text.js';
import { AGREE, silent, type SlotRule } from './types.js';

/** Words after a restricting cue that say what it restricts ("only [for completing initial setup]"). */
const SCOPE_WORDS = 4;

/**
 * A restriction the claim states ("only the Global Administrators are notified", "the only option",
 * "validated exclusively by …") is a fact of its own: a page that describes the case without restricting it
 * does not support the restriction, and neither does a page that restricts something else ("intended only
 * for initial setup" against "the only option for initial setup" restricts the use, not the options).
 * "not only" widens rather than restricts, so it does not count. Returns the lemmas of each restriction's scope.
 */
function restrictions(text: string): string[][] {
  const ws = tokens(text);
  const out: string[][] = [];
  for (const [i, w] of ws.entries()) {
    if (!ONLY_CUES.includes(w) || ws[i - 1] === 'not') continue;
    out.push(contentLemmas(ws.slice(i + 1, i + 1 + SCOPE_WORDS).join(' ')));
  }
  return out;
}

export const exclusivity: SlotRule = {
  id: 'exclusivity',
  description: 'a restriction (only, exclusively, solely): the page must restrict the same way',
  silenceBlocks: true,
  canRefute: false,
  reverses: true,
  examples: [
    {
      claim: 'Only the Global Administrators are notified when an administrator resets a password.',
      passage: 'Other administrators receive an email when an administrator resets a password.',
      expect: 'silent',
    },
    {
      claim: 'A Temporary Access Pass is the only option to onboard a user without a password.',
      passage: 'A Temporary Access Pass can be used to onboard a user without a password.',
      expect: 'silent',
    },
    { claim: 'The pass can be used only once.', passage: 'A one-time pass can only be used once.', expect: 'agree' },
    { claim: 'Tokens are validated exclusively by the identity service.', passage: 'Tokens are validated solely by the resource they are issued for.', expect: 'silent' },
    { claim: 'Tokens are validated exclusively by the resource.', passage: 'Tokens are validated solely by the resource they are issued for.', expect: 'agree' },
    { claim: 'The policy not only blocks legacy clients but also old protocols.', passage: 'The policy blocks legacy clients and old protocols.', expect: 'agree' },
    { claim: 'The policy blocks legacy clients.', passage: 'The policy only blocks legacy clients.', expect: 'agree' },
    { claim: 'A pass is the only option for initial device setup.', passage: 'A pass is intended only for completing initial device setup.', expect: 'silent' },
  ],
  compare(claim, sentence) {
    const want = restrictions(claim);
    if (want.length === 0) return AGREE;
    const have = restrictions(sentence);
    // the page restricts the same thing: the head word of one scope is in the other (or a scope has no content words)
    const same = (a: string[], b: string[]): boolean => a.length === 0 || b.length === 0 || b.includes(a[0] ?? '') || a.includes(b[0] ?? '');
    if (want.every((w) => have.some((h) => same(w, h)))) return AGREE;
    return silent(have.length === 0 ? 'the page does not restrict it ("only")' : 'the page restricts something else ("only")');
  },
};
