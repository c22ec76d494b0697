import type { Evidence } from '../schema/index.js';
import type { EvidenceSource, Hit, Passage, SearchOptions, SourcePage } from '../evidence/types.js';
import type { CheckContext } from './types.js';

/**
 * Memoises findTerm and search per source, so a term named by many claims of an article is looked
 * up once. verifyClaims wraps every source with it; checkers never see the difference.
 */
export class CachedSource implements EvidenceSource {
  private readonly terms = new Map<string, Promise<Hit[]>>();
  private readonly queries = new Map<string, Promise<Passage[]>>();
  constructor(private readonly inner: EvidenceSource) {}

  get name(): string {
    return this.inner.name;
  }

  info(): ReturnType<EvidenceSource['info']> {
    return this.inner.info();
  }

  findTerm(term: string): Promise<Hit[]> {
    const k = term.trim().toLowerCase();
    const known = this.terms.get(k);
    if (known) return known;
    const p = this.inner.findTerm(term);
    this.terms.set(k, p);
    return p;
  }

  search(query: string, opts: SearchOptions = {}): Promise<Passage[]> {
    const k = `${opts.limit ?? ''}|${query.toLowerCase()}`;
    const known = this.queries.get(k);
    if (known) return known;
    const p = this.inner.search(query, opts);
    this.queries.set(k, p);
    return p;
  }

  pageTitle(url: string): string | undefined {
    return this.inner.pageTitle?.(url);
  }

  knownPage(url: string): SourcePage | undefined {
    return this.inner.knownPage?.(url);
  }

  pageUrls(): readonly string[] {
    return this.inner.pageUrls?.() ?? [];
  }

  docsSets(): readonly string[] {
    return this.inner.docsSets?.() ?? [];
  }

  get keepsText(): boolean {
    return this.inner.keepsText === true;
  }
}

/** Evidence that cites a URL without a title (a reviewer's `--evidence`) gets the title a source knows for it. */
export function withTitles(evidence: Evidence[], sources: readonly EvidenceSource[]): Evidence[] {
  return evidence.map((e) => {
    if (e.title) return e;
    const title = sources.map((s) => s.pageTitle?.(e.url)).find((t) => t !== undefined);
    return title ? { ...e, title } : e;
  });
}

/** Hits for the first variant any source knows, over all sources; `[]` when none knows any. */
export async function findAnywhere(ctx: Pick<CheckContext, 'sources'>, variants: string[]): Promise<{ term: string; hits: Hit[] }> {
  for (const v of variants) {
    const all = (await Promise.all(ctx.sources.map((s) => s.findTerm(v)))).flat();
    if (all.length > 0) return { term: v, hits: all };
  }
  return { term: variants[0] ?? '', hits: [] };
}

/** `3 sources (entra-docs@abc1234, memdocs@…, msgraph-metadata@f54f11b graph metadata v1.0+beta)` */
export function describeSearched(ctx: Pick<CheckContext, 'sources' | 'graph'>, withGraph = true): string {
  const names = ctx.sources.map((s) => s.name);
  if (withGraph && ctx.graph) names.push(`${ctx.graph.name} graph metadata v1.0+beta`);
  if (names.length === 0) return 'no sources (no docs index or pack configured)';
  return `${names.length} source${names.length === 1 ? '' : 's'} (${names.join(', ')})`;
}
