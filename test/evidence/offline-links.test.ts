import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocsIndex } from '../../src/evidence/docs-index/docs-index.js';
import { bigramSimilarity, checkLinksOffline } from '../../src/evidence/links/offline-links.js';
import { ensureBuilt, runCli } from '../ledger/helpers/env.js';
import { repoRoot, tempWorkspace } from './helpers.js';

// test/fixtures/articles/learn-links.md: lines 3–7 link to pages and anchors the fixture docs have,
// lines 8–12 to a misspelled anchor, a missing page, a short anchor, a missing page and a plural anchor.
const ARTICLE = join(repoRoot, 'test/fixtures/articles/learn-links.md');
const LINK = /\]\((https?:\/\/[^)\s]+)\)/;
const links = readFileSync(ARTICLE, 'utf8')
  .split('\n')
  .flatMap((line, i) => {
    const url = LINK.exec(line)?.[1];
    return url ? [{ line: i + 1, url }] : [];
  });
const good = links.filter((l) => l.line >= 3 && l.line <= 7).map((l) => l.url);
const broken = links.filter((l) => l.line >= 8 && l.line <= 12).map((l) => l.url);
const outside = links.filter((l) => l.line === 13).map((l) => l.url);

describe('links and anchors checked offline against a real index', () => {
  const ws = tempWorkspace('entra-docs', 'graph-docs');
  const indexPath = join(ws.dir, 'idx.sqlite');
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

  it('the fixture article has five good links, five broken ones and one outside the docs', () => {
    expect([good.length, broken.length, outside.length]).toEqual([5, 5, 1]);
  });

  it('finds all five broken links and none of the good ones; leaves outside links alone', () => {
    const r = checkLinksOffline([...good, ...broken, ...outside], index.sources());
    expect(good.filter((u) => r.get(u)?.status !== 'ok')).toEqual([]);
    expect(broken.filter((u) => r.get(u)?.status !== 'broken')).toEqual([]);
    expect(r.has(outside[0] ?? '')).toBe(false);
  });

  it('names the closest existing heading for a broken anchor', () => {
    const r = checkLinksOffline(broken, index.sources());
    expect(r.get(broken[0] ?? '')?.closest).toEqual({ anchor: 'lifetime', heading: 'Lifetime' });
    expect(r.get(broken[2] ?? '')?.closest?.anchor).toBe('error-codes-you-might-see');
    expect(r.get(broken[4] ?? '')?.closest?.anchor).toBe('http-request');
    expect(r.get(broken[1] ?? '')?.reason).toMatch(/no such page/);
  });

  it('scores alike anchors higher than unlike ones', () => {
    expect(bigramSimilarity('lifetimes', 'lifetime')).toBeGreaterThan(bigramSimilarity('lifetimes', 'error-codes'));
    expect(bigramSimilarity('x', 'x')).toBe(1);
  });

  it('check reports each broken link as a url finding on its line, offline', async () => {
    await ensureBuilt();
    const r = await runCli(['check', ARTICLE, '--no-ledger', '--index', indexPath, '--format', 'json'], ws.dir);
    const report = JSON.parse(r.stdout) as { claims: Array<{ span: { line: number }; findings: Array<{ checker: string; messageId: string; message: string }> }> };
    const lines = report.claims.flatMap((c) => c.findings.filter((f) => f.checker === 'url' && f.messageId === 'broken-link').map(() => c.span.line));
    expect([...new Set(lines)].sort((a, b) => a - b)).toEqual([8, 9, 10, 11, 12]);
    const typo = report.claims.find((c) => c.span.line === 8)?.findings.find((f) => f.messageId === 'broken-link');
    expect(typo?.message).toContain('closest heading: "Lifetime" (#lifetime)');
  }, 120_000);
});

describe('links through the committed pack (headings only, a sample of each docs set)', () => {
  it('judges the anchors of pages the pack knows, never a page it lacks', async () => {
    const { PackSource } = await import('../../src/evidence/pack/pack-source.js');
    const { DEFAULT_PACK_DIR } = await import('../../src/evidence/open-evidence.js');
    const { readdirSync } = await import('node:fs');
    const file = readdirSync(DEFAULT_PACK_DIR).find((f) => f.endsWith('.json.gz'));
    if (!file) throw new Error('no committed pack');
    const pack = PackSource.load(join(DEFAULT_PACK_DIR, file));
    const page = pack.pack.pages.find((p) => p[1].includes('/entra/') && p[4].length > 2);
    if (!page) throw new Error('no entra page with headings in the pack');
    const anchor = page[4][1]?.[0] ?? '';
    const r = checkLinksOffline([`${page[1]}#${anchor}`, `${page[1]}#${anchor}-nope`, `${page[1]}-not-in-the-sample`], [pack]);
    expect(r.get(`${page[1]}#${anchor}`)?.status).toBe('ok');
    expect(r.get(`${page[1]}#${anchor}-nope`)).toMatchObject({ status: 'broken', closest: { anchor } });
    expect(r.has(`${page[1]}-not-in-the-sample`)).toBe(false);
  });
});
