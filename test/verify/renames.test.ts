import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedEvidence } from '../../src/evidence/index.js';
import { renamesIn } from '../../src/verify/renames.js';
import { verifyClaims } from '../../src/verify/index.js';
import { AS_OF, claimsOf, indexedEvidence, repoRoot } from './helpers.js';

describe('renames the documentation states', () => {
  it('reads "renamed OLD (ACR) to NEW", with the acronym as a second old name', () => {
    expect(renamesIn('Last year we renamed Blue Widget Store (BWS) to Contoso Parts Hub to align names.')).toEqual([
      ['Blue Widget Store', 'Contoso Parts Hub'],
      ['BWS', 'Contoso Parts Hub'],
    ]);
  });

  it('reads "NEW (formerly OLD)" and "NEW – previously known as OLD –"', () => {
    expect(renamesIn('Sign in to Contoso Parts Hub (formerly Blue Widget Store) first.')).toEqual([['Blue Widget Store', 'Contoso Parts Hub']]);
    expect(renamesIn('Contoso Parts Hub – previously known as Widget Depot – stays free.')).toEqual([['Widget Depot', 'Contoso Parts Hub']]);
  });

  it('reads an "old name | new name" table row by row, and nothing from other tables', () => {
    const table = '| Old display name | New display name |\n|---|---|\n| Widget Depot Plus | Parts Hub P1 |\n\n| Setting | Value |\n|---|---|\n| Region | West |';
    expect(renamesIn(table)).toEqual([['Widget Depot Plus', 'Parts Hub P1']]);
  });

  it('finds nothing in a sentence that only mentions a name', () => {
    expect(renamesIn('Contoso Parts Hub stores orders for 30 days.')).toEqual([]);
  });
});

describe('a claim that uses a renamed product’s old name', () => {
  let ev: OpenedEvidence;
  let cleanup = (): void => {};
  beforeAll(async () => {
    const f = await indexedEvidence([{ dir: join(repoRoot, 'test/fixtures/alias-docs/entra-docs'), preset: 'entra-docs' }]);
    ev = f.ev;
    cleanup = f.cleanup;
  });
  afterAll(() => cleanup());

  const statusOf = async (sentence: string) => {
    const claims = claimsOf(`# Keys\n\n${sentence}\n`);
    const { claims: out } = await verifyClaims(claims, { sources: ev.sources, graph: ev.graph, asOf: AS_OF, online: false });
    const c = out.find((x) => x.checkworthy);
    if (!c) throw new Error(`no checkworthy claim in ${sentence}`);
    return c;
  };

  it('is verified by the page that states it under the new name', async () => {
    const c = await statusOf('Fabrikam Vault rotates every stored signing key automatically every 90 days.');
    expect(c.status).toBe('verified');
    expect(c.evidence.find((e) => e.stance === 'supports')?.url).toMatch(/keys\/rotation/);
  });

  it('the same sentence about a name the docs never renamed is not verified', async () => {
    const c = await statusOf('Fabrikam Safe rotates every stored signing key automatically every 90 days.');
    expect(c.status).not.toBe('verified');
  });
});
