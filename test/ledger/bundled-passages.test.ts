import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocsIndex } from '../../src/evidence/docs-index/docs-index.js';
import { findPage, hashPassage, MAX_PASSAGE_CHARS, normalisePassage } from '../../src/evidence/keep-passage.js';
import { loadLedger } from '../../src/ledger/index.js';
import type { EvidenceSource } from '../../src/evidence/types.js';

// Issue 18: every verdict of the bundled ledger that rests on documentation keeps the sentence(s) it rests on,
// found again verbatim in the page as indexed from ../shared/corpus.
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = resolve(REPO, '../shared/corpus');
const GRAPH_TARBALL = join(CORPUS, 'microsoft-graph-docs-2021.tar.gz');
const hasCorpus = existsSync(join(CORPUS, 'entra-docs')) && existsSync(GRAPH_TARBALL);
if (!hasCorpus) console.warn(`skipping bundled-passages suite: ../shared/corpus not found at ${CORPUS}`);

const loaded = await loadLedger(join(REPO, 'claims/azure-latch-codes.yaml'));
const claims = (loaded?.ledger.claims ?? []).filter((c) => !c.removed && ['verified', 'partly-verified', 'contradicted'].includes(c.status));

describe.skipIf(!hasCorpus)('bundled ledger: kept passages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-passages-'));
  let index: DocsIndex;
  let sources: EvidenceSource[];
  beforeAll(() => {
    execFileSync('tar', ['xzf', GRAPH_TARBALL, '-C', dir]);
    index = DocsIndex.open(join(dir, 'index.sqlite'), { create: true });
    for (const p of ['entra-docs', 'memdocs', 'azure-docs']) index.add({ dir: join(CORPUS, p), preset: p, progress: false });
    index.add({ dir: join(dir, 'microsoft-graph-docs'), preset: 'microsoft-graph-docs', progress: false });
    sources = index.sources();
  }, 120_000);
  afterAll(() => {
    index.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has verdicts to check', () => {
    expect(claims.length).toBeGreaterThan(10);
  });

  it('every verified, partly-verified and contradicted claim carries a passage found verbatim in its indexed page', () => {
    const missing: string[] = [];
    for (const c of claims) {
      const kept = c.evidence.filter((e) => e.stance !== 'related' && e.passage !== undefined);
      const found = kept.some((e) => {
        const page = findPage(sources, e.url);
        const p = normalisePassage(e.passage ?? '');
        return page?.sections.some((s) => normalisePassage(s.text ?? '').includes(p)) === true;
      });
      if (!found) missing.push(`${c.id} (${c.status})`);
      for (const e of kept) {
        expect(e.passageHash).toBe(hashPassage(e.passage ?? ''));
        expect(e.passage?.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
        expect(e.docsVersion).toBeTruthy();
      }
    }
    expect(missing).toEqual([]);
  });
});
