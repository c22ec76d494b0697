import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { ClaimcheckError } from '../../errors.js';
import type { SourceInfo } from '../../schema/index.js';
import type { EvidenceSource, Hit, Passage, SearchOptions } from '../types.js';
import { citeUrl, queryWords, words } from '../text-match.js';
import { normalizeApiPath } from '../docs-index/identifiers.js';
import { PACK_FORMAT, PACK_VERSION, type PackFile } from './format.js';

/** Read and check a pack file; a wrong format or version is a clear error, not a crash later. */
export function readPack(path: string): PackFile {
  let pack: PackFile;
  try {
    pack = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as PackFile;
  } catch (err) {
    throw new ClaimcheckError('ECORPUS', `cannot read pack ${path}: ${err instanceof Error ? err.message : String(err)}`, {
      place: { file: path }, hint: 'rebuild it with `claimcheck corpus pack --name <name>`', cause: err,
    });
  }
  if (pack.format !== PACK_FORMAT || pack.version !== PACK_VERSION) {
    throw new ClaimcheckError('ECORPUS', `${path} is not a claimcheck pack of version ${PACK_VERSION}`, {
      place: { file: path }, hint: 'rebuild it with `claimcheck corpus pack --name <name>`',
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
  private norm: { titles: string[]; headings: string[] } | undefined;
  private postings: Map<string, number[]> | undefined;
  /** Flat list of [page, heading] for every heading, so postings can hold one number. */
  private readonly slots: Array<[number, number]> = [];

  constructor(readonly pack: PackFile) {
    this.name = `${pack.name}@${pack.createdAt.slice(0, 10)}`;
    pack.pages.forEach((p, pi) => p[4].forEach((_, hi) => this.slots.push([pi, hi])));
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
        const refs = Object.hasOwn(this.pack.identifiers, original) ? this.pack.identifiers[original] ?? [] : [];
        for (let i = 0; i + 1 < refs.length; i += 2) this.push(hits, seen, original, refs[i] ?? 0, refs[i + 1] ?? 0, 'identifier');
      }
    }
    const w = words(t);
    if (w.length > 0) {
      const needle = ` ${w.join(' ')} `;
      const norm = this.normalized();
      this.slots.forEach(([pi, hi], slot) => {
        if (hits.length >= MAX_HITS) return;
        if (hi === 0 && norm.titles[pi]?.includes(needle)) this.push(hits, seen, t, pi, 0, 'title');
        if (norm.headings[slot]?.includes(needle)) this.push(hits, seen, t, pi, hi, 'heading');
      });
    }
    return hits;
  }

  async search(query: string, opts: SearchOptions = {}): Promise<Passage[]> {
    const q = queryWords(query);
    if (q.length === 0) return [];
    // Score = idf of query words in the heading + half the idf of those only in the page title,
    // plus a small bonus for covering more of the heading (short exact headings beat long ones).
    const { headings, titles } = this.normalized();
    const postings = this.postingIndex();
    const n = this.slots.length;
    const scores = new Map<number, number>();
    for (const w of q) {
      const list = postings.get(w) ?? [];
      const idf = Math.log(1 + n / (1 + list.length));
      for (const slot of list) {
        const inHeading = headings[slot]?.includes(` ${w} `) ?? false;
        scores.set(slot, (scores.get(slot) ?? 0) + (inHeading ? idf : idf / 2));
      }
    }
    for (const [slot, score] of scores) {
      const [pi] = this.slots[slot] ?? [0];
      const len = (headings[slot] ?? '').split(' ').length + (titles[pi] ?? '').split(' ').length / 2;
      scores.set(slot, score + q.length / Math.max(len, 1));
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, opts.limit ?? 10)
      .map(([slot, score]) => {
        const [pi, hi] = this.slots[slot] ?? [0, 0];
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

  /** Space-padded lower-case word strings of titles (by page) and headings (by slot), built once. */
  private normalized(): { titles: string[]; headings: string[] } {
    this.norm ??= {
      titles: this.pack.pages.map((p) => ` ${words(p[2]).join(' ')} `),
      headings: this.slots.map(([pi, hi]) => ` ${words(this.pack.pages[pi]?.[4][hi]?.[1] ?? '').join(' ')} `),
    };
    return this.norm;
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

  /** Word → heading slots; each heading also carries its page title's words. */
  private postingIndex(): Map<string, number[]> {
    if (!this.postings) {
      const map = new Map<string, number[]>();
      this.slots.forEach(([pi, hi], slot) => {
        const page = this.pack.pages[pi];
        const text = `${page?.[2] ?? ''} ${page?.[4][hi]?.[1] ?? ''}`;
        for (const w of new Set(words(text))) {
          const list = map.get(w);
          if (list) list.push(slot);
          else map.set(w, [slot]);
        }
      });
      this.postings = map;
    }
    return this.postings;
  }
}
