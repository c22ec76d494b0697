import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ClaimcheckError } from '../errors.js';
import { PACKAGE_ROOT } from '../version.js';
import type { SourceInfo } from '../schema/index.js';
import type { EvidenceSource, GraphModel } from './types.js';
import { DocsIndex } from './docs-index/docs-index.js';
import { DEFAULT_INDEX_PATH } from './docs-index/db.js';
import { PackSource, readPack } from './pack/pack-source.js';
import { readPackHead } from './pack/pack-head.js';
import { restrictPack } from './pack/restrict-pack.js';
import { createGraphModel } from './graph/graph-model.js';
import type { GraphModelData } from './graph/model-data.js';

export interface OpenEvidenceOptions {
  /** Docs index file; default `.claimcheck/index.sqlite` (used only when it exists). */
  indexPath?: string;
  /** Folder of `*.json.gz` packs; default `sources/packs/` of the installed package. */
  packDir?: string;
  noPack?: boolean;
  /** The index was asked for by name (`--index`): its absence is an error, not a fallback to the packs. */
  requireIndex?: boolean;
}

export interface OpenedEvidence {
  sources: EvidenceSource[];
  graph: GraphModel | undefined;
  infos: SourceInfo[];
  close(): void;
}

export const DEFAULT_PACK_DIR = join(PACKAGE_ROOT, 'sources/packs');

/** A pack corpus that answers only through the Graph model (it has no pages). */
const GRAPH_PRESET = 'msgraph-metadata';

/**
 * Everything the check command asks: docs-index corpora (when the index exists) first, then the
 * committed packs, each only for the corpora the index does not hold (a pack whose corpora are all in
 * the index is not even read). The Graph model comes from the index's cache when present, else from a pack.
 */
export async function openEvidence(opts: OpenEvidenceOptions = {}): Promise<OpenedEvidence> {
  const sources: EvidenceSource[] = [];
  let graphData: GraphModelData | undefined;
  let index: DocsIndex | undefined;
  const indexPath = resolve(opts.indexPath ?? DEFAULT_INDEX_PATH);
  if (opts.requireIndex && !existsSync(indexPath)) {
    // an index asked for by name must be there: falling back to the pack would check against less, silently
    throw new ClaimcheckError('EINDEX', 'no docs index at this path', {
      place: { file: opts.indexPath ?? DEFAULT_INDEX_PATH },
      hint: 'check the --index path, or build the index with `claimcheck corpus add <dir> --preset <name> --index <file>`',
    });
  }
  if (existsSync(indexPath)) {
    index = DocsIndex.open(indexPath, { readonly: true });
    sources.push(...index.sources());
    graphData = index.graphModelData()?.data;
  }
  if (!opts.noPack) {
    const dir = opts.packDir ?? DEFAULT_PACK_DIR;
    const files = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.json.gz'))
          .sort()
      : [];
    const indexed = new Set(index?.corpora().map((c) => c.name) ?? []);
    for (const f of files) {
      const path = join(dir, f);
      const lacking = (c: { name: string; preset: string }): boolean => !indexed.has(c.name) && !(c.preset === GRAPH_PRESET && graphData);
      const head = readPackHead(path);
      if (head && !head.corpora.some(lacking)) continue;
      const full = readPack(path);
      const keep = new Set(full.corpora.flatMap((c, i) => (lacking(c) ? [i] : [])));
      const pack = keep.size === full.corpora.length ? full : restrictPack(full, keep);
      if (pack.pages.length > 0) sources.push(new PackSource(pack));
      graphData ??= pack.graph;
    }
  }
  const graph = graphData ? createGraphModel(graphData) : undefined;
  const infos = sources.map((s) => s.info());
  if (graph) infos.push({ name: graph.name });
  return { sources, graph, infos, close: () => index?.close() };
}
