import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/index.js';
import { ingestText } from '../../src/ingest/index.js';
import { loadLedger } from '../../src/ledger/index.js';
import type { Claim } from '../../src/schema/claim.js';

// The reviewed ledger of the bundled article: what a fresh clone shows as its status report.
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ARTICLE = 'sources/azure-latch-codes.md';
const LEDGER = join(REPO, 'claims/azure-latch-codes.yaml');
const CORPUS = resolve(REPO, '../shared/corpus');
const GRAPH_TARBALL = join(CORPUS, 'microsoft-graph-docs-2021.tar.gz');
const NEEDS_URL = new Set(['verified', 'partly-verified', 'contradicted']);

const loaded = await loadLedger(LEDGER);
if (!loaded) throw new Error(`${LEDGER} is missing: run claimcheck check ${ARTICLE} and review it`);
const ledger = loaded.ledger;
const live: Claim[] = ledger.claims.filter((c) => !c.removed);
const checkworthy = live.filter((c) => c.checkworthy);
const allEvidence = live.flatMap((c) => c.evidence.map((e) => ({ id: c.id, url: e.url, anchor: e.anchor })));

describe('bundled ledger: claims/azure-latch-codes.yaml', () => {
  it('belongs to the bundled article', () => {
    expect(ledger.article).toBe(ARTICLE);
    expect(checkworthy.length).toBeGreaterThan(50);
  });

  it('has a reviewer verdict with a note on every checkworthy claim', () => {
    const unreviewed = checkworthy.filter((c) => c.origin !== 'reviewer').map((c) => c.id);
    expect(unreviewed).toEqual([]);
    const noNote = checkworthy.filter((c) => !c.note || c.note.trim() === '').map((c) => c.id);
    expect(noNote).toEqual([]);
  });

  it('gives every verified, partly-verified and contradicted claim an evidence URL of the right stance', () => {
    for (const c of checkworthy.filter((x) => NEEDS_URL.has(x.status))) {
      expect(c.evidence.length, c.id).toBeGreaterThan(0);
      const stance = c.status === 'contradicted' ? 'refutes' : 'supports';
      expect(
        c.evidence.some((e) => e.stance === stance && e.source === 'reviewer'),
        `${c.id}: reviewer ${stance} URL`,
      ).toBe(true);
    }
  });

  it('uses learn.microsoft.com pages only', () => {
    for (const e of allEvidence) expect(new URL(e.url).hostname, `${e.id}: ${e.url}`).toBe('learn.microsoft.com');
  });

  it('has the ids of a fresh extraction of the article (the review applies to what users see)', () => {
    const doc = ingestText(readFileSync(join(REPO, ARTICLE), 'utf8'), ARTICLE);
    const fresh = extractClaims(doc);
    expect(live.map((c) => c.id).sort()).toEqual(fresh.map((c) => c.id).sort());
    const byId = new Map(fresh.map((c) => [c.id, c]));
    for (const c of checkworthy) expect(byId.get(c.id)?.checkworthy, c.id).toBe(true);
  });
});

// ---- learn.microsoft.com URL → corpus file, by the rules of ../shared/corpus/README.md (written here, independent of src/) ----

/** Heading text → Learn anchor: lower-cased, punctuation dropped, spaces → '-'; markdown links and code marks reduced to their text. */
function headingAnchor(heading: string): string {
  return heading
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .trim()
    .replace(/ /g, '-');
}

/** Anchors a page publishes: its headings (repeats get -1, -2 …) outside front matter and code fences, and explicit <a name> targets. */
function anchorsOf(markdown: string): Set<string> {
  const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const out = new Set<string>();
  const seen = new Map<string, number>();
  let fence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence;
      continue;
    }
    if (fence) continue;
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h?.[1] !== undefined) {
      const a = headingAnchor(h[1]);
      const n = seen.get(a) ?? 0;
      out.add(n === 0 ? a : `${a}-${n}`);
      seen.set(a, n + 1);
    }
    for (const m of line.matchAll(/<a\s+name=['"]([^'"]+)['"]/g)) if (m[1]) out.add(m[1]);
  }
  return out;
}

/** A page file and the candidates for a folder URL (index.md / index.yml). */
const pageFiles = (rel: string) => [`${rel}.md`, `${rel}/index.md`, `${rel}/index.yml`];

