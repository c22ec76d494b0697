import { z } from 'zod';
import type { SourceInfo } from '../../schema/index.js';
import { ClaimcheckError } from '../../errors.js';
import type { EvidenceSource, Hit, Passage, SearchOptions } from '../types.js';
import { citeUrl, queryWords, words } from '../text-match.js';
import { withoutSecrets } from './secret-patterns.js';
import { HttpClient, DEFAULT_USER_AGENT, proxyHint, type HttpFailure } from './http.js';
import { MemoryCache, SqliteCache, type CacheEntry, type LearnCache } from './cache.js';
import { htmlSections } from './html-sections.js';

export const LEARN_SOURCE_NAME = 'learn-online';
const LEARN_ORIGIN = 'https://learn.microsoft.com';

export interface LearnOnlineOptions {
  /** Where pages are fetched from. Result URLs on learn.microsoft.com are fetched from here instead (tests, mirrors). */
  baseUrl?: string;
  /** The search endpoint; default `https://learn.microsoft.com/api/search`. */
  searchUrl?: string;
  locale?: string;
  timeoutMs?: number;
  retries?: number;
  concurrency?: number;
  /** Cached responses younger than this are used without a request. Default 168 (a week). */
  cacheTtlHours?: number;
  /**
   * A path: the docs index file (`.claimcheck/index.sqlite`), which gets a `learn_cache` table (created
   * with the index if missing). Or a LearnCache. Or false: an in-memory cache for this process only.
   */
  cache?: string | LearnCache | false;
  userAgent?: string;
  /** Pages fetched per search (the top results). Default 3. */
  pages?: number;
  /** Search results asked for (`$top`). Default 10. */
  top?: number;
  /** First retry wait in ms (doubles per retry). Default 500. */
  backoffMs?: number;
  /** Longest Retry-After honoured, ms. Default 30 000. */
  maxRetryAfterMs?: number;
  /** Called once, when the source gives up on the network (the same error `unavailable` holds). */
  onUnavailable?: (err: ClaimcheckError) => void;
  /** Called for every problem that is not fatal to the source (a page that failed, a malformed body). */
  onProblem?: (p: LearnProblem) => void;
  /** Clock, for tests of the cache expiry. */
  now?: () => number;
}

/** Evidence from Learn online says when it was read. */
export interface LearnPassage extends Passage {
  retrievedAt: string;
}
export interface LearnHit extends Hit {
  retrievedAt: string;
}

/**
 * A finding-like value for something that went wrong online without stopping the source: the check
 * command can list these ("learn-online: <url>: HTTP 500 after 3 attempts").
 */
export interface LearnProblem {
  kind: 'http' | 'timeout' | 'network' | 'malformed-json' | 'malformed-search' | 'malformed-html' | 'cache';
  url: string;
  message: string;
  status?: number;
}

/** A plural or verb ending, cut for a crude stem. */
const INFLECTION_END = /(?:ies|ing|ed|es|s)$/;

/** A crude suffix strip so 'revoked' meets 'revokes' (the index gets this from FTS5's porter tokenizer). */
function stem(w: string): string {
  return w.length > 4 ? w.replace(INFLECTION_END, '') : w;
}

/** The shape of the public Learn search API that is used; everything else is tolerated. */
const SearchResult = z.looseObject({
  title: z.string(),
  url: z.string().min(1),
  description: z.string().optional(),
});
const SearchResponse = z.looseObject({ results: z.array(z.unknown()) });

interface PageSections {
  url: string; // canonical, cited
  title: string | undefined;
  sections: Array<{ heading: string; anchor: string | undefined; text: string }>;
  retrievedAt: string;
  rank: number;
}

type Fetched = { ok: true; entry: CacheEntry } | { ok: false; problem: LearnProblem; failure?: HttpFailure };
const TRAILING_SLASHES = /\/+$/;

/**
 * DESIGN 4.4: learn.microsoft.com as an EvidenceSource. search() asks the Learn search API, fetches
 * the top pages, splits them into heading sections (anchors from the rendered `id`s) and ranks the
 * sections by the query's content words. Every response goes through one HttpClient (timeout,
 * retries, backoff, Retry-After, concurrency, user agent) and one cache (`retrievedAt`, expiry).
 *
 * It never rejects: trouble becomes a LearnProblem (problems()), and an unreachable network becomes
 * one ClaimcheckError('ENETWORK') in `unavailable`, after which every call returns [] at once.
 */
