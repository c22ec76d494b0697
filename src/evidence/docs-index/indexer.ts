import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { corpusToken, type Db } from './db.js';
import type { Preset } from '../presets.js';
import { scanPage } from './scan-page.js';
import { extractIdentifiers } from './identifiers.js';
import { walkFiles } from './walk.js';
import { gitCommit } from '../git.js';

export interface IndexCounts {
  /** Files seen on disk that map to a published URL. */
  files: number;
  /** Files whose bytes were read (size or mtime changed, or new). */
  read: number;
  /** Files (re)parsed and written to the index. */
  indexed: number;
  /** Files skipped without reading, or read and found byte-identical. */
  unchanged: number;
  /** Pages removed because their file is gone. */
  removed: number;
  sections: number;
}

export interface IndexCorpusOptions {
  name: string;
  root: string;
  preset: Preset;
  urlTemplate?: string;
  progress?: boolean;
}

/** The target of a markdown link, "](…)". */
const LINK_TARGETS = /\]\([^)\s]*\)/g;
const HTML_COMMENTS = /<!--[\s\S]*?-->/g;

/** Link targets are noise for ranking; keep the link text. */
function searchableText(body: string): string {
  return body.replace(LINK_TARGETS, ']').replace(HTML_COMMENTS, '');
}

