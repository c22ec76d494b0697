import type { Statement } from 'better-sqlite3';
import type { SourceInfo } from '../../schema/index.js';
import type { EvidenceSource, Hit, Passage, SearchOptions, SourcePage } from '../types.js';
import { indexedDocsSets, readIndexedPage } from './page-lookup.js';
import { corpusToken, guarded, type Db } from './db.js';
import { normalizeApiPath } from './identifiers.js';
import { citeUrl, containsPhrase, phraseRegex, queryWords, words } from '../text-match.js';

export interface CorpusRow {
  name: string;
  preset: string;
  root: string;
  url_template: string | null;
  commit_sha: string | null;
  files: number;
  sections: number;
  indexed_at: string;
}

interface SectionRow {
  url: string;
  title: string | null;
  anchor: string | null;
  heading: string;
  body: string;
  score?: number;
}

/** `<corpus>@<short commit>`, or `@<indexedAt date>` when the corpus was not a git checkout. */
export function sourceName(row: CorpusRow): string {
  return `${row.name}@${row.commit_sha ? row.commit_sha.slice(0, 7) : row.indexed_at.slice(0, 10)}`;
}

const MAX_HITS = 50;
/** Phrase rows read per look-up: stemmed-only matches are rare, so MAX_HITS rows give nearly MAX_HITS hits. */
const PHRASE_ROWS = MAX_HITS;
/** Words in more than this share of all sections add little to bm25 but cost most of a query's time. */
const COMMON_SHARE = 0.03;
/** However common, a query keeps at least this many of its rarest words. */
const MIN_QUERY_WORDS = 4;
/** Document frequency per word, per index file: shared by the corpora of one index. */
const DOC_FREQ = new WeakMap<Db, { total: number; df: Map<string, number> }>();

/** One indexed corpus as an EvidenceSource. URLs in hits and passages carry the `#anchor` already. */
export class DocsIndexSource implements EvidenceSource {
  readonly name: string;
  private readonly token: string;

  constructor(
    private readonly db: Db,
    private readonly corpus: CorpusRow,
  ) {
    this.name = sourceName(corpus);
    this.token = corpusToken(corpus.name);
    // Intersecting with the corpus token pays off for a small share of the index; for the corpus
    // that is most of it, the token's long doclist costs more than filtering afterwards.
    const { total } = db.prepare('SELECT coalesce(sum(sections), 0) AS total FROM corpora').get() as { total: number };
    this.filterInMatch = corpus.sections * 2 < total;
  }

  private readonly filterInMatch: boolean;

  /** Prepared statements by SQL text: compiling a join costs more than running it for one look-up. */
  private readonly statements = new Map<string, Statement<unknown[]>>();

  private sql(text: string): Statement<unknown[]> {
    let st = this.statements.get(text);
    if (!st) {
      st = this.db.prepare<unknown[]>(text);
      this.statements.set(text, st);
    }
    return st;
  }

  /** The MATCH expression for `expr`, restricted to this corpus when that is the cheaper plan. */
  private match(expr: string): string {
    return this.filterInMatch ? `corpus : ${this.token} AND {title heading body} : (${expr})` : `{title heading body} : (${expr})`;
  }

  info(): SourceInfo {
    const info: SourceInfo = { name: this.name, indexedAt: this.corpus.indexed_at };
    if (this.corpus.commit_sha) info.commit = this.corpus.commit_sha.slice(0, 7);
    return info;
  }

  /** An indexed page of this corpus by URL, with each section's text as indexed. */
  knownPage(url: string): SourcePage | undefined {
    return guarded(this.db.name, () => readIndexedPage(this.db, this.corpus, this.name, url));
  }

  readonly keepsText = true;

  docsSets(): readonly string[] {
    return guarded(this.db.name, () => indexedDocsSets(this.db, this.corpus));
  }

  pageUrls(): readonly string[] {
    return guarded(this.db.name, () => (this.sql('SELECT url FROM pages WHERE corpus = ?').all(this.corpus.name) as Array<{ url: string }>).map((r) => r.url));
  }

  /** Exact identifier rows first (case-insensitive), then phrase occurrences in headings, titles and text. */
  async findTerm(term: string): Promise<Hit[]> {
    return guarded(this.db.name, () => this.findTermSync(term));
  }

  async search(query: string, opts: SearchOptions = {}): Promise<Passage[]> {
    return guarded(this.db.name, () => this.searchSync(query, opts));
  }

