import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocsIndex, LearnOnlineSource, openEvidence, resolveLinks } from '../../src/evidence/index.js';
import { ingestText } from '../../src/ingest/index.js';
import { extractClaims } from '../../src/extract/index.js';
import { verifyClaims } from '../../src/verify/index.js';
import { deadPort, learnSite, startServer, type TestServer } from './server.js';

/**
 * The wiring the check command does for --online: offline evidence from openEvidence, plus one
 * LearnOnlineSource whose cache is the same index file, then verifyClaims over all of them.
 */
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-wiring-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const docs = join(dir, 'docs');
  mkdirSync(join(docs, 'docs/identity'), { recursive: true });
  writeFileSync(
    join(docs, 'docs/identity/mfa.md'),
    '---\ntitle: MFA methods\nms.date: 01/10/2025\n---\n# MFA methods\n\n## Verification methods\n\nUsers can verify with a FIDO2 security key or the Authenticator app.\n',
  );
  const ix = DocsIndex.open(join(dir, 'index.sqlite'), { create: true });
  ix.add({ dir: docs, preset: 'entra-docs', progress: false });
  ix.close();
  return dir;
}

const ARTICLE = '# CAE\n\nContinuous access evaluation reacts within 15 minutes when an administrator revokes all refresh tokens for the user.\n\nUsers can verify with a FIDO2 security key.\n';

async function run(baseUrl: string, indexPath: string) {
  const ev = await openEvidence({ indexPath, noPack: true }); // holds a read-only connection to the file
  const learn = new LearnOnlineSource({ baseUrl, cache: indexPath, timeoutMs: 2000 });
  cleanups.push(() => {
    learn.close();
    ev.close();
  });
  const claims = extractClaims(ingestText(ARTICLE, 'article.md'));
  const out = await verifyClaims(claims, { sources: [...ev.sources, learn], graph: ev.graph, asOf: '2026-01-01', online: true });
  return { out, learn };
}

describe('check --online wiring', () => {
  it('learn-online evidence joins the offline sources; the cache shares the index file', async () => {
    const server: TestServer = await startServer(learnSite());
    cleanups.push(() => server.close());
    const dir = workspace();
    const { out, learn } = await run(server.origin, join(dir, 'index.sqlite'));
    const evidence = out.claims.flatMap((c) => c.evidence);
    expect(evidence.some((e) => e.source === 'learn-online' && e.url.startsWith('https://learn.microsoft.com/en-us/'))).toBe(true);
    expect(evidence.find((e) => e.source === 'learn-online')?.anchor).toBe('critical-event-evaluation');
    expect(evidence.filter((e) => e.source === 'learn-online').every((e) => typeof e.retrievedAt === 'string' && !Number.isNaN(Date.parse(e.retrievedAt)))).toBe(true);
    // The offline index answered too (its passage shows in the trace).
    expect([...out.traces.values()].flat().join('\n')).toContain('https://learn.microsoft.com/en-us/entra/identity/mfa#verification-methods');
    expect(learn.unavailable).toBeUndefined();
    const requests = server.count();
    expect(requests).toBeGreaterThan(0);

    // A second check of the same article: everything from the cache in the index file.
    await run(server.origin, join(dir, 'index.sqlite'));
    expect(server.count()).toBe(requests);
  });

  it('with Learn unreachable the check completes on the offline sources, and says which source was unavailable', async () => {
    const dir = workspace();
    const { out, learn } = await run(`http://127.0.0.1:${await deadPort()}`, join(dir, 'index.sqlite'));
    expect(out.claims.length).toBeGreaterThan(0);
    expect(out.claims.every((c) => c.status !== undefined)).toBe(true);
    expect([...out.traces.values()].flat().join('\n')).toContain('https://learn.microsoft.com/en-us/entra/identity/mfa#verification-methods');
    expect(out.claims.flatMap((c) => c.evidence).some((e) => e.source === 'learn-online')).toBe(false);
    expect(learn.notes()).toEqual([expect.stringMatching(/^learn-online unavailable: 127\.0\.0\.1:\d+ is unreachable: ECONNREFUSED/)]);
  });

  it('links of the article go through resolveLinks; placeholders never leave the machine', async () => {
    const results = await resolveLinks(['https://contoso.com/x', 'https://login.microsoftonline.com/<tenant-id>/v2.0']);
    expect(results.map((r) => r.status)).toEqual(['placeholder', 'placeholder']);
  });
});
