import { resolve } from 'node:path';
import { openIndexDb, guarded, DEFAULT_INDEX_PATH, type Db } from './db.js';
import { indexCorpus, removeCorpus, type IndexCounts } from './indexer.js';
import { DocsIndexSource, type CorpusRow } from './index-source.js';
import { getPreset } from '../presets.js';
import { gitCommit } from '../git.js';
import type { GraphModelData } from '../graph/model-data.js';
import { loadGraphModelData } from '../graph/load-metadata.js';

export interface AddCorpusOptions {
  dir: string;
  preset: string;
  name?: string;
  urlTemplate?: string;
  progress?: boolean;
}

export type AddResult = { kind: 'docs'; counts: IndexCounts } | { kind: 'graph-metadata'; types: number; parseMs: number };

/** The SQLite docs index (`.claimcheck/index.sqlite`): corpora of heading sections, identifiers and cached Graph models. */
export class DocsIndex {
  private constructor(
    readonly path: string,
    readonly db: Db,
  ) {}

  static open(path: string = DEFAULT_INDEX_PATH, opts: { create?: boolean; rebuild?: boolean; readonly?: boolean } = {}): DocsIndex {
    const abs = resolve(path);
    const o: { create: boolean; rebuild?: boolean; readonly?: boolean } = { create: opts.create ?? false };
    if (opts.rebuild !== undefined) o.rebuild = opts.rebuild;
    if (opts.readonly !== undefined) o.readonly = opts.readonly;
    return new DocsIndex(abs, openIndexDb(abs, o));
  }

  /** Index a docs checkout, or (preset msgraph-metadata) parse and cache the Graph model. */
  add(opts: AddCorpusOptions): AddResult {
    return guarded(this.path, () => this.addSync(opts));
  }

  private addSync(opts: AddCorpusOptions): AddResult {
    const name = opts.name ?? opts.preset;
    // Re-indexing a --url-template corpus reuses its template unless a new one is given.
    const previous = this.corpora().find((c) => c.name === name);
    const urlTemplate = opts.urlTemplate ?? (previous?.preset === opts.preset ? (previous.url_template ?? undefined) : undefined);
    const preset = getPreset(opts.preset, urlTemplate);
    if (preset.kind === 'graph-metadata') {
      const t0 = performance.now();
      const data = loadGraphModelData(opts.dir, name);
      const parseMs = performance.now() - t0;
      const root = resolve(opts.dir);
      this.db.transaction(() => {
        this.db.prepare('INSERT OR REPLACE INTO graph_models (corpus, json) VALUES (?, ?)').run(name, JSON.stringify(data));
        this.db
          .prepare(`INSERT OR REPLACE INTO corpora (name, preset, root, url_template, commit_sha, files, sections, indexed_at)
          VALUES (?, ?, ?, NULL, ?, ?, 0, ?)`)
          .run(name, preset.name, root, gitCommit(root) ?? null, data.fileCount, new Date().toISOString());
      })();
      return { kind: 'graph-metadata', types: Object.keys(data.types).length, parseMs };
    }
    const o: Parameters<typeof indexCorpus>[1] = { name, root: opts.dir, preset };
    if (urlTemplate !== undefined) o.urlTemplate = urlTemplate;
    if (opts.progress !== undefined) o.progress = opts.progress;
    return { kind: 'docs', counts: indexCorpus(this.db, o) };
  }

  remove(name: string): boolean {
    return removeCorpus(this.db, name);
  }

  corpora(): CorpusRow[] {
    return guarded(this.path, () => this.db.prepare('SELECT * FROM corpora ORDER BY name').all() as CorpusRow[]);
  }

  /** One EvidenceSource per docs corpus (metadata corpora answer through graphModelData instead). */
  sources(): DocsIndexSource[] {
    return this.corpora()
      .filter((c) => c.preset !== 'msgraph-metadata')
      .map((c) => new DocsIndexSource(this.db, c));
  }

  /** The cached Graph model, if a msgraph-metadata corpus was added. */
  graphModelData(): { data: GraphModelData; corpus: CorpusRow } | undefined {
    const row = this.db.prepare('SELECT g.json, g.corpus FROM graph_models g ORDER BY g.corpus LIMIT 1').get() as { json: string; corpus: string } | undefined;
    if (!row) return undefined;
    const corpus = this.corpora().find((c) => c.name === row.corpus);
    if (!corpus) return undefined;
    return { data: JSON.parse(row.json) as GraphModelData, corpus };
  }

  close(): void {
    this.db.close();
  }
}
