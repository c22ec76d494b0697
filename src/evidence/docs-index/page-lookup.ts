import type { Db } from './db.js';
import type { CorpusRow } from './index-source.js';
import type { SourcePage } from '../types.js';
import { pageKey } from '../page-key.js';

interface PageRow {
  id: number;
  url: string;
  title: string | null;
  ms_date: string | null;
}

/** Page URL keys (see pageKey) → page id, per corpus; built once per index connection and corpus. */
const KEYS = new WeakMap<Db, Map<string, Map<string, number>>>();

function keysFor(db: Db, corpus: string): Map<string, number> {
  let byCorpus = KEYS.get(db);
  if (!byCorpus) {
    byCorpus = new Map();
    KEYS.set(db, byCorpus);
  }
  let keys = byCorpus.get(corpus);
  if (!keys) {
    keys = new Map();
    for (const r of db.prepare('SELECT id, url FROM pages WHERE corpus = ?').all(corpus) as Array<{ id: number; url: string }>) keys.set(pageKey(r.url), r.id);
    byCorpus.set(corpus, keys);
  }
  return keys;
}

/** The docs version a corpus row stands for: its git commit, else the time it was indexed. */
export function docsVersionOf(corpus: CorpusRow): string {
  return corpus.commit_sha ?? corpus.indexed_at;
}

/**
 * One indexed page of a corpus by URL (anchor, query and locale ignored): its sections in page order with
 * the text as indexed (what search passages carry), so a kept passage can be found again verbatim.
 */
export function readIndexedPage(db: Db, corpus: CorpusRow, source: string, url: string): SourcePage | undefined {
  const id = keysFor(db, corpus.name).get(pageKey(url));
  if (id === undefined) return undefined;
  const page = db.prepare('SELECT id, url, title, ms_date FROM pages WHERE id = ?').get(id) as PageRow | undefined;
  if (!page) return undefined;
  const rows = db.prepare('SELECT s.anchor, s.heading, f.body FROM sections s JOIN sections_fts f ON f.rowid = s.id WHERE s.page_id = ? ORDER BY s.ord').all(id) as Array<{
    anchor: string | null;
    heading: string;
    body: string;
  }>;
  const out: SourcePage = {
    url: page.url,
    docsVersion: docsVersionOf(corpus),
    source,
    sections: rows.map((r) => ({ ...(r.anchor ? { anchor: r.anchor } : {}), heading: r.heading, text: r.body })),
  };
  if (page.title) out.title = page.title;
  if (page.ms_date) out.msDate = page.ms_date;
  return out;
}
