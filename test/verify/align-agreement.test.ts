import { describe, expect, it } from 'vitest';
import { compareSlots } from '../../src/verify/slots/align.js';

describe('verify: only an agreement about the disputed word outweighs a conflict', () => {
  const claim = 'Settings are synchronized between the legacy policies and the sign-in methods policy.';
  it('a loosely aligned sentence that never uses the word does not cancel the conflict', () => {
    const sentences = ['Settings aren’t synchronized between the policies, which lets admins manage each policy on its own.', 'The registration process first checks the sign-in methods policy.'];
    expect(compareSlots(claim, sentences, undefined).conflicts.map((c) => c.rule)).toContain('polarity');
  });
  it('a sentence that affirms the word does', () => {
    const sentences = ['Settings aren’t synchronized between the policies by default.', 'Settings are synchronized between the policies once the migration is complete.'];
    expect(compareSlots(claim, sentences, undefined).conflicts.map((c) => c.rule)).not.toContain('polarity');
  });
  it('a figure is settled by any sentence that states it, however loosely aligned', () => {
    const sentences = ['Clients such as Teams get an access token lifetime of two hours.', 'The platform assigns a random value between 60-90 minutes as the default lifetime of an access token.'];
    expect(compareSlots('An access token is valid for about 1 hour.', sentences, undefined).conflicts.map((c) => c.rule)).not.toContain('quantity');
  });
});