  private findTermSync(term: string): Hit[] {
    const t = term.trim();
    if (t === '') return [];
    const keys = new Set([t.toLowerCase()]);
    const path = t.startsWith('/') || t.startsWith('https://graph.') ? normalizeApiPath(t) : undefined;
    if (path) keys.add(path.toLowerCase());
    const hits: Hit[] = [];
    const seen = new Set<string>();
    const push = (h: Hit): void => {
      const k = `${h.url}|${h.where}`;
      if (!seen.has(k) && hits.length < MAX_HITS) {
        seen.add(k);
        hits.push(h);
      }
    };
    const idRows = this.sql(`SELECT i.term, p.url, p.title, s.anchor FROM identifiers i
      JOIN sections s ON s.id = i.section_id JOIN pages p ON p.id = s.page_id
      WHERE i.term_lc IN (${[...keys].map(() => '?').join(',')}) AND p.corpus = ? LIMIT 500`).all(...keys, this.corpus.name) as Array<{
      term: string;
      url: string;
      title: string | null;
      anchor: string | null;
    }>;
    for (const r of idRows) push(this.hit(r.term, r.url, r.title, r.anchor, 'identifier'));
    const w = words(t);
    const re = phraseRegex(t);
    if (w.length > 0 && re) {
      const rows = this.sql(`SELECT p.url, p.title, s.anchor, s.heading, f.body FROM sections_fts f
        JOIN sections s ON s.id = f.rowid JOIN pages p ON p.id = s.page_id
        WHERE sections_fts MATCH ? AND p.corpus = ? LIMIT ${PHRASE_ROWS}`).iterate(this.match(`"${w.join(' ')}"`), this.corpus.name) as IterableIterator<SectionRow>;
      // Rows stream in; stop reading (and fetching section text) once the hit list is full.
      for (const r of rows) {
        // The FTS table stems words; keep only rows that contain the words exactly.
        const where = containsPhrase(r.heading, re) ? 'heading' : containsPhrase(r.title ?? '', re) ? 'title' : containsPhrase(r.body, re) ? 'text' : undefined;
        if (where) push(this.hit(t, r.url, r.title, r.anchor, where));
        if (hits.length >= MAX_HITS) break;
      }
    }
    return hits;
  }

  /** bm25-ranked sections for the query's content words (any of them), heading and title weighted up; sections without text are skipped. */
  private searchSync(query: string, opts: SearchOptions): Passage[] {
    const w = this.selective(queryWords(query));
    if (w.length === 0) return [];
    const limit = opts.limit ?? 10;
    // Rank inside FTS first (rowid + score only), then fetch text for the few winners; the corpus
    // token in MATCH keeps other corpora out before ranking. Over-fetch to drop text-less sections.
    const rows = this.sql(`SELECT p.url, p.title, s.anchor, s.heading, f.body, r.score FROM
      (SELECT rowid, -bm25(sections_fts, 4.0, 6.0, 1.0, 0.0) AS score FROM sections_fts WHERE sections_fts MATCH ? ORDER BY score DESC LIMIT ?) r
      JOIN sections s ON s.id = r.rowid JOIN pages p ON p.id = s.page_id JOIN sections_fts f ON f.rowid = r.rowid
      WHERE s.chars > 0 AND p.corpus = ? ORDER BY r.score DESC LIMIT ?`).all(
      this.match(w.map((x) => `"${x}"`).join(' OR ')),
      (limit + 10) * (this.filterInMatch ? 2 : 6),
      this.corpus.name,
      limit,
    ) as SectionRow[];
    return rows.map((r) => {
      const p: Passage = { url: citeUrl(r.url, r.anchor ?? undefined), text: r.body, score: r.score ?? 0, source: this.name };
      if (r.title) p.title = r.title;
      if (r.anchor) p.anchor = r.anchor;
      if (r.heading) p.heading = r.heading;
      return p;
    });
  }

  /**
   * The query's selective words: drop those found in more than COMMON_SHARE of all sections (keeping at
   * least MIN_QUERY_WORDS, the rarest first). Ranking barely changes — bm25 gives such words almost no
   * weight — while an OR over them would score most of a large corpus.
   */
  private selective(ws: string[]): string[] {
    let stats = DOC_FREQ.get(this.db);
    if (!stats) {
      const { n } = this.db.prepare('SELECT count(*) AS n FROM sections').get() as { n: number };
      stats = { total: n, df: new Map() };
      DOC_FREQ.set(this.db, stats);
    }
    const count = this.sql('SELECT count(*) AS n FROM sections_fts WHERE sections_fts MATCH ?');
    const freq = ws.map((x) => {
      let n = stats.df.get(x);
      if (n === undefined) {
        n = (count.get(`{title heading body} : "${x}"`) as { n: number }).n;
        stats.df.set(x, n);
      }
      return { x, n };
    });
    const rare = freq.filter((f) => f.n <= stats.total * COMMON_SHARE);
    const kept = rare.length >= MIN_QUERY_WORDS ? rare : [...freq].sort((a, b) => a.n - b.n).slice(0, MIN_QUERY_WORDS);
    return ws.filter((x) => kept.some((k) => k.x === x));
  }

  private hit(term: string, url: string, title: string | null, anchor: string | null, where: Hit['where']): Hit {
    const h: Hit = { term, url: citeUrl(url, anchor ?? undefined), source: this.name, where };
    if (title) h.title = title;
    if (anchor) h.anchor = anchor;
    return h;
  }
}