type Located = { kind: 'file'; path: string } | { kind: 'graph'; entry: string };

/** Where a Learn URL's page lives in the corpus, or undefined when no file maps to it. */
function locate(raw: string, graphEntries: Set<string>): Located | undefined {
  const url = new URL(raw);
  const path = decodeURIComponent(url.pathname).replace(/\/$/, '');
  const onDisk = (root: string, rel: string): Located | undefined => {
    const hit = pageFiles(join(CORPUS, root, rel)).find((f) => existsSync(f));
    return hit ? { kind: 'file', path: hit } : undefined;
  };
  let m: RegExpExecArray | null;
  if ((m = /^\/en-us\/entra\/(.+)$/.exec(path))) return onDisk('entra-docs/docs', m[1]!);
  if ((m = /^\/en-us\/azure\/(.+)$/.exec(path))) return onDisk('azure-docs/articles', m[1]!);
  if ((m = /^\/en-us\/mem\/intune\/(.+)$/.exec(path))) return onDisk('memdocs/memdocs/intune', m[1]!);
  const view = url.searchParams.get('view');
  const version = view === 'graph-rest-1.0' ? 'v1.0' : view === 'graph-rest-beta' ? 'beta' : undefined;
  const graph = (entry: string): Located | undefined => (graphEntries.has(entry) ? { kind: 'graph', entry } : undefined);
  if ((m = /^\/en-us\/graph\/api\/resources\/(.+)$/.exec(path))) return version ? graph(`api-reference/${version}/resources/${m[1]}.md`) : undefined;
  if ((m = /^\/en-us\/graph\/api\/(.+)$/.exec(path))) return version ? graph(`api-reference/${version}/api/${m[1]}.md`) : undefined;
  if ((m = /^\/en-us\/graph\/(.+)$/.exec(path))) {
    for (const f of pageFiles(`concepts/${m[1]}`)) if (graphEntries.has(f)) return { kind: 'graph', entry: f };
  }
  return undefined;
}

const reason = `../shared/corpus not found at ${CORPUS}: evidence URL → corpus file checks skipped`;
const hasCorpus = existsSync(CORPUS) && existsSync(GRAPH_TARBALL);
if (!hasCorpus) console.warn(reason);

describe.skipIf(!hasCorpus)('bundled ledger: every evidence URL is a page of ../shared/corpus', () => {
  // The Graph docs are a tarball: list it once, keep the api/resources/concepts paths.
  const graphEntries = new Set<string>();
  if (hasCorpus) {
    const listing = execFileSync('tar', ['tzf', GRAPH_TARBALL], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    for (const line of listing.split('\n')) {
      const entry = line.replace(/^microsoft-graph-docs\//, '');
      if (/^(api-reference\/(v1\.0|beta)\/(api|resources)\/|concepts\/).+\.(md|yml)$/.test(entry)) graphEntries.add(entry);
    }
  }
  const graphText = new Map<string, string>();
  const readGraph = (entry: string) => {
    let text = graphText.get(entry);
    if (text === undefined) {
      text = execFileSync('tar', ['xzOf', GRAPH_TARBALL, `microsoft-graph-docs/${entry}`], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
      graphText.set(entry, text);
    }
    return text;
  };

  it('lists the Graph docs tarball', () => {
    expect(graphEntries.size).toBeGreaterThan(10_000);
  });

  it('maps every evidence URL to a corpus file by the README rules', () => {
    const missing = allEvidence.filter((e) => !locate(e.url, graphEntries)).map((e) => `${e.id}: ${e.url}`);
    expect(missing).toEqual([]);
  });

  it('points every reviewer anchor at a heading of that file', () => {
    const reviewerRefs = live.flatMap((c) => c.evidence.filter((e) => e.source === 'reviewer' && e.anchor).map((e) => ({ id: c.id, ...e })));
    expect(reviewerRefs.length).toBeGreaterThan(0);
    const bad: string[] = [];
    for (const e of reviewerRefs) {
      const where = locate(e.url, graphEntries);
      if (!where) continue; // reported by the previous test
      const text = where.kind === 'file' ? readFileSync(where.path, 'utf8') : readGraph(where.entry);
      if (!anchorsOf(text).has(e.anchor!)) bad.push(`${e.id}: ${e.url}#${e.anchor}`);
    }
    expect(bad).toEqual([]);
  });
});
