import type { EvidenceSource, SourcePage } from '../types.js';
import { findPage } from '../keep-passage.js';
import { pageKey, urlAnchor } from '../page-key.js';

/** What checking one link against the index and packs found (shaped like CheckContext.links values). */
export interface OfflineLink {
  status: 'ok' | 'broken';
  reason?: string;
  /** For a broken anchor: the page's heading closest to the one asked for. */
  closest?: { anchor: string; heading: string };
}

/** `<a name="x"></a>` / `<a id='x'>` targets kept in indexed section text: anchors too, though no heading. */
const EXPLICIT_ANCHOR = /<a\s+(?:name|id)\s*=\s*["']([^"']+)["']/gi;
/** The scheme of an http(s) URL. */
const HTTP_SCHEME = /^https?:\/\//i;
/** Learn tab links (`#tab/http`) select a tab; they are not headings. */
const TAB_ANCHOR = /^tab\//;
/** A docs-set's URL space: host, locale and the first path segment (`learn.microsoft.com/en-us/entra`). */
const DOCS_SET = /^(https?:\/\/[^/]+\/[a-z]{2}-[a-z]{2,4}\/[^/]+)\//;

function docsSetOf(url: string): string | undefined {
  return DOCS_SET.exec(pageKey(url))?.[1];
}

/** Every anchor a page answers to: its headings' anchors, and explicit `<a name>` targets in its text. */
function anchorsOf(page: SourcePage): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of page.sections) {
    if (s.anchor) out.set(s.anchor.toLowerCase(), s.heading);
    for (const m of (s.text ?? '').matchAll(EXPLICIT_ANCHOR)) if (m[1] && !out.has(m[1].toLowerCase())) out.set(m[1].toLowerCase(), s.heading);
  }
  return out;
}

/**
 * Dice coefficient over character bigrams: how alike two anchors are. Hand-written: a dozen lines, and no
 * string-distance library is among the dependencies.
 */
export function bigramSimilarity(a: string, b: string): number {
  const grams = (s: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let common = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0);
  return total === 0 ? (a === b ? 1 : 0) : (2 * common) / total;
}

/**
 * The article's links checked without the network against what the sources know: a link into a docs set
 * an index holds (same host, locale and first path segment as an indexed page) must name a known page,
 * and its `#anchor` must be one of that page's headings (or explicit anchors). Through the pack, the
 * anchors of the pages it knows are judged. Links outside every known docs set are not judged here
 * (they are left to `--online`), so they are absent from the result.
 */
export function checkLinksOffline(urls: readonly string[], sources: readonly EvidenceSource[]): Map<string, OfflineLink> {
  // A page missing from a docs set is only judged against an index the user built from a checkout; the
  // committed pack holds a sample of each docs set, so through it only the anchors of known pages are judged.
  const sets = new Set<string>();
  const sampled = new Set<string>();
  for (const s of sources) {
    const target = s.keepsText === true ? sets : sampled;
    const known = s.docsSets?.() ?? (s.pageUrls?.() ?? []).flatMap((u) => docsSetOf(u) ?? []);
    for (const set of known) target.add(set);
  }
  const out = new Map<string, OfflineLink>();
  const pages = new Map<string, SourcePage | undefined>();
  for (const url of urls) {
    const set = docsSetOf(url);
    if (!set || !(sets.has(set) || sampled.has(set))) continue;
    const key = pageKey(url);
    if (!pages.has(key)) pages.set(key, findPage(sources, url));
    const page = pages.get(key);
    if (!page && !sets.has(set)) continue;
    if (!page) {
      out.set(url, { status: 'broken', reason: `no such page in the indexed docs (${set.replace(HTTP_SCHEME, '')})` });
      continue;
    }
    const anchor = urlAnchor(url);
    if (anchor === undefined || TAB_ANCHOR.test(anchor)) {
      out.set(url, { status: 'ok' });
      continue;
    }
    const anchors = anchorsOf(page);
    if (anchors.has(anchor.toLowerCase())) {
      out.set(url, { status: 'ok' });
      continue;
    }
    let best: { anchor: string; heading: string; score: number } | undefined;
    for (const [a, heading] of anchors) {
      const score = bigramSimilarity(anchor.toLowerCase(), a);
      if (!best || score > best.score) best = { anchor: a, heading, score };
    }
    const closest = best ? `; closest heading: "${best.heading}" (#${best.anchor})` : '; the page has no headings';
    out.set(url, { status: 'broken', reason: `no heading #${anchor} on ${page.title ?? page.url}${closest}`, ...(best ? { closest: { anchor: best.anchor, heading: best.heading } } : {}) });
  }
  return out;
}

/** A link result as the url checker reads it (CheckContext.links values). */
type LinkAnswer = { status: 'ok' | 'broken' | 'placeholder' | 'unreachable' | 'error'; finalUrl?: string; httpStatus?: number; reason?: string };

/**
 * The links of the claims (url entities, by the text as written) checked offline, merged with what
 * `--online` found: a broken link or anchor in an indexed docs set is reported even online (a page that
 * loads does not have the anchor for it), every other link keeps its online answer.
 */
export function withOfflineLinks(online: ReadonlyMap<string, LinkAnswer> | undefined, written: readonly string[], sources: readonly EvidenceSource[]): Map<string, LinkAnswer> {
  const full = (u: string): string => (HTTP_SCHEME.test(u) ? u : `https://${u}`);
  const offline = checkLinksOffline(written.map(full), sources);
  const out = new Map<string, LinkAnswer>(online ?? []);
  for (const u of written) {
    const r = offline.get(full(u));
    if (!r) continue;
    if (r.status === 'broken' || !out.has(u)) out.set(u, r.reason !== undefined ? { status: r.status, reason: r.reason } : { status: r.status });
  }
  return out;
}
