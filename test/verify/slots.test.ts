import { describe, expect, it } from 'vitest';
import { SLOT_RULES } from '../../src/verify/slots/index.js';
import { compareSlots } from '../../src/verify/slots/align.js';

/** Every slot rule's own examples, table-driven: one rule file, its examples, one test each. */
describe('slot rules: each rule’s examples', () => {
  it('every rule has examples of at least two outcomes', () => {
    for (const rule of SLOT_RULES) {
      expect(rule.examples.length, rule.id).toBeGreaterThanOrEqual(2);
      expect(new Set(rule.examples.map((e) => e.expect)).size, rule.id).toBeGreaterThanOrEqual(2);
    }
  });
  const rows = SLOT_RULES.flatMap((rule) => rule.examples.map((e) => [rule.id, e.expect, e.claim, e.passage, rule] as const));
  it.each(rows)('%s → %s: "%s" vs "%s"', (_id, expected, claim, passage, rule) => {
    const r = rule.compare(claim, passage);
    expect(r.outcome).toBe(expected);
    if (r.outcome !== 'agree') expect(r.detail ?? '').not.toBe('');
  });
});

describe('slot comparison over the aligned sentences', () => {
  const page = ['Token lifetime', 'The default lifetime of an access token is a random value between 60 and 90 minutes.', 'Refresh tokens are valid for 90 days.'];
  it('a figure stated in a nearby aligned sentence agrees', () => {
    const r = compareSlots('The default lifetime of an access token is between 60 and 90 minutes.', page, 'default');
    expect(r.conflicts).toEqual([]);
    expect(r.unstated).toEqual([]);
  });
  it('another unit on the same subject is a plain conflict, and says both values', () => {
    const r = compareSlots('The default lifetime of an access token is a random value between 60 and 90 days.', page, 'default');
    expect(r.conflicts.map((c) => [c.rule, c.plain])).toEqual([['quantity', true]]);
    expect(r.conflicts[0]?.detail).toBe('the page says between 60 and 90 minutes, the claim says between 60 and 90 days');
  });
  it('a default stated on the list line under the setting’s name is read with it', () => {
    const list = ['- **Enhanced jailbreak detection** (*applies only to iOS/iPadOS*)', '  - **Disabled** (*default*): This security feature is off.', '  - **Enabled**: This security feature is on.'];
    expect(compareSlots('Enhanced jailbreak detection applies only to iOS/iPadOS and is disabled by default.', list, 'enhanced').unstated).toEqual([]);
    const c = compareSlots('Enhanced jailbreak detection applies only to iOS/iPadOS and is enabled by default.', list, 'enhanced').conflicts;
    expect(c.map((x) => x.rule)).toContain('default-value');
  });
  it('a figure no aligned sentence states is unstated', () => {
    const r = compareSlots('The default lifetime of an access token is 24 hours for most clients.', ['The default lifetime of an access token depends on the client.'], 'default');
    expect(r.unstated.map((u) => u.rule)).toEqual(['quantity']);
  });
});

describe('polarity: another act negated in the sentence that states the claim', () => {
  const page = 'The user doesn’t have to consent again on future sign-ins to the widget portal.';
  it('is a weak conflict against a claim of three content words, a plain one against a longer claim', () => {
    const polarity = SLOT_RULES.find((r) => r.id === 'polarity');
    const thin = polarity?.compare('The user has to sign in again.', page);
    expect(thin?.outcome).toBe('conflict');
    expect(thin?.weak).toBe(true);
    const full = polarity?.compare('The user has to sign in again to the widget portal on future sign-ins.', page);
    expect(full?.outcome).toBe('conflict');
    expect(full?.weak).toBeUndefined();
  });
});
