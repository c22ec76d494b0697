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

describe('verify: an agreement from a sentence that says nothing on the slot does not outweigh a conflict', () => {
  const claim = 'The widget_mode may be urn:example:widget-mode:batch.';
  const sample = 'widget_mode=urn:example:widget-mode:batch&client_id=1234';
  it('a request sample that repeats the claim’s words does not cancel the table’s "Must be"', () => {
    const table = 'Parameter: widget_mode; Required: Required; Description: Must be urn:example:widget-mode:batch';
    expect(compareSlots(claim, [sample, table], undefined).conflicts.map((c) => c.rule)).toContain('modality');
  });
  it('a sentence that states the same modal does', () => {
    const optional = 'Parameter: widget_mode; Description: may be urn:example:widget-mode:batch';
    const table = 'Parameter: widget_mode; Description: Must be urn:example:widget-mode:batch for batch clients';
    expect(compareSlots(claim, [sample, optional, table], undefined).conflicts.map((c) => c.rule)).not.toContain('modality');
  });
});
