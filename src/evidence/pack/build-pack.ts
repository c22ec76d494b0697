import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DocsIndex } from '../docs-index/docs-index.js';
import { MAX_REFS_PER_TERM, PACK_FORMAT, PACK_VERSION, type PackFile } from './format.js';

interface SectionRow {
  page_id: number;
  corpus: string;
  url: string;
  title: string | null;
  ms_date: string | null;
  anchor: string | null;
  heading: string;
  id: number;
}

/** Identifiers longer than this are code samples, not names; they bloat the pack and nobody cites them. */
const MAX_TERM_LENGTH = 80;

/** Collect the facts of every corpus in the index into a PackFile (no body text leaves the index). */
export function buildPack(index: DocsIndex, name: string): PackFile {
  const db = index.db;
  const corpora = index.corpora();
  const pack: PackFile = { format: PACK_FORMAT, version: PACK_VERSION, name, createdAt: new Date().toISOString(), corpora: [], pages: [], identifiers: {} };
  const corpusIdx = new Map<string, number>();
  for (const c of corpora) {
    corpusIdx.set(c.name, pack.corpora.length);
    const entry: PackFile['corpora'][number] = { name: c.name, preset: c.preset, indexedAt: c.indexed_at, files: c.files };
    if (c.commit_sha) entry.commit = c.commit_sha.slice(0, 7);
    pack.corpora.push(entry);
  }
  // Section id → [page index in the pack, heading index within the page].
  const where = new Map<number, [number, number]>();
  const pageIdx = new Map<number, number>();
  const rows = db
    .prepare(`SELECT s.id, s.page_id, p.corpus, p.url, p.title, p.ms_date, s.anchor, s.heading FROM sections s
    JOIN pages p ON p.id = s.page_id ORDER BY p.corpus, p.path, s.ord`)
    .iterate() as IterableIterator<SectionRow>;
  for (const r of rows) {
    let pi = pageIdx.get(r.page_id);
    if (pi === undefined) {
      pi = pack.pages.length;
      pageIdx.set(r.page_id, pi);
      pack.pages.push([corpusIdx.get(r.corpus) ?? 0, r.url, r.title ?? '', r.ms_date, [['', '']]]);
    }
    const headings = pack.pages[pi]?.[4] ?? [];
    if (r.anchor) {
      where.set(r.id, [pi, headings.length]);
      headings.push([r.anchor, r.heading]);
    } else {
      where.set(r.id, [pi, 0]);
      if (headings[0] && r.heading) headings[0][1] = r.heading;
    }
  }
  const ids = db.prepare('SELECT term, section_id FROM identifiers ORDER BY term, section_id').iterate() as IterableIterator<{ term: string; section_id: number }>;
  // A Map, not an object: terms such as `constructor` must not meet Object.prototype.
  const byTerm = new Map<string, number[]>();
  for (const { term, section_id } of ids) {
    if (term.length > MAX_TERM_LENGTH) continue;
    const at = where.get(section_id);
    if (!at) continue;
    const refs = byTerm.get(term) ?? [];
    byTerm.set(term, refs);
    if (refs.length < MAX_REFS_PER_TERM * 2) refs.push(at[0], at[1]);
  }
  pack.identifiers = Object.fromEntries(byTerm);
  const graph = index.graphModelData();
  if (graph) pack.graph = graph.data;
  return pack;
}

/** Gzip and write atomically (temp file + rename). Returns the byte size written. */
/** The bytes of a pack file (gzip of its JSON), for writeFileDurably. */
export function packBytes(pack: PackFile): Buffer {
  return gzipSync(JSON.stringify(pack), { level: 9 });
}

export function writePack(path: string, pack: PackFile): number {
  mkdirSync(dirname(path), { recursive: true });
  const bytes = packBytes(pack);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
  return bytes.length;
}