export class LearnOnlineSource implements EvidenceSource {
  readonly name = LEARN_SOURCE_NAME;
  readonly http: HttpClient;
  private readonly cache: LearnCache;
  private readonly ownsCache: boolean;
  private readonly baseUrl: string;
  private readonly searchUrl: string;
  private readonly locale: string;
  private readonly ttlMs: number;
  private readonly pages: number;
  private readonly top: number;
  private readonly now: () => number;
  private readonly opts: LearnOnlineOptions;
  private readonly problemList: LearnProblem[] = [];
  private readonly pageMemo = new Map<string, Promise<PageSections | undefined>>();
  private oldestRetrieved: string | undefined;
  /** Set once the network is found unreachable; the check turns it into "learn-online unavailable: …". */
  unavailable: { reason: string; error: ClaimcheckError } | undefined;

  constructor(opts: LearnOnlineOptions = {}) {
    this.opts = opts;
    this.baseUrl = (opts.baseUrl ?? LEARN_ORIGIN).replace(TRAILING_SLASHES, '');
    this.searchUrl = opts.searchUrl ?? (opts.baseUrl ? `${this.baseUrl}/api/search` : `${LEARN_ORIGIN}/api/search`);
    this.locale = opts.locale ?? 'en-us';
    this.ttlMs = (opts.cacheTtlHours ?? 168) * 3_600_000;
    this.pages = opts.pages ?? 3;
    this.top = opts.top ?? 10;
    this.now = opts.now ?? Date.now;
    const h: ConstructorParameters<typeof HttpClient>[0] = { userAgent: opts.userAgent ?? DEFAULT_USER_AGENT };
    if (opts.timeoutMs !== undefined) h.timeoutMs = opts.timeoutMs;
    if (opts.retries !== undefined) h.retries = opts.retries;
    if (opts.concurrency !== undefined) h.concurrency = opts.concurrency;
    if (opts.backoffMs !== undefined) h.backoffMs = opts.backoffMs;
    if (opts.maxRetryAfterMs !== undefined) h.maxRetryAfterMs = opts.maxRetryAfterMs;
    this.http = new HttpClient(h);
    if (typeof opts.cache === 'string') {
      this.cache = SqliteCache.open(opts.cache);
      this.ownsCache = true;
    } else {
      this.cache = opts.cache || new MemoryCache();
      this.ownsCache = false;
    }
  }

  info(): SourceInfo {
    const info: SourceInfo = { name: this.name };
    if (this.oldestRetrieved) info.indexedAt = this.oldestRetrieved;
    return info;
  }

  /** Everything that went wrong so far without making the source unavailable. */
  problems(): LearnProblem[] {
    return [...this.problemList];
  }

  /**
   * One line per thing the report should mention, for the check command's findings:
   * `learn-online unavailable: learn.microsoft.com is unreachable: ENOTFOUND`, then each problem
   * (`learn-online: <url>: HTTP 500 after 4 attempts`), de-duplicated.
   */
  notes(): string[] {
    const lines = this.unavailable ? [`${this.name} unavailable: ${this.unavailable.reason}`] : [];
    for (const p of this.problemList) lines.push(`${this.name}: ${p.message}`);
    return [...new Set(lines)];
  }

  /** Closes the cache file when the source opened it (cache given as a path). */
  close(): void {
    if (this.ownsCache) this.cache.close?.();
  }

  async search(query: string, opts: SearchOptions = {}): Promise<LearnPassage[]> {
    const qw = [...new Set(queryWords(query).map(stem))];
    if (qw.length === 0 || this.unavailable) return [];
    const pages = await this.searchPages(query);
    const out: LearnPassage[] = [];
    for (const page of pages) {
      for (const s of page.sections) {
        const hw = new Set(words(s.heading).map(stem));
        const tw = new Set(words(`${s.heading} ${s.text}`).map(stem));
        const inText = qw.filter((w) => tw.has(w)).length;
        if (inText === 0) continue;
        const inHeading = qw.filter((w) => hw.has(w)).length;
        // Coverage of the query's words, heading words counting extra, nudged by Learn's own ranking.
        const score = (inText + 0.5 * inHeading) / qw.length + 0.25 / (1 + page.rank);
        out.push(this.passage(page, s, score));
      }
    }
    out.sort((a, b) => b.score - a.score);
    return out.slice(0, opts.limit ?? 10);
  }

