import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLedger } from '../../src/ledger/index.js';
import type { Claim } from '../../src/schema/index.js';
import { ensureBuilt, ROOT, runCli, tmpDir } from './helpers/env.js';

beforeAll(() => ensureBuilt(), 120_000);

const PAGE = 'docs/identity/contoso/token-service.md';
const V1 = `---
title: Contoso token service
ms.date: 01/15/2026
---
# Contoso token service

The Contoso token service signs and issues tokens for Contoso apps.

## Token lifetime

The Contoso token service issues access tokens that expire after 60 minutes.

## Refresh tokens

Contoso refresh tokens remain valid for 14 days of inactivity.

## Signing keys

The Contoso token service rotates its signing keys every 24 hours.

## Revocation

An administrator can revoke all Contoso sessions from the admin center.

## Audit logs

Contoso audit logs keep sign-in events for 30 days.
`;

const ARTICLE = `# Notes on Contoso tokens

The Contoso token service issues access tokens that expire after 60 minutes.
Contoso refresh tokens remain valid for 14 days of inactivity.
The Contoso token service rotates its signing keys every 24 hours.
Contoso audit logs keep sign-in events for 30 days.
An administrator can revoke all Contoso sessions from the admin center.
`;

/** A real git repository of docs and a workspace with the article, the git identity fixed. */
function setup(): { docs: string; ws: string; env: Record<string, string>; git(...args: string[]): void } {
  const dir = tmpDir('cc-recheck-');
  const docs = join(dir, 'docs');
  const ws = join(dir, 'ws');
  mkdirSync(join(docs, 'docs/identity/contoso'), { recursive: true });
  mkdirSync(ws);
  writeFileSync(join(dir, 'gitconfig'), '[user]\n\tname = Test Reviewer\n\temail = reviewer@example.com\n');
  const env = { GIT_CONFIG_GLOBAL: join(dir, 'gitconfig'), GIT_CONFIG_NOSYSTEM: '1' };
  const git = (...args: string[]): void => {
    execFileSync('git', args, { cwd: docs, env: { ...process.env, ...env }, stdio: 'ignore' });
  };
  git('init', '-q');
  return { docs, ws, env, git };
}

const byQuote = (claims: Claim[], start: string): Claim => {
  const c = claims.find((x) => x.quote.startsWith(start));
  if (!c) throw new Error(`no claim "${start}"`);
  return c;
};

