import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocsIndex } from '../../src/evidence/docs-index/docs-index.js';
import { createGraphModel } from '../../src/evidence/graph/graph-model.js';
import { loadGraphModelData } from '../../src/evidence/graph/load-metadata.js';
import type { EvidenceSource, GraphModel } from '../../src/evidence/types.js';
import { PackSource } from '../../src/evidence/pack/pack-source.js';
import { DEFAULT_PACK_DIR } from '../../src/evidence/open-evidence.js';
import { corpusDir } from './helpers.js';

const present = existsSync(join(corpusDir, 'entra-docs')) && existsSync(join(corpusDir, 'msgraph-metadata/schemas/v1.0-Prod.csdl'));
if (!present) console.warn(`skipping shared-corpus suite: ${corpusDir} is absent (needs entra-docs, memdocs, azure-docs, msgraph-metadata)`);

// Index entra + memdocs + azure (small) and the Graph metadata; the big Graph docs are for the bench only.
describe.skipIf(!present)('evidence over ../shared/corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-corpus-'));
  let index: DocsIndex;
  let sources: EvidenceSource[];
  let graph: GraphModel;
  let parseMs = 0;

  beforeAll(() => {
    index = DocsIndex.open(join(dir, 'index.sqlite'), { create: true });
    for (const p of ['entra-docs', 'memdocs', 'azure-docs']) index.add({ dir: join(corpusDir, p), preset: p, progress: false });
    const r = index.add({ dir: join(corpusDir, 'msgraph-metadata'), preset: 'msgraph-metadata' });
    if (r.kind === 'graph-metadata') parseMs = r.parseMs;
    sources = index.sources();
    const cached = index.graphModelData();
    if (!cached) throw new Error('graph model not cached');
    graph = createGraphModel(cached.data);
  }, 60_000);
  afterAll(() => {
    index.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('parses the v1.0 CSDL (plus type mappings) in well under a second of CPU time', () => {
    // CPU time, not wall time: a loaded CI box stretches the wall clock, not the work done.
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const data = loadGraphModelData(join(corpusDir, 'msgraph-metadata'));
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    console.info(`CSDL + type mappings: ${cpuMs.toFixed(0)} ms CPU, ${(performance.now() - t0).toFixed(0)} ms wall (add: ${parseMs.toFixed(0)} ms wall)`);
    expect(Object.keys(data.types).length).toBeGreaterThan(3000);
    expect(cpuMs).toBeLessThan(1000);
  });

  it('/v1.0/tenantRelationships/managedTenants is beta-only', () => {
    expect(graph.resolvePath('/v1.0/tenantRelationships/managedTenants')).toMatchObject({ kind: 'beta-only', segment: 'managedTenants', resolved: ['tenantRelationships'] });
  });

  it('/v1.0/auditLogs/signIns exists, with the signIn resource page', () => {
    expect(graph.resolvePath('/v1.0/auditLogs/signIns')).toEqual({
      kind: 'exists',
      version: 'v1.0',
      resolved: ['auditLogs', 'signIns'],
      url: 'https://learn.microsoft.com/en-us/graph/api/resources/signin?view=graph-rest-1.0',
    });
  });

  it('deviceCompliancePolicies/{id}/assign exists; .../evaluate does not', () => {
    expect(graph.resolvePath('/v1.0/deviceManagement/deviceCompliancePolicies/{id}/assign').kind).toBe('exists');
    expect(['no-such-segment', 'no-such-operation']).toContain(graph.resolvePath('/v1.0/deviceManagement/deviceCompliancePolicies/{id}/evaluate').kind);
  });

  it('authenticationDetail is closed and has no latchCodeType', () => {
    expect(graph.property('authenticationDetail', 'latchCodeType')).toMatchObject({ kind: 'absent-closed', type: 'microsoft.graph.authenticationDetail' });
    expect(graph.property('authenticationDetail', 'succeeded').kind).toBe('exists');
  });

  it('getLatchDiagnostics and X-Ms-Latch-Code are found nowhere', async () => {
    for (const term of ['getLatchDiagnostics', 'X-Ms-Latch-Code']) {
      for (const s of sources) expect(await s.findTerm(term), `${term} in ${s.name}`).toEqual([]);
      expect(graph.hasName(term)).toBe(false);
    }
    expect(graph.resolvePath('/v1.0/me/getLatchDiagnostics').kind).not.toBe('exists');
  });

  it('the committed pack (which also covers the Graph docs) has neither', async () => {
    const pack = PackSource.load(join(DEFAULT_PACK_DIR, 'microsoft-learn.json.gz'));
    for (const term of ['getLatchDiagnostics', 'X-Ms-Latch-Code']) expect(await pack.findTerm(term)).toEqual([]);
    expect((await pack.findTerm('signIns')).length).toBeGreaterThan(0);
  });

  it('real identifiers are found (control for the test above)', async () => {
    const entra = sources.find((s) => s.name.startsWith('entra-docs@'));
    expect((await entra?.findTerm('AADSTS70011'))?.length).toBeGreaterThan(0);
    expect(graph.hasName('signIns')).toBe(true);
  });

  it('"continuous access evaluation" finds the CAE concept page with its Learn URL', async () => {
    const entra = sources.find((s) => s.name.startsWith('entra-docs@'));
    const top = (await entra?.search('continuous access evaluation', { limit: 5 })) ?? [];
    expect(top.map((p) => p.url)).toContain('https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-continuous-access-evaluation');
  });
});
