import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { ClaimcheckError } from '../../errors.js';
import type { SourceInfo } from '../../schema/index.js';
import type { EvidenceSource, Hit, Passage, SearchOptions, SourcePage } from '../types.js';
import { pageKey as learnPageKey } from '../page-key.js';
import { citeUrl, queryWords, words } from '../text-match.js';
import { PackTextIndex } from './pack-text-index.js';
import { normalizeApiPath } from '../docs-index/identifiers.js';
import { PACK_FORMAT, PACK_VERSION, type PackFile } from './format.js';

/** Read and check a pack file; a wrong format or version is a clear error, not a crash later. */
export function readPack(path: string): PackFile {
  let pack: PackFile;
  try {
    pack = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as PackFile;
  } catch (err) {
    throw new ClaimcheckError('ECORPUS', `cannot read pack ${path}: ${err instanceof Error ? err.message : String(err)}`, {
      place: { file: path },
      hint: 'rebuild it with `claimcheck corpus pack --name <name>`',
      cause: err,
    });
  }
  if (pack.format !== PACK_FORMAT || pack.version !== PACK_VERSION) {
    throw new ClaimcheckError('ECORPUS', `${path} is not a claimcheck pack of version ${PACK_VERSION}`, {
      place: { file: path },
      hint: 'rebuild it with `claimcheck corpus pack --name <name>`',
    });
  }
  return pack;
}

const MAX_HITS = 50;

/**
 * A pack as an EvidenceSource: exact identifiers, titles and headings; search scores titles and
 * headings only (a pack has no body text), so its passages are weak support by design.
 */
export class PackSource implements EvidenceSource {
  readonly name: string;
  private lower: Map<string, string[]> | undefined;
  private text: PackTextIndex | undefined;
  /** Page index → slot of its page top, filled lazily. */
  private pageTop: Int32Array | undefined;
  /** Page URL (no anchor, no query) → title, filled lazily. */
  private titles: Map<string, string> | undefined;
  /** Page key (see page-key.ts) → page index, filled lazily. */
  private pages: Map<string, number> | undefined;

  constructor(readonly pack: PackFile) {
    this.name = `${pack.name}@${pack.createdAt.slice(0, 10)}`;
  }

  static load(path: string): PackSource {
    return new PackSource(readPack(path));
  }

  info(): SourceInfo {
    return { name: this.name, indexedAt: this.pack.createdAt };
  }

  async findTerm(term: string): Promise<Hit[]> {
    const t = term.trim();
    if (t === '') return [];
    const hits: Hit[] = [];
    const seen = new Set<string>();
    const keys = [t.toLowerCase()];
    const path = t.startsWith('/') || t.startsWith('https://graph.') ? normalizeApiPath(t) : undefined;
    if (path) keys.push(path.toLowerCase());
    for (const key of keys) {
      for (const original of this.lowerIndex().get(key) ?? []) {
        const refs = Object.hasOwn(this.pack.identifiers, original) ? (this.pack.identifiers[original] ?? []) : [];
        for (let i = 0; i + 1 < refs.length; i += 2) this.push(hits, seen, original, refs[i] ?? 0, refs[i + 1] ?? 0, 'identifier');
      }
    }
    const w = words(t);
    if (w.length > 0) {
      const ix = this.textIndex();
      const needle = ` ${w.join(' ')} `;
      // Candidates come from the rarest word's postings; the phrase check confirms them.
      const rarestTitle = w.map((x) => ix.pagesWith(x)).reduce((a, b) => (b.length < a.length ? b : a));
      for (const pi of rarestTitle) if (ix.titleText[pi]?.includes(needle)) this.push(hits, seen, t, pi, 0, 'title');
      const rarestHeading = w.map((x) => ix.headingsWith(x)).reduce((a, b) => (b.length < a.length ? b : a));
      for (const slot of rarestHeading) {
        const [pi, hi] = ix.slots[slot] ?? [0, 0];
        if (ix.headingText[slot]?.includes(needle)) this.push(hits, seen, t, pi, hi, 'heading');
      }
    }
    return hits;
  }

