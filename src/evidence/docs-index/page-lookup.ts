import type { Db } from './db.js';
import type { CorpusRow } from './index-source.js';
import type { SourcePage } from '../types.js';
import { pageBase, pageKey } from '../page-key.js';

interface PageRow {
  id: number;
  url: string;
  title: string | null;
  ms_date: string | null;
}

/**
 * Candidate pages for a key (see pageKey): URLs from the key up to the key followed by anything (a query,
 * a trailing slash). Plain range comparisons keep the scan of a large corpus cheap; pageKey then decides.
 */
const PAGES_FROM = `SELECT id, url FROM pages WHERE corpus = @corpus AND (url = @start OR url = @start || '/' OR (url >= @start || '?' AND url < @start || '?' || char(1114111)))`;

/** A URL's `#fragment`. */
const FRAGMENT = /#.*$/;

/** The docs sets (`https://host/locale/first-segment`) of a corpus's pages, computed in SQL. */
const DOCS_SETS = `WITH a AS (SELECT url, instr(substr(url, 9), '/') + 8 AS p1 FROM pages WHERE corpus = ? AND url LIKE 'http%://%/%/%/%'),
  b AS (SELECT url, p1, instr(substr(url, p1 + 1), '/') AS p2 FROM a),
  c AS (SELECT url, p1, p2, instr(substr(url, p1 + p2 + 1), '/') AS p3 FROM b WHERE p2 > 0)
  SELECT DISTINCT lower(substr(url, 1, p1 + p2 + p3 - 1)) AS docs_set FROM c WHERE p3 > 0`;

/** Docs sets per index connection and corpus: one scan per process. */
const SETS = new WeakMap<Db, Map<string, string[]>>();

export function indexedDocsSets(db: Db, corpus: CorpusRow): string[] {
  let byCorpus = SETS.get(db);
  if (!byCorpus) {
    byCorpus = new Map();
    SETS.set(db, byCorpus);
  }
  let sets = byCorpus.get(corpus.name);
  if (!sets) {
    sets = (db.prepare(DOCS_SETS).all(corpus.name) as Array<{ docs_set: string }>).map((r) => r.docs_set);
    byCorpus.set(corpus.name, sets);
  }
  return sets;
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
  const key = pageKey(url);
  const from = (start: string): Array<{ id: number; url: string }> => db.prepare(PAGES_FROM).all({ corpus: corpus.name, start }) as Array<{ id: number; url: string }>;
  const base = pageBase(url);
  const candidates = (base === key ? from(key) : [...from(key), ...from(base)]).filter((c) => pageKey(c.url) === key);
  // the version asked for (`?view=graph-rest-beta`) when the index has it, else the first
  const wanted = url.replace(FRAGMENT, '').toLowerCase();
  const id = (candidates.find((c) => c.url.toLowerCase() === wanted) ?? candidates[0])?.id;
  if (id === undefined) return undefined;
  const page = db.prepare('SELECT id, url, title, ms_date FROM pages WHERE id = ?').get(id) as PageRow | undefined;
  if (!page) return undefined;
  // CROSS JOIN keeps SQLite from scanning the FTS table first: the page's sections, then each one's text by rowid.
  const rows = db.prepare('SELECT s.anchor, s.heading, f.body FROM sections s CROSS JOIN sections_fts f ON f.rowid = s.id WHERE s.page_id = ? ORDER BY s.ord').all(id) as Array<{
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
