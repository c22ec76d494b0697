import type { Db } from '../docs-index/db.js';
import { openIndexDb } from '../docs-index/db.js';

/** One cached response: what came back for a URL, and when. */
export interface CacheEntry {
  url: string;
  status: number;
  body: string;
  /** ISO 8601; the evidence built from this body carries it as `retrievedAt`. */
  retrievedAt: string;
}

export interface LearnCache {
  get(url: string): CacheEntry | undefined;
  put(entry: CacheEntry): void;
  close?(): void;
}

/** For tests and for `--online` without an index file: lives as long as the process. */
export class MemoryCache implements LearnCache {
  private readonly map = new Map<string, CacheEntry>();
  get(url: string): CacheEntry | undefined {
    return this.map.get(url);
  }
  put(entry: CacheEntry): void {
    this.map.set(entry.url, entry);
  }
}

const TABLE = `CREATE TABLE IF NOT EXISTS learn_cache (
  url TEXT PRIMARY KEY, status INTEGER NOT NULL, body TEXT NOT NULL, retrieved_at TEXT NOT NULL)`;

/**
 * The online cache as one extra table (`learn_cache`) in the docs index file (DESIGN 4.4: "a cache
 * in the index"). It is opened through the index's own opener, so a foreign or newer-schema file is
 * refused the same way, and a missing index is created (empty corpora, the cache table). The table
 * is independent of the corpus tables: `corpus add --rebuild` drops it along with the file, which
 * only costs a refetch. WAL plus a busy timeout let it share the file with the read-only connection
 * `openEvidence` holds, and with a second claimcheck process.
 */
export class SqliteCache implements LearnCache {
  private constructor(
    private readonly db: Db,
    private readonly owned: boolean,
  ) {
    db.pragma('busy_timeout = 5000');
    db.exec(TABLE);
  }

  /** Open (or create) the index file at `path` and make sure the cache table exists. */
  static open(path: string): SqliteCache {
    return new SqliteCache(openIndexDb(path, { create: true }), true);
  }

  /** Use an already open, writable index connection (e.g. `DocsIndex.db`); closing is the caller's job. */
  static onDb(db: Db): SqliteCache {
    return new SqliteCache(db, false);
  }

  get(url: string): CacheEntry | undefined {
    const row = this.db.prepare('SELECT url, status, body, retrieved_at FROM learn_cache WHERE url = ?').get(url) as { url: string; status: number; body: string; retrieved_at: string } | undefined;
    return row && { url: row.url, status: row.status, body: row.body, retrievedAt: row.retrieved_at };
  }

  put(e: CacheEntry): void {
    this.db.prepare('INSERT OR REPLACE INTO learn_cache (url, status, body, retrieved_at) VALUES (?, ?, ?, ?)').run(e.url, e.status, e.body, e.retrievedAt);
  }

  /** Drop entries older than `hours` (the source ignores them anyway; this just keeps the file small). */
  prune(hours: number, now: number = Date.now()): number {
    return this.db.prepare('DELETE FROM learn_cache WHERE retrieved_at < ?').run(new Date(now - hours * 3_600_000).toISOString()).changes;
  }

  close(): void {
    if (this.owned) this.db.close();
  }
}