  /** Sections whose heading, page title or text contain the term verbatim (case-sensitive). */
  async findTerm(term: string): Promise<LearnHit[]> {
    const t = term.trim();
    if (t === '' || this.unavailable) return [];
    const pages = await this.searchPages(t);
    const hits: LearnHit[] = [];
    const seen = new Set<string>();
    for (const page of pages) {
      for (const s of page.sections) {
        const where: Hit['where'] | undefined = s.heading.includes(t) ? 'heading' : page.title?.includes(t) && s.anchor === undefined ? 'title' : s.text.includes(t) ? 'text' : undefined;
        if (!where) continue;
        const url = citeUrl(page.url, s.anchor);
        if (seen.has(url)) continue;
        seen.add(url);
        const h: LearnHit = { term: t, url, source: this.name, where, retrievedAt: page.retrievedAt };
        if (page.title) h.title = page.title;
        if (s.anchor) h.anchor = s.anchor;
        hits.push(h);
      }
    }
    const order: Record<string, number> = { heading: 0, title: 1, text: 2 };
    return hits.sort((a, b) => (order[a.where] ?? 3) - (order[b.where] ?? 3));
  }

  private passage(page: PageSections, s: PageSections['sections'][number], score: number): LearnPassage {
    const p: LearnPassage = { url: citeUrl(page.url, s.anchor), text: s.text, score, source: this.name, retrievedAt: page.retrievedAt };
    if (page.title) p.title = page.title;
    if (s.anchor) p.anchor = s.anchor;
    if (s.heading) p.heading = s.heading;
    return p;
  }

  /** The search API's top results, fetched and split; pages that fail are problems, the rest are kept. */
  private async searchPages(query: string): Promise<PageSections[]> {
    // only words that pass the secret filter ever leave the machine (README: what --online sends)
    const safeQuery = withoutSecrets(query);
    if (safeQuery === '') return [];
    const u = new URL(this.searchUrl);
    u.searchParams.set('search', safeQuery);
    u.searchParams.set('locale', this.locale);
    u.searchParams.set('$top', String(this.top));
    const res = await this.fetchCached(u.toString(), true);
    if (!res.ok) return [];
    let json: unknown;
    try {
      json = JSON.parse(res.entry.body);
    } catch (err) {
      this.problem({ kind: 'malformed-json', url: res.entry.url, message: `the search response is not JSON (${err instanceof Error ? err.message : String(err)})` });
      return [];
    }
    const parsed = SearchResponse.safeParse(json);
    if (!parsed.success) {
      this.problem({ kind: 'malformed-search', url: res.entry.url, message: `the search response has no results array (${z.prettifyError(parsed.error).split('\n')[0] ?? 'invalid'})` });
      return [];
    }
    const urls: string[] = [];
    let bad = 0;
    for (const r of parsed.data.results) {
      const item = SearchResult.safeParse(r);
      const canon = item.success ? this.canonical(item.data.url) : undefined;
      if (!canon) bad++;
      else if (!urls.includes(canon)) urls.push(canon);
    }
    if (bad > 0) this.problem({ kind: 'malformed-search', url: res.entry.url, message: `${bad} search result${bad === 1 ? '' : 's'} without a usable title and Learn url were skipped` });
    const chosen = urls.slice(0, this.pages);
    const pages = await Promise.all(chosen.map((url, rank) => this.page(url, rank)));
    return pages.filter((p): p is PageSections => p !== undefined);
  }

  /** A result URL on Learn without query or fragment; relative URLs resolve against Learn. Other hosts: undefined. */
  private canonical(raw: string): string | undefined {
    let u: URL;
    try {
      u = new URL(raw, `${LEARN_ORIGIN}/`);
    } catch {
      return undefined;
    }
    const base = new URL(this.baseUrl);
    if (u.origin !== LEARN_ORIGIN && u.origin !== base.origin) return undefined;
    return `${LEARN_ORIGIN}${u.pathname}`;
  }

