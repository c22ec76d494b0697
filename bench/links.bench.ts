/**
 * Links and anchors checked offline (src/evidence/links/offline-links.ts): the ten links of
 * test/fixtures/articles/learn-links.md (five good, five broken) against an index of the fixture docs plus
 * the committed pack (every page of ../shared/corpus's docs sets, headings only), as `check` opens them.
 * Cold: the first call, which also learns which docs sets the sources hold; warm: a second article's worth.
 * Then the same links, cold, against a full-size local index (CLAIMCHECK_INDEX or .claimcheck/index.sqlite) when present.
 * Run alone: node --import tsx bench/links.bench.ts
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './row.js';

const here = fileURLToPath(import.meta.url);
const root = join(here, '..', '..');
const LINK = /\]\((https?:\/\/[^)\s]+)\)/g;

export async function run(): Promise<BenchRow[]> {
  const { DocsIndex } = await import('../src/evidence/docs-index/docs-index.js');
  const { openEvidence } = await import('../src/evidence/open-evidence.js');
  const { checkLinksOffline } = await import('../src/evidence/links/offline-links.js');
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-links-bench-'));
  try {
    for (const t of ['entra-docs', 'graph-docs']) cpSync(join(root, 'test/fixtures/docs', t), join(dir, t), { recursive: true });
    const indexPath = join(dir, 'idx.sqlite');
    const index = DocsIndex.open(indexPath, { create: true });
    index.add({ dir: join(dir, 'entra-docs'), preset: 'entra-docs', progress: false });
    index.add({ dir: join(dir, 'graph-docs'), preset: 'microsoft-graph-docs', progress: false });
    index.close();
    const evidence = await openEvidence({ indexPath });
    const urls = [...readFileSync(join(root, 'test/fixtures/articles/learn-links.md'), 'utf8').matchAll(LINK)].flatMap((m) => (m[1] ? [m[1]] : [])).filter((u) => u.includes('learn.microsoft.com'));
    const t0 = performance.now();
    const cold = checkLinksOffline(urls, evidence.sources);
    const coldMs = performance.now() - t0;
    const t1 = performance.now();
    checkLinksOffline(urls, evidence.sources);
    const warmMs = performance.now() - t1;
    const brokenFound = [...cold.values()].filter((r) => r.status === 'broken').length;
    const pages = evidence.sources.reduce((n, s) => n + (s.pageUrls?.().length ?? 0), 0);
    evidence.close();
    // the same links against a full-size index (../shared/corpus with the Graph docs), when one is here
    const big = resolve(root, process.env['CLAIMCHECK_INDEX'] ?? '.claimcheck/index.sqlite');
    const rows: BenchRow[] = [];
    if (existsSync(big)) {
      const full = await openEvidence({ indexPath: big });
      const t2 = performance.now();
      checkLinksOffline(urls, full.sources);
      const fullMs = performance.now() - t2;
      const fullPages = full.sources.reduce((n, s) => n + (s.pageUrls?.().length ?? 0), 0);
      full.close();
      rows.push({ name: 'offline link check, cold, full index, per link', value: +(fullMs / urls.length).toFixed(2), unit: 'ms', target: '< 50', note: `${fullPages} known pages` });
    } else {
      rows.push({ name: 'offline link check, full index', value: Number.NaN, unit: 'ms', note: `skipped: no index at ${big}` });
    }
    return [
      ...rows,
      {
        name: 'offline link check, cold, per link',
        value: +(coldMs / urls.length).toFixed(2),
        unit: 'ms',
        target: '< 50',
        note: `${urls.length} links, ${brokenFound} broken found, ${pages} known pages (index + pack)`,
      },
      { name: 'offline link check, warm, per link', value: +(warmMs / urls.length).toFixed(2), unit: 'ms', target: '< 50' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === here) console.table(await run());
