import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DocsIndex } from '../../src/evidence/docs-index/docs-index.js';
import { ClaimcheckError } from '../../src/errors.js';
import { tempWorkspace } from './helpers.js';

describe('docs index on fixture trees', () => {
  const ws = tempWorkspace('entra-docs', 'graph-docs');
  const indexPath = join(ws.dir, '.claimcheck/index.sqlite');
  let index: DocsIndex;

  beforeAll(() => {
    index = DocsIndex.open(indexPath, { create: true });
    index.add({ dir: join(ws.dir, 'entra-docs'), preset: 'entra-docs', progress: false });
    index.add({ dir: join(ws.dir, 'graph-docs'), preset: 'microsoft-graph-docs', progress: false });
  });
  afterAll(() => {
    index.close();
    ws.cleanup();
  });

  const source = (name: string) => {
    const s = index.sources().find((x) => x.name.startsWith(`${name}@`));
    if (!s) throw new Error(`no source ${name}`);
    return s;
  };

  it('records corpora with file and section counts, named by indexed date when not a git checkout', () => {
    const rows = index.corpora();
    expect(rows.map((r) => [r.name, r.files])).toEqual([
      ['entra-docs', 3],
      ['microsoft-graph-docs', 4],
    ]);
    expect(rows[0]?.commit_sha).toBeNull();
    expect(source('entra-docs').name).toMatch(/^entra-docs@\d{4}-\d{2}-\d{2}$/);
    expect(source('entra-docs').info()).toMatchObject({ name: source('entra-docs').name });
  });

  it('finds an identifier exactly, with the Learn URL and anchor', async () => {
    const hits = await source('entra-docs').findTerm('AADSTS50076');
    expect(hits[0]).toMatchObject({
      where: 'identifier',
      url: 'https://learn.microsoft.com/en-us/entra/identity/tokens/session-revocation#error-codes-you-might-see',
      anchor: 'error-codes-you-might-see',
      title: 'Session revocation in the sample tenant',
    });
  });

  it('identifier lookup is case-insensitive and knows API paths without host or version', async () => {
    expect((await source('entra-docs').findTerm('www-authenticate')).length).toBeGreaterThan(0);
    const hits = await source('microsoft-graph-docs').findTerm('https://graph.microsoft.com/v1.0/me/widgets');
    expect(hits[0]?.url).toBe('https://learn.microsoft.com/en-us/graph/api/widget-list?view=graph-rest-1.0#http-request');
    expect((await source('microsoft-graph-docs').findTerm('X-Sample-Trace'))[0]?.where).toBe('identifier');
  });

  it('finds exact phrases in text and headings, not stemmed look-alikes', async () => {
    const phrase = await source('entra-docs').findTerm('relying service drop');
    expect(phrase.map((h) => [h.where, h.url])).toEqual([['text', 'https://learn.microsoft.com/en-us/entra/identity/tokens/session-revocation']]);
    const heading = await source('entra-docs').findTerm('error codes you might see');
    expect(heading[0]?.where).toBe('heading');
    // "revocation events" is in the text; "revocation eventing" must not match through the stemmer.
    expect(await source('entra-docs').findTerm('revocation eventing')).toEqual([]);
  });

  it('finds nothing for terms that are not there', async () => {
    for (const t of ['getLatchDiagnostics', 'X-Ms-Latch-Code']) {
      expect(await source('entra-docs').findTerm(t)).toEqual([]);
      expect(await source('microsoft-graph-docs').findTerm(t)).toEqual([]);
    }
  });

  it('search ranks by bm25 with headings weighted, and maps index pages to folder URLs', async () => {
    const top = await source('entra-docs').search('token lifetime', { limit: 3 });
    expect(top[0]).toMatchObject({ url: 'https://learn.microsoft.com/en-us/entra/identity/tokens/token-basics#lifetime', heading: 'Lifetime' });
    expect(top.map((p) => p.score)).toEqual([...top.map((p) => p.score)].sort((a, b) => b - a));
    const idx = await source('entra-docs').search('identity overview');
    expect(idx[0]?.url).toBe('https://learn.microsoft.com/en-us/entra/identity/');
  });

  it('does not index files without a published URL (includes)', async () => {
    expect(await source('microsoft-graph-docs').search('include file')).toEqual([]);
  });
});

