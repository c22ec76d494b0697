import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, statSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { ClaimcheckError, explainSystemError } from '../../errors.js';

export type Db = Database.Database;

/** The FTS token standing for a corpus name (letters and digits only, so the tokenizer keeps it whole). */
export function corpusToken(name: string): string {
  return `zc${createHash('sha1').update(name).digest('hex').slice(0, 12)}`;
}

/** `PRAGMA application_id` of a claimcheck index ('CCK1'), so a foreign SQLite file is recognised. */
const APP_ID = 0x43434b31;
/** 3: Learn tabs (`# [HTTP](#tab/http)`) are no longer sections, so older indexes cite anchors Learn does not have. */
export const INDEX_SCHEMA_VERSION = 3;
export const DEFAULT_INDEX_PATH = '.claimcheck/index.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS corpora (
  name TEXT PRIMARY KEY, preset TEXT NOT NULL, root TEXT NOT NULL, url_template TEXT,
  commit_sha TEXT, files INTEGER NOT NULL DEFAULT 0, sections INTEGER NOT NULL DEFAULT 0, indexed_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pages (
  id INTEGER PRIMARY KEY, corpus TEXT NOT NULL, path TEXT NOT NULL, url TEXT NOT NULL, title TEXT, ms_date TEXT,
  size INTEGER NOT NULL, mtime_ms REAL NOT NULL, hash TEXT NOT NULL, UNIQUE (corpus, path));
CREATE TABLE IF NOT EXISTS sections (
  id INTEGER PRIMARY KEY, page_id INTEGER NOT NULL, ord INTEGER NOT NULL, level INTEGER NOT NULL, anchor TEXT, heading TEXT NOT NULL, chars INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS sections_page ON sections (page_id);
-- corpus holds one opaque token per corpus so MATCH can restrict a query to one corpus before ranking.
CREATE VIRTUAL TABLE IF NOT EXISTS sections_fts USING fts5 (title, heading, body, corpus, tokenize = 'porter unicode61');
CREATE TABLE IF NOT EXISTS identifiers (term TEXT NOT NULL, term_lc TEXT NOT NULL, section_id INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS identifiers_lc ON identifiers (term_lc);
CREATE INDEX IF NOT EXISTS identifiers_section ON identifiers (section_id);
CREATE TABLE IF NOT EXISTS graph_models (corpus TEXT PRIMARY KEY, json TEXT NOT NULL);
`;

export function corrupt(path: string, why: string, cause?: unknown): ClaimcheckError {
  return new ClaimcheckError('EINDEX', `${path} is not a usable claimcheck index: ${why}`, {
    place: { file: path },
    hint: 'run `claimcheck corpus add <dir> --preset <name> --rebuild` to recreate it (the old file is replaced)',
    cause,
  });
}

/**
 * Open (or create) the index. A file that isn't SQLite, or is another program's database, or an
 * index of a newer schema, becomes a ClaimcheckError with a --rebuild hint; `rebuild` deletes it first.
 */
export function openIndexDb(path: string, opts: { create: boolean; rebuild?: boolean; readonly?: boolean }): Db {
  if (opts.rebuild) for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
  const fresh = !existsSync(path);
  if (fresh && !opts.create) {
    throw new ClaimcheckError('EINDEX', `no docs index at ${path}`, {
      hint: 'index a docs checkout first: claimcheck corpus add <dir> --preset entra-docs',
    });
  }
  if (fresh) mkdirSync(dirname(path), { recursive: true });
  let db: Db | undefined;
  const hadWal = existsSync(`${path}-wal`);
  try {
    db = new Database(path, { readonly: !fresh && opts.readonly === true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (fresh || (appId === 0 && tables.n === 0)) {
      if (db.readonly) throw corrupt(path, 'empty file opened read-only');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma(`application_id = ${APP_ID}`);
      db.pragma(`user_version = ${INDEX_SCHEMA_VERSION}`);
      db.exec(SCHEMA);
      return db;
    }
    if (appId !== APP_ID) {
      db.close();
      throw corrupt(path, 'it is an SQLite database of some other program');
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version !== INDEX_SCHEMA_VERSION) {
      db.close();
      throw corrupt(path, `schema version ${version}, this claimcheck reads ${INDEX_SCHEMA_VERSION}`);
    }
    db.pragma('synchronous = NORMAL'); // safe with WAL; the index can always be rebuilt
    db.prepare('SELECT count(*) FROM sections_fts').get(); // touches the FTS shadow tables
    return db;
  } catch (err) {
    // closed, so SQLite removes the -wal and -shm files it made for this failed open
    try {
      if (db?.open) db.close();
    } catch {
      // already unusable: nothing more to release
    }
    removeEmptyWal(path, hadWal);
    if (err instanceof ClaimcheckError) throw err;
    // a full disk, a lock or a permission is not damage: say so, and never advise --rebuild for it
    const condition = environmentError(err, path);
    if (condition) throw condition;
    throw corrupt(path, err instanceof Error ? err.message : String(err), err);
  }
}

/**
 * A failed open on a full disk can leave the empty -wal and the -shm it made (the close could not
 * finish). An empty WAL holds nothing, so both go, and the folder is as it was.
 */
function removeEmptyWal(path: string, hadWal: boolean): void {
  const wal = `${path}-wal`;
  if (hadWal || !existsSync(wal)) return;
  try {
    if (statSync(wal).size === 0) for (const f of [wal, `${path}-shm`]) rmSync(f, { force: true });
  } catch {
    // leave them: SQLite copes with them next time
  }
}

/** SQLite codes that describe the machine (disk, locks, permissions), not the file's content. */
const ENVIRONMENT_CODES = /^SQLITE_(?:FULL|BUSY|LOCKED|READONLY|CANTOPEN|PERM|IOERR)/;

/**
 * The error a full disk, a held lock or a permission causes, in words; an I/O error on a file system
 * with (almost) no space left is reported as the full disk it is.
 */
export function environmentError(err: unknown, path: string): ClaimcheckError | undefined {
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string' || !ENVIRONMENT_CODES.test(code)) return undefined;
  const full = code.startsWith('SQLITE_IOERR') && nearlyFull(dirname(path));
  return explainSystemError(full ? Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' }) : err, 'cannot use the index', path);
}

function nearlyFull(dir: string): boolean {
  try {
    const s = statfsSync(dir);
    return s.bavail * s.bsize < 256 * 1024;
  } catch {
    return false;
  }
}

/** SQLite error messages that mean the file is not a usable index. */
const CORRUPT_DATABASE_MESSAGE = /malformed|not a database|corrupt|no such table/i;

/** Run a query; SQLite damage found later than open (malformed pages) becomes the same --rebuild error. */
export function guarded<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof ClaimcheckError) throw err;
    if (err instanceof Error && CORRUPT_DATABASE_MESSAGE.test(err.message)) throw corrupt(path, err.message, err);
    throw err;
  }
}