  /**
   * Score = idf of query words in the heading + half the idf of words in the page title (credited to
   * headings of that page that matched, and to the page top), + a bonus for covering more of the text.
   */
  async search(query: string, opts: SearchOptions = {}): Promise<Passage[]> {
    const q = queryWords(query);
    if (q.length === 0) return [];
    const ix = this.textIndex();
    const n = ix.slots.length;
    const headingScore = new Map<number, number>();
    const titleScore = new Map<number, number>();
    for (const w of q) {
      const hs = ix.headingsWith(w);
      const ps = ix.pagesWith(w);
      const idf = Math.log(1 + n / (1 + hs.length + ps.length));
      for (const slot of hs) headingScore.set(slot, (headingScore.get(slot) ?? 0) + idf);
      for (const pi of ps) titleScore.set(pi, (titleScore.get(pi) ?? 0) + idf / 2);
    }
    const candidates = new Set(headingScore.keys());
    for (const pi of titleScore.keys()) candidates.add(this.pageTopSlot(pi));
    const scored: Array<[number, number]> = [];
    for (const slot of candidates) {
      const [pi] = ix.slots[slot] ?? [0];
      const len = (ix.headingLen[slot] ?? 0) + (ix.titleLen[pi] ?? 0) / 2;
      scored.push([slot, (headingScore.get(slot) ?? 0) + (titleScore.get(pi) ?? 0) + q.length / Math.max(len, 1)]);
    }
    scored.sort((a, b) => b[1] - a[1]);
    return scored.slice(0, opts.limit ?? 10).map(([slot, score]) => {
      const [pi, hi] = ix.slots[slot] ?? [0, 0];
      const page = this.pack.pages[pi];
      const [anchor, heading] = page?.[4][hi] ?? ['', ''];
      const p: Passage = { url: citeUrl(page?.[1] ?? '', anchor || undefined), text: [page?.[2], heading].filter(Boolean).join(' — '), score, source: this.name };
      if (page?.[2]) p.title = page[2];
      if (anchor) p.anchor = anchor;
      if (heading) p.heading = heading;
      return p;
    });
  }

  private push(hits: Hit[], seen: Set<string>, term: string, pi: number, hi: number, where: Hit['where']): void {
    const page = this.pack.pages[pi];
    if (!page || hits.length >= MAX_HITS) return;
    const anchor = page[4][hi]?.[0] || undefined;
    const url = citeUrl(page[1], anchor);
    if (seen.has(`${url}|${where}`)) return;
    seen.add(`${url}|${where}`);
    const h: Hit = { term, url, source: this.name, where };
    if (page[2]) h.title = page[2];
    if (anchor) h.anchor = anchor;
    hits.push(h);
  }

  pageTitle(url: string): string | undefined {
    if (!this.titles) {
      this.titles = new Map();
      for (const page of this.pack.pages) if (page[2]) this.titles.set(pageKey(page[1]), page[2]);
    }
    return this.titles.get(pageKey(url));
  }

  pageUrls(): readonly string[] {
    return this.pack.pages.map((p) => p[1]);
  }

  /** A page of the pack by URL: its headings (a pack keeps no body text). */
  knownPage(url: string): SourcePage | undefined {
    if (!this.pages) {
      const keys = new Map<string, number>();
      this.pack.pages.forEach((p, i) => {
        keys.set(learnPageKey(p[1]), i);
      });
      this.pages = keys;
    }
    const i = this.pages.get(learnPageKey(url));
    const p = i === undefined ? undefined : this.pack.pages[i];
    if (!p) return undefined;
    const corpus = this.pack.corpora[p[0]];
    const out: SourcePage = {
      url: p[1],
      docsVersion: corpus?.commit ?? corpus?.indexedAt ?? this.pack.createdAt,
      source: this.name,
      sections: p[4].map(([anchor, heading]) => (anchor ? { anchor, heading } : { heading })),
    };
    if (p[2]) out.title = p[2];
    if (p[3]) out.msDate = p[3];
    return out;
  }

  private textIndex(): PackTextIndex {
    this.text ??= new PackTextIndex(this.pack);
    return this.text;
  }

  private pageTopSlot(pi: number): number {
    if (!this.pageTop) {
      const ix = this.textIndex();
      this.pageTop = new Int32Array(this.pack.pages.length).fill(-1);
      ix.slots.forEach(([p], slot) => {
        if ((this.pageTop?.[p] ?? 0) < 0 && this.pageTop) this.pageTop[p] = slot;
      });
    }
    return this.pageTop[pi] ?? 0;
  }

  private lowerIndex(): Map<string, string[]> {
    if (!this.lower) {
      this.lower = new Map();
      for (const term of Object.keys(this.pack.identifiers)) {
        const k = term.toLowerCase();
        const list = this.lower.get(k);
        if (list) list.push(term);
        else this.lower.set(k, [term]);
      }
    }
    return this.lower;
  }
}

const FRAGMENT = /#.*$/;
const QUERY = /\?.*$/;
const TRAILING_SLASHES = /\/+$/;

/** A page's identity for title look-ups: the URL without `#anchor` and `?view=…`, lower-cased. */
function pageKey(url: string): string {
  return url.replace(FRAGMENT, '').replace(QUERY, '').replace(TRAILING_SLASHES, '').toLowerCase();
}