describe('incremental re-index', () => {
  it('re-reads exactly the touched file; unchanged bytes are not re-indexed; deletions are removed', () => {
    const ws = tempWorkspace('entra-docs');
    const index = DocsIndex.open(join(ws.dir, 'i.sqlite'), { create: true });
    try {
      const dir = join(ws.dir, 'entra-docs');
      const add = () => {
        const r = index.add({ dir, preset: 'entra-docs', progress: false });
        if (r.kind !== 'docs') throw new Error('expected docs');
        return r.counts;
      };
      expect(add()).toMatchObject({ files: 3, read: 3, indexed: 3, unchanged: 0 });
      expect(add()).toMatchObject({ files: 3, read: 0, indexed: 0, unchanged: 3 });

      const page = join(dir, 'docs/identity/tokens/token-basics.md');
      const later = new Date(Date.now() + 5000);
      utimesSync(page, later, later); // same bytes, new mtime
      expect(add()).toMatchObject({ read: 1, indexed: 0, unchanged: 3 });

      appendFileSync(page, '\n## Renewal\n\nA brand-new sectionword appears.\n');
      expect(add()).toMatchObject({ read: 1, indexed: 1, unchanged: 2, removed: 0 });

      rmSync(join(dir, 'docs/identity/index.md'));
      writeFileSync(join(dir, 'docs/identity/new-page.md'), '# New page\n\ntext\n');
      expect(add()).toMatchObject({ files: 3, read: 1, indexed: 1, removed: 1 });
      expect(index.corpora()[0]?.files).toBe(3);
    } finally {
      index.close();
      ws.cleanup();
    }
  });
});

describe('--url-template corpora', () => {
  it('maps pages through the template and keeps it for re-indexing', async () => {
    const ws = tempWorkspace('entra-docs');
    const index = DocsIndex.open(join(ws.dir, 'i.sqlite'), { create: true });
    try {
      const dir = join(ws.dir, 'entra-docs');
      index.add({ dir, preset: 'mydocs', urlTemplate: 'https://docs.example.com/{path}', progress: false });
      writeFileSync(join(dir, 'docs/identity/tokens/token-basics.md'), '# Token basics\n\n## Lifetime\n\nThe `refreshWindow` setting.\n');
      index.add({ dir, preset: 'mydocs', progress: false }); // no template given: the stored one is reused
      const hits = await index.sources()[0]!.findTerm('refreshWindow');
      expect(hits[0]?.url).toBe('https://docs.example.com/docs/identity/tokens/token-basics#lifetime');
      expect(index.corpora()[0]).toMatchObject({ name: 'mydocs', url_template: 'https://docs.example.com/{path}' });
      // Other URL rules for the same corpus: every page is re-indexed, so no stale URLs survive.
      const again = index.add({ dir, preset: 'mydocs', urlTemplate: 'https://other.example.com/{path}', progress: false });
      expect(again).toMatchObject({ kind: 'docs', counts: { indexed: 3, unchanged: 0 } });
      expect((await index.sources()[0]!.findTerm('refreshWindow'))[0]?.url).toBe('https://other.example.com/docs/identity/tokens/token-basics#lifetime');
    } finally {
      index.close();
      ws.cleanup();
    }
  });
});

describe('broken or foreign index files', () => {
  const ws = tempWorkspace();
  afterAll(() => ws.cleanup());

  const expectRebuildError = (path: string, pattern: RegExp) => {
    try {
      DocsIndex.open(path, { create: true });
      expect.unreachable('should have thrown');
    } catch (err) {
      expect(err).toBeInstanceOf(ClaimcheckError);
      const e = err as ClaimcheckError;
      expect(e.code).toBe('EINDEX');
      expect(e.message).toMatch(pattern);
      expect(e.hint).toContain('--rebuild');
    }
  };

  it('a file that is not SQLite', () => {
    const p = join(ws.dir, 'garbage.sqlite');
    writeFileSync(p, 'this is not a database, just some bytes '.repeat(200));
    expectRebuildError(p, /not a usable claimcheck index/);
  });

  it("another program's SQLite database", () => {
    const p = join(ws.dir, 'foreign.sqlite');
    const db = new Database(p);
    db.exec('CREATE TABLE invoices (id INTEGER)');
    db.close();
    expectRebuildError(p, /some other program/);
  });

  it('a damaged claimcheck index (truncated pages)', () => {
    const src = tempWorkspace('entra-docs');
    const p = join(ws.dir, 'damaged.sqlite');
    const index = DocsIndex.open(p, { create: true });
    index.add({ dir: join(src.dir, 'entra-docs'), preset: 'entra-docs', progress: false });
    index.db.pragma('wal_checkpoint(TRUNCATE)');
    index.db.pragma('journal_mode = DELETE');
    index.close();
    src.cleanup();
    const bytes = readFileSync(p);
    // Keep the header page (so it still looks like our index), scramble everything after it.
    for (let i = 4096; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
    writeFileSync(p, bytes);
    expectRebuildError(p, /not a usable claimcheck index/);
  });

  it('an index written by another schema version', () => {
    const p = join(ws.dir, 'old.sqlite');
    DocsIndex.open(p, { create: true }).close();
    const db = new Database(p);
    db.pragma('user_version = 1');
    db.close();
    expectRebuildError(p, /schema version 1/);
  });

  it('--rebuild replaces it with a fresh index', () => {
    const p = join(ws.dir, 'foreign.sqlite');
    const index = DocsIndex.open(p, { create: true, rebuild: true });
    expect(index.corpora()).toEqual([]);
    index.close();
  });

  it('opening a missing index without create says how to make one', () => {
    expect(() => DocsIndex.open(join(ws.dir, 'none.sqlite'))).toThrow(/no docs index/);
  });
});
