import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DocsIndex } from '../../src/evidence/docs-index/docs-index.js';
import { buildPack, writePack } from '../../src/evidence/pack/build-pack.js';
import { PackSource, readPack } from '../../src/evidence/pack/pack-source.js';
import { openEvidence } from '../../src/evidence/open-evidence.js';
import { readPackHead } from '../../src/evidence/pack/pack-head.js';
import { ClaimcheckError } from '../../src/errors.js';
import { fixtureDocs, tempWorkspace } from './helpers.js';

describe('packs from a fixture index', () => {
  const ws = tempWorkspace('entra-docs', 'graph-docs');
  const indexPath = join(ws.dir, 'index.sqlite');
  const packDir = join(ws.dir, 'packs');
  const packFile = join(packDir, 'fixture-pack.json.gz');
  let pack: PackSource;

  beforeAll(() => {
    const index = DocsIndex.open(indexPath, { create: true });
    index.add({ dir: join(ws.dir, 'entra-docs'), preset: 'entra-docs', progress: false });
    index.add({ dir: join(ws.dir, 'graph-docs'), preset: 'microsoft-graph-docs', progress: false });
    index.add({ dir: join(fixtureDocs, 'graph-metadata'), preset: 'msgraph-metadata' });
    writePack(packFile, buildPack(index, 'fixture-pack'));
    index.close();
    pack = PackSource.load(packFile);
  });
  afterAll(() => ws.cleanup());

  it('holds facts, not prose', () => {
    const text = gunzipSync(readFileSync(packFile)).toString('utf8');
    expect(text).toContain('https://learn.microsoft.com/en-us/entra/identity/tokens/session-revocation');
    expect(text).toContain('error-codes-you-might-see');
    expect(text).toContain('03/14/2025');
    expect(text).not.toContain('relying service drop'); // body sentence of the fixture page
    expect(text).not.toContain('second factor');
  });

  it('finds identifiers with their section anchors, case-insensitively', async () => {
    const hits = await pack.findTerm('aadsts50076');
    expect(hits).toEqual([
      expect.objectContaining({
        term: 'AADSTS50076',
        where: 'identifier',
        anchor: 'error-codes-you-might-see',
        url: 'https://learn.microsoft.com/en-us/entra/identity/tokens/session-revocation#error-codes-you-might-see',
        source: pack.name,
      }),
    ]);
    expect((await pack.findTerm('https://graph.microsoft.com/v1.0/me/widgets'))[0]?.where).toBe('identifier');
  });

  it('finds phrases in titles and headings only', async () => {
    expect((await pack.findTerm('error codes you might see'))[0]?.where).toBe('heading');
    expect((await pack.findTerm('Token basics')).map((h) => h.where)).toContain('title');
    expect(await pack.findTerm('relying service drop')).toEqual([]);
    expect(await pack.findTerm('getLatchDiagnostics')).toEqual([]);
    expect(await pack.findTerm('constructor')).toEqual([]);
  });

  it('search scores headings over titles', async () => {
    const top = await pack.search('lifetime', { limit: 2 });
    expect(top[0]).toMatchObject({ heading: 'Lifetime', url: 'https://learn.microsoft.com/en-us/entra/identity/tokens/token-basics#lifetime' });
  });

  it('embeds the Graph model', () => {
    expect(readPack(packFile).graph?.entitySets['gadgets']).toBe('microsoft.graph.gadget');
  });

  it('openEvidence does not read a pack whose corpora the index all holds; the graph comes from the index cache', async () => {
    const ev = await openEvidence({ indexPath, packDir });
    try {
      expect(ev.sources.map((s) => s.name.split('@')[0])).toEqual(['entra-docs', 'microsoft-graph-docs']);
      expect(ev.graph?.resolvePath('/v1.0/gadgets/{id}/parts')).toMatchObject({ kind: 'exists' });
      expect(ev.infos.map((i) => i.name.split('@')[0])).toEqual(['entra-docs', 'microsoft-graph-docs', 'msgraph-metadata']);
    } finally {
      ev.close();
    }
  });

  it('openEvidence searches a pack only for the corpora the index lacks', async () => {
    const partial = join(ws.dir, 'partial.sqlite');
    const index = DocsIndex.open(partial, { create: true });
    index.add({ dir: join(ws.dir, 'entra-docs'), preset: 'entra-docs', progress: false });
    index.close();
    const ev = await openEvidence({ indexPath: partial, packDir });
    try {
      expect(ev.sources.map((s) => s.name.split('@')[0])).toEqual(['entra-docs', 'fixture-pack']);
      const packed = ev.sources[1];
      // entra-docs answers from the index only; the pack still knows the Graph docs and the Graph model
      expect(await packed?.findTerm('AADSTS50076')).toEqual([]);
      expect((await packed?.findTerm('https://graph.microsoft.com/v1.0/me/widgets'))?.[0]?.where).toBe('identifier');
      expect(await packed?.search('lifetime')).toEqual([]);
      expect(ev.graph?.hasName('polish')).toBe(true);
    } finally {
      ev.close();
    }
  });

  it('reads the corpora of a pack from its first bytes', () => {
    expect(readPackHead(packFile)?.corpora.map((c) => c.name)).toEqual(['entra-docs', 'microsoft-graph-docs', 'msgraph-metadata']);
    const bad = join(ws.dir, 'not-a-pack.json.gz');
    writeFileSync(bad, gzipSync('{"format":"other","pages":[]}'));
    expect(readPackHead(bad)).toBeUndefined();
  });

  it('openEvidence without an index uses the packs, and their graph model', async () => {
    const ev = await openEvidence({ indexPath: join(ws.dir, 'missing.sqlite'), packDir });
    expect(ev.sources.map((s) => s.name)).toEqual([pack.name]);
    expect(ev.graph?.hasName('polish')).toBe(true);
    ev.close();
    const none = await openEvidence({ indexPath: join(ws.dir, 'missing.sqlite'), packDir, noPack: true });
    expect(none.sources).toEqual([]);
    expect(none.graph).toBeUndefined();
  });

  it('the committed pack loads by default', async () => {
    const ev = await openEvidence({ indexPath: join(ws.dir, 'missing.sqlite') });
    expect(ev.sources.some((s) => s.name.startsWith('microsoft-learn@'))).toBe(true);
    expect(ev.graph).toBeDefined();
  });

  it('openEvidence with a damaged index fails with the --rebuild hint', async () => {
    const bad = join(ws.dir, 'bad.sqlite');
    writeFileSync(bad, 'x'.repeat(5000));
    await expect(openEvidence({ indexPath: bad, packDir })).rejects.toMatchObject({ code: 'EINDEX', hint: expect.stringContaining('--rebuild') });
  });

  it('a damaged pack is a clear error', () => {
    const bad = join(ws.dir, 'bad.json.gz');
    writeFileSync(bad, 'not gzip');
    expect(() => readPack(bad)).toThrow(ClaimcheckError);
  });
});