describe('claimcheck recheck on a real git repository of docs', () => {
  it('flags exactly the claims whose passage, section or heading changed, keeps the reviewer verdict, exits 1; then 0', async () => {
    const { docs, ws, env, git } = setup();
    writeFileSync(join(docs, PAGE), V1);
    git('add', '-A');
    git('commit', '-qm', 'v1');
    const v1Commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: docs, encoding: 'utf8' }).trim();
    writeFileSync(join(ws, 'article.md'), ARTICLE);
    const run = (...args: string[]) => runCli(args, ws, env);
    expect((await run('corpus', 'add', docs, '--preset', 'entra-docs', '--index', 'idx.sqlite')).code).toBe(0);
    expect((await run('check', 'article.md', '--index', 'idx.sqlite')).code).toBe(0);
    const ledgerFile = join(ws, 'claims/article.yaml');
    const before = (await loadLedger(ledgerFile))?.ledger.claims ?? [];
    const lifetime = byQuote(before, 'The Contoso token service issues');
    // every verdict built on a passage keeps it, with the docs commit it was read from
    for (const c of before.filter((x) => x.status === 'verified')) {
      const e = c.evidence.find((x) => x.stance === 'supports');
      expect(e?.passage && V1.includes(e.passage)).toBe(true);
      expect(e?.docsVersion).toBe(v1Commit);
    }
    expect((await run('review', 'article.md', lifetime.id, '--status', 'verified', '--note', 'read the page')).code).toBe(0);

    // v2: one supporting sentence edited, one section removed, one heading renamed; the rest left alone
    const v2 = V1.replace('expire after 60 minutes', 'expire after 90 minutes')
      .replace('## Signing keys\n\nThe Contoso token service rotates its signing keys every 24 hours.\n\n', '')
      .replace('## Audit logs', '## Audit log retention')
      // updated after the review (the review above is stamped with today's date)
      .replace('ms.date: 01/15/2026', 'ms.date: 12/31/2099');
    writeFileSync(join(docs, PAGE), v2);
    git('commit', '-qam', 'v2');
    expect((await run('corpus', 'add', docs, '--preset', 'entra-docs', '--index', 'idx.sqlite')).code).toBe(0);
    const reviewed = (await loadLedger(ledgerFile))?.ledger.claims ?? [];

    const first = await run('recheck', '--index', 'idx.sqlite');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    const after = (await loadLedger(ledgerFile))?.ledger.claims ?? [];
    const flagged = after.filter((c) => c.evidenceChanged !== undefined);
    expect(flagged.map((c) => c.quote.slice(0, 30)).sort()).toEqual(['Contoso audit logs keep sign-i', 'The Contoso token service issu', 'The Contoso token service rota']);
    const what = (start: string): string => byQuote(after, start).evidenceChanged?.what ?? '';
    expect(what('The Contoso token service issues')).toMatch(/^passage no longer on the page .*#token-lifetime\)/);
    expect(what('The Contoso token service rotates')).toMatch(/^section #signing-keys removed/);
    expect(what('Contoso audit logs')).toMatch(/^section #audit-logs renamed: the passage is now under #audit-log-retention/);
    // the reviewer's verdict, evidence and note are kept; the tool says what it would give now
    const kept = byQuote(after, 'The Contoso token service issues');
    const was = byQuote(reviewed, 'The Contoso token service issues');
    expect(kept).toMatchObject({ origin: 'reviewer', status: 'verified', note: 'read the page', evidence: was.evidence });
    expect(kept.evidenceChanged?.what).toContain('verdict would now be');
    expect(kept.findings.some((f) => f.checker === 'recheck' && f.messageId === 'docs-updated')).toBe(true);
    // the auto claim on the removed section is verified again; the renamed one cites the new anchor
    expect(byQuote(after, 'The Contoso token service rotates').status).not.toBe('verified');
    expect(byQuote(after, 'Contoso audit logs').evidence.find((e) => e.stance === 'supports')?.anchor).toBe('audit-log-retention');
    // claims whose ground did not change are untouched
    for (const start of ['Contoso refresh tokens', 'An administrator can revoke', '# Notes']) {
      expect(after.find((c) => c.quote.startsWith(start.replace('# ', '')))).toEqual(reviewed.find((c) => c.quote.startsWith(start.replace('# ', ''))));
    }

    const bytes = readFileSync(ledgerFile, 'utf8');
    const second = await run('recheck', 'article.md', '--index', 'idx.sqlite');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('no evidence changed');
    expect(readFileSync(ledgerFile, 'utf8')).toBe(bytes);
  }, 120_000);

  it('re-evaluates a verdict that rests on the Graph metadata when a navigation property moves from beta to v1.0', async () => {
    const { docs, ws, env, git } = setup();
    cpSync(join(ROOT, 'test/fixtures/docs/graph-metadata'), docs, { recursive: true });
    git('add', '-A');
    git('commit', '-qm', 'v1');
    writeFileSync(join(ws, 'article.md'), '# Gadgets\n\nCall `GET /v1.0/gadgets/{id}/sparkles` to list the sparkles of a gadget.\n');
    const run = (...args: string[]) => runCli(args, ws, env);
    expect((await run('corpus', 'add', docs, '--preset', 'msgraph-metadata', '--index', 'idx.sqlite')).code).toBe(0);
    await run('check', 'article.md', '--index', 'idx.sqlite');
    const ledgerFile = join(ws, 'claims/article.yaml');
    const before = (await loadLedger(ledgerFile))?.ledger.claims ?? [];
    const claim = byQuote(before, 'Call');
    expect(claim.status).toBe('contradicted');
    expect(claim.findings.some((f) => f.checker === 'graph-path' && f.messageId === 'beta-only')).toBe(true);

    // v2 of the metadata: sparkles is now a navigation property of gadget in v1.0
    const csdl = join(docs, 'schemas/v1.0-Prod.csdl');
    writeFileSync(
      csdl,
      readFileSync(csdl, 'utf8')
        .replace('<NavigationProperty Name="parts"', '<NavigationProperty Name="sparkles" Type="Collection(graph.sparkle)" ContainsTarget="true" />\n        <NavigationProperty Name="parts"')
        .replace(
          '<ComplexType Name="gadgetSettings">',
          '<EntityType Name="sparkle" BaseType="graph.entity">\n        <Property Name="hue" Type="Edm.String" />\n      </EntityType>\n      <ComplexType Name="gadgetSettings">',
        ),
    );
    git('commit', '-qam', 'v2');
    expect((await run('corpus', 'add', docs, '--preset', 'msgraph-metadata', '--index', 'idx.sqlite')).code).toBe(0);
    const r = await run('recheck', '--index', 'idx.sqlite');
    expect(r.code).toBe(1);
    const after = byQuote((await loadLedger(ledgerFile))?.ledger.claims ?? [], 'Call');
    expect(after.evidenceChanged?.what).toMatch(/`GET \/v1\.0\/gadgets\/\{id\}\/sparkles` moved from beta to v1\.0/);
    expect(after.status).not.toBe('contradicted');
    expect((await run('recheck', '--index', 'idx.sqlite')).code).toBe(0);
  }, 120_000);

  it('needs an index and an existing ledger: exit 2 with a hint, nothing written', async () => {
    const { ws, env } = setup();
    const noIndex = await runCli(['recheck', '--index', 'missing.sqlite'], ws, env);
    expect(noIndex.code).toBe(2);
    expect(noIndex.stderr).toContain('recheck needs a docs index');
    expect((await runCli(['corpus', 'add', join(ROOT, 'test/fixtures/docs/entra-docs'), '--preset', 'entra-docs', '--index', 'idx.sqlite'], ws, env)).code).toBe(0);
    const noLedger = await runCli(['recheck', 'claims/none.yaml', '--index', 'idx.sqlite'], ws, env);
    expect(noLedger.code).toBe(2);
    expect(noLedger.stderr).toContain('claims/none.yaml');
  }, 60_000);
});
