import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyClaims } from '../../src/verify/index.js';
import type { CheckContext } from '../../src/verify/types.js';
import type { Claim } from '../../src/schema/index.js';
import { scorePassage } from '../../src/verify/passage-score.js';
import { passageKeys } from '../../src/verify/key-entities.js';
import type { Passage } from '../../src/evidence/types.js';
import { claimOf, claimsOf, fixtureEvidence } from './helpers.js';

/**
 * A documented sentence verifies; the same sentence with one slot changed (can → cannot, 1 hour → 1 day,
 * inbound → outbound, one admin role for another, "(preview)" added, P1 → P2) does not, through the real
 * checkers and policy over the fixture docs (test/fixtures/verify-docs/…/cross-tenant-access-settings.md).
 */
const PAGE = 'https://learn.microsoft.com/en-us/entra/external-id/cross-tenant-access-settings';

const DOCUMENTED = {
  inbound: 'Inbound access settings control whether users from external Microsoft Entra organizations can access resources in your organization.',
  hour: 'A cross-tenant synchronization session stays valid for one hour after the first request.',
  role: 'A Security Administrator can configure cross-tenant access settings for the whole tenant.',
  licence: 'Cross-tenant synchronization is generally available and requires Microsoft Entra ID P1 licences for every synchronized user.',
  can: 'Users can export their sign-in activity from the My Sign-ins page as a CSV file.',
};

const DISTORTED: Array<[kind: string, text: string, rule: string]> = [
  ['can → cannot', 'Users cannot export their sign-in activity from the My Sign-ins page as a CSV file.', 'polarity'],
  ['1 hour → 1 day', 'A cross-tenant synchronization session stays valid for one day after the first request.', 'quantity'],
  ['one hour → 90 minutes', 'A cross-tenant synchronization session stays valid for 90 minutes after the first request.', 'quantity'],
  ['inbound → outbound', 'Outbound access settings control whether users from external Microsoft Entra organizations can access resources in your organization.', 'direction'],
  ['role swap', 'A Helpdesk Administrator can configure cross-tenant access settings for the whole tenant.', 'role'],
  ['(preview) added', 'Cross-tenant synchronization (preview) requires Microsoft Entra ID P1 licences for every synchronized user.', 'channel'],
  ['P1 → P2', 'Cross-tenant synchronization is generally available and requires Microsoft Entra ID P2 licences for every synchronized user.', 'channel'],
];

describe('slot distortions through the checkers', () => {
  let base: Omit<CheckContext, 'claims'>;
  let cleanup = (): void => {};
  beforeAll(async () => {
    const f = await fixtureEvidence();
    base = f.ctx;
    cleanup = f.cleanup;
  });
  afterAll(() => cleanup());

  const check = async (sentence: string): Promise<Claim> => {
    const claims = claimsOf(`# Fixture\n\n${sentence}\n`);
    const out = await verifyClaims(claims, base);
    // a sentence the extractor splits ("… is generally available and requires … P1 …") is judged on its longest part, the one with the slot
    const c = out.claims.filter((x) => x.checkworthy).sort((a, b) => b.quote.length - a.quote.length)[0];
    if (!c) throw new Error(`no checkworthy claim in: ${sentence}`);
    return c;
  };

  it.each(Object.entries(DOCUMENTED))('documented (%s) → verified, citing the page', async (_k, sentence) => {
    const c = await check(sentence);
    expect(c.status).toBe('verified');
    expect(c.evidence.some((e) => e.stance === 'supports' && e.url.startsWith(PAGE))).toBe(true);
  });

  it.each(DISTORTED)('%s → not verified, the slot conflict named', async (_kind, sentence, rule) => {
    const c = await check(sentence);
    expect(c.status).not.toBe('verified');
    const named = c.findings.filter((f) => f.messageId === 'slot-refutes' || f.messageId === 'slot-conflict');
    expect(named.length, JSON.stringify(c.findings)).toBeGreaterThan(0);
    if (named.some((f) => f.messageId === 'slot-conflict')) expect(named.map((f) => f.message).join(' ')).toContain(rule);
  });

  it('a plain conflict on the same subject is contradicted, with a refuting passage and both values', async () => {
    const c = await check(DISTORTED[1]?.[1] ?? '');
    expect(c.status).toBe('contradicted');
    expect(c.evidence.some((e) => e.stance === 'refutes' && e.url.startsWith(PAGE))).toBe(true);
    expect(c.findings.find((f) => f.messageId === 'slot-refutes')?.message).toContain('the page says 1 hour, the claim says 1 day');
  });
});

describe('navigation never supports', () => {
  const claim = claimOf('Cross-tenant synchronization sessions can be configured for external users by a Security Administrator.');
  const p = (heading: string, text: string): Passage => ({ url: 'https://learn.example/p', heading, text, score: 1, source: 'fixture' });
  it('a "Next steps" section with the claim’s words is no support', () => {
    const s = scorePassage(claim, passageKeys(claim), p('Next steps', 'Cross-tenant synchronization sessions can be configured for external users by a Security Administrator.'));
    expect(s.navigation).toBe(true);
    expect(s.verdict).toBe('none');
  });
  it('a list of links under any heading is no support', () => {
    const s = scorePassage(
      claim,
      passageKeys(claim),
      p('Synchronization', '- [Configure cross-tenant synchronization sessions for external users]\n- [Security Administrator permissions]\n- [Cross-tenant synchronization overview]'),
    );
    expect(s.verdict).toBe('none');
  });
  it('the same words as prose under a topic heading support it', () => {
    const s = scorePassage(claim, passageKeys(claim), p('Synchronization', 'Cross-tenant synchronization sessions can be configured for external users by a Security Administrator.'));
    expect(s.verdict).toBe('supports');
  });
});
