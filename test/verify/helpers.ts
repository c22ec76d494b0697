import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DocsIndex, openEvidence, type OpenedEvidence } from '../../src/evidence/index.js';
import { ingestText } from '../../src/ingest/index.js';
import { extractClaims } from '../../src/extract/index.js';
import type { Claim } from '../../src/schema/index.js';
import type { CheckContext } from '../../src/verify/types.js';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const verifyDocs = join(repoRoot, 'test/fixtures/verify-docs');
export const verifyArticles = join(repoRoot, 'test/fixtures/verify-articles');
export const AS_OF = '2026-12-01';

/** The corpora of `../shared/corpus` that the eval and CI index, with their presets (the folder name is the preset). */
export const SHARED_CORPORA = ['entra-docs', 'memdocs', 'azure-docs', 'msgraph-metadata'] as const;

/** A real docs index (SQLite FTS5) over the given doc trees, in a temp dir, opened as evidence (no pack). */
export async function indexedEvidence(trees: ReadonlyArray<{ dir: string; preset: string }>): Promise<{ ev: OpenedEvidence; ctx: Omit<CheckContext, 'claims'>; cleanup(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-verify-'));
  const indexPath = join(dir, 'index.sqlite');
  const ix = DocsIndex.open(indexPath, { create: true });
  for (const t of trees) ix.add({ dir: t.dir, preset: t.preset, progress: false });
  ix.close();
  const ev = await openEvidence({ indexPath, noPack: true });
  return {
    ev,
    ctx: { sources: ev.sources, graph: ev.graph, asOf: AS_OF, online: false },
    cleanup: () => {
      ev.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A real docs index over the fixture doc tree and the fixture CSDL. */
export function fixtureEvidence(): ReturnType<typeof indexedEvidence> {
  return indexedEvidence([
    { dir: join(verifyDocs, 'entra-docs'), preset: 'entra-docs' },
    { dir: join(verifyDocs, 'graph-metadata'), preset: 'msgraph-metadata' },
  ]);
}

/** The claims of a small markdown text, as the extract stage produces them. */
export function claimsOf(markdown: string): Claim[] {
  return extractClaims(ingestText(markdown, 'fixture.md'));
}

/** The first checkworthy claim of a one-sentence article. */
export function claimOf(sentence: string): Claim {
  const c = claimsOf(`# Fixture\n\n${sentence}\n`).find((x) => x.checkworthy);
  if (!c) throw new Error(`no checkworthy claim in: ${sentence}`);
  return c;
}
