import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rename } from '../../src/verify/checkers/rename.js';
import { claimedRename } from '../../src/verify/rename-claim.js';
import type { CheckContext } from '../../src/verify/types.js';
import { claimsOf, indexedEvidence, repoRoot } from './helpers.js';

describe('the rename a claim states', () => {
  it.each([
    ['Contoso Key Locker is the new name for Fabrikam Vault.', { old: 'Fabrikam Vault', now: 'Contoso Key Locker', negated: false }],
    ['Contoso Key Locker is not the current name of Fabrikam Vault.', { old: 'Fabrikam Vault', now: 'Contoso Key Locker', negated: true }],
    ['Fabrikam Vault is the old name of Contoso Key Locker.', { old: 'Fabrikam Vault', now: 'Contoso Key Locker', negated: false }],
    ['Contoso Key Locker was formerly called Fabrikam Vault.', { old: 'Fabrikam Vault', now: 'Contoso Key Locker', negated: false }],
    ['Contoso Key Locker (CKL) is not the former Fabrikam Vault.', { old: 'Fabrikam Vault', now: 'Contoso Key Locker', negated: true }],
    ['Fabrikam Vault was renamed to Contoso Key Locker.', { old: 'Fabrikam Vault', now: 'Contoso Key Locker', negated: false }],
  ])('%s', (text, want) => {
    expect(claimedRename(text)).toEqual(want);
  });

  it('is none in a sentence that only uses a name', () => {
    expect(claimedRename('Contoso Key Locker rotates keys every 90 days.')).toBeUndefined();
  });
});

describe('checker rename, against a page that states "renamed Fabrikam Vault (FV) to Contoso Key Locker"', () => {
  let ctx: Omit<CheckContext, 'claims'>;
  let cleanup = (): void => {};
  beforeAll(async () => {
    const f = await indexedEvidence([{ dir: join(repoRoot, 'test/fixtures/alias-docs/entra-docs'), preset: 'entra-docs' }]);
    ctx = f.ctx;
    cleanup = f.cleanup;
  });
  afterAll(() => cleanup());

  const run = async (sentence: string) => {
    const claims = claimsOf(`# Names\n\n${sentence}\n`);
    const claim = claims.find((c) => c.checkworthy && rename.appliesTo(c));
    if (!claim) throw new Error(`no rename claim in ${sentence}`);
    return rename.check(claim, { ...ctx, claims });
  };

  it('supports the rename in its direction, citing the page', async () => {
    const r = await run('Contoso Key Locker is the new name for Fabrikam Vault.');
    expect(r.signal).toBe('supported');
    expect(r.evidence[0]?.url).toMatch(/new-names/);
    expect(r.evidence[0]?.passage).toContain('renamed Fabrikam Vault');
  });

  it('is against the rename told the other way round', async () => {
    const r = await run('Fabrikam Vault is the new name for Contoso Key Locker.');
    expect(r.signal).toBe('conflicts');
    expect(r.findings.map((f) => f.messageId)).toEqual(['rename-reversed']);
    expect(r.evidence[0]?.stance).toBe('refutes');
  });

  it('is against a claim that denies the documented rename', async () => {
    const r = await run('Contoso Key Locker is not the new name for Fabrikam Vault.');
    expect(r.signal).toBe('conflicts');
    expect(r.findings.map((f) => f.messageId)).toEqual(['rename-denied']);
  });

  it('is against a claim that gives the renamed product another new name', async () => {
    const r = await run('Northwind Gate is the new name for Fabrikam Vault.');
    expect(r.signal).toBe('conflicts');
    expect(r.findings.map((f) => f.messageId)).toEqual(['rename-other']);
    expect(r.findings[0]?.message).toContain('Contoso Key Locker');
    expect(r.evidence[0]?.stance).toBe('refutes');
  });

  it('only doubts another name of the same family: not supported, not contradicted', async () => {
    const r = await run('Contoso Key Portal is the new name for Fabrikam Vault.');
    expect(r.signal).toBe('no-support');
    expect(r.findings.map((f) => f.messageId)).toEqual(['rename-other']);
    expect(r.evidence[0]?.stance).toBe('related');
  });

  it('leaves a rename the documentation never states to the other checkers', async () => {
    const r = await run('Contoso Key Locker is the new name for Fabrikam Safe.');
    expect(r.signal).toBe('not-applicable');
    expect(r.evidence).toEqual([]);
  });
});