/** Index (or re-index incrementally) one docs checkout into the corpus `name`. */
export function indexCorpus(db: Db, opts: IndexCorpusOptions): IndexCounts {
  const root = resolve(opts.root);
  const rels = walkFiles(root, (rel) => opts.preset.toUrl(rel) !== undefined);
  // A corpus re-added from another folder or with other URL rules is indexed from scratch.
  const prev = db.prepare('SELECT preset, root, url_template FROM corpora WHERE name = ?').get(opts.name) as { preset: string; root: string; url_template: string | null } | undefined;
  if (prev && (prev.preset !== opts.preset.name || prev.root !== root || (prev.url_template ?? undefined) !== opts.urlTemplate)) removeCorpus(db, opts.name);
  const known = new Map<string, { id: number; size: number; mtime_ms: number; hash: string }>();
  for (const row of db.prepare('SELECT id, path, size, mtime_ms, hash FROM pages WHERE corpus = ?').all(opts.name) as Array<{
    id: number;
    path: string;
    size: number;
    mtime_ms: number;
    hash: string;
  }>) {
    known.set(row.path, row);
  }
  const delPage = {
    fts: db.prepare('DELETE FROM sections_fts WHERE rowid IN (SELECT id FROM sections WHERE page_id = ?)'),
    ids: db.prepare('DELETE FROM identifiers WHERE section_id IN (SELECT id FROM sections WHERE page_id = ?)'),
    sections: db.prepare('DELETE FROM sections WHERE page_id = ?'),
    page: db.prepare('DELETE FROM pages WHERE id = ?'),
  };
  const insPage = db.prepare('INSERT INTO pages (corpus, path, url, title, ms_date, size, mtime_ms, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const touchPage = db.prepare('UPDATE pages SET mtime_ms = ? WHERE id = ?');
  const insSection = db.prepare('INSERT INTO sections (page_id, ord, level, anchor, heading, chars) VALUES (?, ?, ?, ?, ?, ?)');
  const insFts = db.prepare('INSERT INTO sections_fts (rowid, title, heading, body, corpus) VALUES (?, ?, ?, ?, ?)');
  const ctoken = corpusToken(opts.name);
  const insId = db.prepare('INSERT INTO identifiers (term, term_lc, section_id) VALUES (?, ?, ?)');
  const removePage = (id: number): void => {
    delPage.fts.run(id);
    delPage.ids.run(id);
    delPage.sections.run(id);
    delPage.page.run(id);
  };

  const counts: IndexCounts = { files: rels.length, read: 0, indexed: 0, unchanged: 0, removed: 0, sections: 0 };
  const bar =
    opts.progress !== false && process.stderr.isTTY
      ? new cliProgress.SingleBar({ format: `indexing ${opts.name} [{bar}] {value}/{total} files`, stream: process.stderr }, cliProgress.Presets.shades_classic)
      : undefined;
  bar?.start(rels.length, 0);

  const indexOne = (rel: string): void => {
    const abs = join(root, rel);
    const st = statSync(abs);
    const old = known.get(rel);
    known.delete(rel);
    if (old && old.size === st.size && old.mtime_ms === st.mtimeMs) {
      counts.unchanged++;
      return;
    }
    const bytes = readFileSync(abs);
    counts.read++;
    const hash = createHash('sha1').update(bytes).digest('hex');
    if (old && old.hash === hash) {
      touchPage.run(st.mtimeMs, old.id);
      counts.unchanged++;
      return;
    }
    if (old) removePage(old.id);
    const page = scanPage(bytes.toString('utf8'));
    const url = opts.preset.toUrl(rel) ?? '';
    const pageId = Number(insPage.run(opts.name, rel, url, page.title ?? null, page.msDate ?? null, st.size, st.mtimeMs, hash).lastInsertRowid);
    page.sections.forEach((s, ord) => {
      const body = searchableText(s.body);
      const sid = Number(insSection.run(pageId, ord, s.level, s.anchor ?? null, s.heading, body.length).lastInsertRowid);
      // The title goes only into the page-top row, so the page as a whole (not each of its sections) matches it.
      insFts.run(sid, s.anchor === undefined ? (page.title ?? '') : '', s.heading, body, ctoken);
      for (const term of extractIdentifiers(`${s.heading}\n${s.body}`)) insId.run(term, term.toLowerCase(), sid);
    });
    counts.indexed++;
  };

  const BATCH = 500;
  for (let i = 0; i < rels.length; i += BATCH) {
    db.transaction(() => {
      for (const rel of rels.slice(i, i + BATCH)) indexOne(rel);
    })();
    bar?.update(Math.min(i + BATCH, rels.length));
  }
  db.transaction(() => {
    for (const gone of known.values()) {
      removePage(gone.id);
      counts.removed++;
    }
    const { n } = db.prepare('SELECT count(*) AS n FROM sections s JOIN pages p ON p.id = s.page_id WHERE p.corpus = ?').get(opts.name) as { n: number };
    counts.sections = n;
    db.prepare(`INSERT INTO corpora (name, preset, root, url_template, commit_sha, files, sections, indexed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (name) DO UPDATE SET preset = excluded.preset, root = excluded.root, url_template = excluded.url_template,
      commit_sha = excluded.commit_sha, files = excluded.files, sections = excluded.sections, indexed_at = excluded.indexed_at`).run(
      opts.name,
      opts.preset.name,
      root,
      opts.urlTemplate ?? null,
      gitCommit(root) ?? null,
      rels.length,
      n,
      new Date().toISOString(),
    );
  })();
  bar?.stop();
  return counts;
}

/** Drop a corpus and everything indexed for it. Returns false when no such corpus. */
export function removeCorpus(db: Db, name: string): boolean {
  return db.transaction(() => {
    const ids = db.prepare('SELECT id FROM pages WHERE corpus = ?').all(name) as Array<{ id: number }>;
    for (const { id } of ids) {
      db.prepare('DELETE FROM sections_fts WHERE rowid IN (SELECT id FROM sections WHERE page_id = ?)').run(id);
      db.prepare('DELETE FROM identifiers WHERE section_id IN (SELECT id FROM sections WHERE page_id = ?)').run(id);
      db.prepare('DELETE FROM sections WHERE page_id = ?').run(id);
    }
    db.prepare('DELETE FROM pages WHERE corpus = ?').run(name);
    db.prepare('DELETE FROM graph_models WHERE corpus = ?').run(name);
    return db.prepare('DELETE FROM corpora WHERE name = ?').run(name).changes > 0;
  })();
}