  private page(url: string, rank: number): Promise<PageSections | undefined> {
    let p = this.pageMemo.get(url);
    if (!p) {
      p = this.loadPage(url, rank);
      this.pageMemo.set(url, p);
    }
    return p.then((x) => x && { ...x, rank });
  }

  private async loadPage(url: string, rank: number): Promise<PageSections | undefined> {
    const fetchUrl = `${this.baseUrl}${new URL(url).pathname}`;
    const res = await this.fetchCached(fetchUrl, false);
    if (!res.ok) return undefined;
    const scanned = htmlSections(res.entry.body);
    if (!scanned.ok) {
      this.problem({ kind: 'malformed-html', url, message: `${url}: ${scanned.reason}` });
      return undefined;
    }
    return {
      url,
      title: scanned.title,
      sections: scanned.sections.map((s) => ({ heading: s.heading, anchor: s.anchor, text: s.body })),
      retrievedAt: res.entry.retrievedAt,
      rank,
    };
  }

  /**
   * A fresh cache entry, or a request (cached when 2xx, or 404/410 for pages). A network failure on
   * the search request makes the source unavailable; on a page it is a problem for that page only.
   */
  private async fetchCached(url: string, isSearch: boolean): Promise<Fetched> {
    const cached = this.readCache(url);
    if (cached && this.now() - Date.parse(cached.retrievedAt) < this.ttlMs) return this.served(cached, isSearch);
    if (this.unavailable) return { ok: false, problem: { kind: 'network', url, message: this.unavailable.reason } };
    const r = await this.http.request(url, { headers: { accept: isSearch ? 'application/json' : 'text/html' } });
    if (!r.ok) {
      if (r.kind !== 'http' && isSearch) {
        this.markUnavailable(r);
        return { ok: false, problem: { kind: r.kind, url, message: r.message }, failure: r };
      }
      const attempts = r.attempts > 1 ? ` after ${r.attempts} attempts` : '';
      const problem: LearnProblem = { kind: r.kind, url, message: `${url}: ${r.message}${attempts}` };
      if (r.status !== undefined) problem.status = r.status;
      this.problem(problem);
      return { ok: false, problem, failure: r };
    }
    const entry: CacheEntry = { url, status: r.status, body: r.body, retrievedAt: new Date(this.now()).toISOString() };
    if (r.status >= 200 && r.status < 300) {
      this.writeCache(entry);
      return this.served(entry, isSearch);
    }
    const problem: LearnProblem = { kind: 'http', url, status: r.status, message: `${url}: HTTP ${r.status}` };
    if (!isSearch && (r.status === 404 || r.status === 410)) this.writeCache(entry);
    this.problem(problem);
    return { ok: false, problem };
  }

  private served(entry: CacheEntry, isSearch: boolean): Fetched {
    if (entry.status < 200 || entry.status >= 300) {
      const problem: LearnProblem = { kind: 'http', url: entry.url, status: entry.status, message: `${entry.url}: HTTP ${entry.status} (cached ${entry.retrievedAt})` };
      this.problem(problem);
      return { ok: false, problem };
    }
    if (!isSearch && (this.oldestRetrieved === undefined || entry.retrievedAt < this.oldestRetrieved)) this.oldestRetrieved = entry.retrievedAt;
    return { ok: true, entry };
  }

  private readCache(url: string): CacheEntry | undefined {
    try {
      return this.cache.get(url);
    } catch (err) {
      this.problem({ kind: 'cache', url, message: `cache read failed: ${err instanceof Error ? err.message : String(err)}` });
      return undefined;
    }
  }

  private writeCache(entry: CacheEntry): void {
    try {
      this.cache.put(entry);
    } catch (err) {
      this.problem({ kind: 'cache', url: entry.url, message: `cache write failed: ${err instanceof Error ? err.message : String(err)}` });
    }
  }

  private markUnavailable(f: HttpFailure): void {
    if (this.unavailable) return;
    const host = new URL(f.url).host;
    const reason = `${host} is unreachable: ${f.message}`;
    const hint = proxyHint() ?? 'check the network, or run without --online (offline sources are still used)';
    const error = new ClaimcheckError('ENETWORK', reason, { hint });
    this.unavailable = { reason, error };
    this.opts.onUnavailable?.(error);
  }

  private problem(p: LearnProblem): void {
    this.problemList.push(p);
    this.opts.onProblem?.(p);
  }
}
