import { HttpClient, type HttpOptions, type HttpResult } from '../learn/http.js';
import { nonPublicReason, systemLookup, type Lookup } from './public-address.js';

/**
 * What happened to one link of the article. `ok`: a 2xx at the end of the chain; `broken`: 404 or
 * 410; `placeholder`: an example host, a `<tenant-id>`-style placeholder or localhost (not
 * requested); `unreachable`: DNS, refused, timeout; `error`: anything else (5xx after retries,
 * 401/403, too many redirects, a malformed URL) — reported, never a verdict on its own.
 */
export type LinkStatus = 'ok' | 'broken' | 'placeholder' | 'unreachable' | 'error';

export interface LinkHop {
  url: string;
  status: number;
  method: 'HEAD' | 'GET';
}

export interface LinkResult {
  /** The URL as given. */
  url: string;
  status: LinkStatus;
  /** The last URL reached (after redirects). */
  finalUrl?: string;
  /** The last HTTP status, when there was one. */
  httpStatus?: number;
  /** Every response on the way, redirects included (empty for placeholder hosts). */
  chain: LinkHop[];
  /** Why, in a few words: "HTTP 404", "placeholder host example.com", "ENOTFOUND", "5 redirects". */
  reason?: string;
  checkedAt: string;
}

export interface ResolveLinksOptions extends HttpOptions {
  /** Share a client (and so its concurrency limit) with LearnOnlineSource; otherwise one is made from the options. */
  http?: HttpClient;
  /** Default 5. */
  maxRedirects?: number;
  /** Hosts never requested, besides the built-in placeholders. */
  skipHosts?: string[];
  /** Hosts requested even though they look like placeholders or resolve to a non-public address (tests use 127.0.0.1). */
  allowHosts?: string[];
  /** The resolver used to check that a host is public (tests point names at 127.0.0.1 with it). */
  lookup?: Lookup;
}

/** Hosts reserved for examples (RFC 2606/6761), the usual documentation tenants, and this machine. */
export const PLACEHOLDER_HOST = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost|contoso\.com|fabrikam\.com)$/i;
const PLACEHOLDER_MARK = /<[^<>]*>|\{[^{}]*\}|%3C|%7B/i;
/** The host of an absolute URL (group 1). */
const URL_HOST = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i;

/** Why a URL is not worth requesting, or undefined if it is. */
export function placeholderReason(raw: string, skipHosts: string[] = [], allowHosts: string[] = []): string | undefined {
  const rawHost = URL_HOST.exec(raw)?.[1] ?? '';
  if (PLACEHOLDER_MARK.test(rawHost)) return `placeholder in the host (${rawHost})`;
  const mark = PLACEHOLDER_MARK.exec(raw.slice(raw.indexOf(rawHost) + rawHost.length));
  if (mark) return `placeholder in the URL (${decodeURIComponent(mark[0])})`;
  let host: string;
  try {
    host = new URL(raw).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (allowHosts.some((h) => host === h.toLowerCase())) return undefined;
  if (PLACEHOLDER_HOST.test(host) || host === '127.0.0.1' || host === '[::1]' || host === '0.0.0.0') return `placeholder host ${host}`;
  if (skipHosts.some((h) => host === h.toLowerCase() || host.endsWith(`.${h.toLowerCase()}`))) return `skipped host ${host}`;
  return undefined;
}

async function resolveOne(raw: string, http: HttpClient, maxRedirects: number, skipHosts: string[], allowHosts: string[], lookup: Lookup, now: () => string): Promise<LinkResult> {
  const result = (status: LinkStatus, chain: LinkHop[], extra: Partial<LinkResult> = {}): LinkResult => ({ url: raw, status, chain, ...extra, checkedAt: now() });
  const ph = placeholderReason(raw, skipHosts, allowHosts);
  if (ph) return result('placeholder', [], { reason: ph });
  let url: string;
  try {
    const u = new URL(raw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return result('error', [], { reason: `not an http(s) URL (${u.protocol})` });
    u.hash = '';
    url = u.toString();
  } catch {
    return result('error', [], { reason: 'malformed URL' });
  }
  const chain: LinkHop[] = [];
  for (let hop = 0; hop <= maxRedirects; hop++) {
    // never towards this machine, a private network or a cloud metadata address: checked after DNS, at every hop
    const why = await nonPublicReason(url, allowHosts, lookup);
    if (why) return result('error', chain, { finalUrl: url, reason: hop === 0 ? `not requested: ${why}` : `redirects to ${why}; not followed` });
    // HEAD first; servers that refuse it (405, 501) or fail it oddly get a GET.
    let method: 'HEAD' | 'GET' = 'HEAD';
    let r: HttpResult = await http.request(url, { method, redirect: 'manual' });
    if (r.ok && (r.status === 405 || r.status === 501)) {
      chain.push({ url, status: r.status, method });
      method = 'GET';
      r = await http.request(url, { method, redirect: 'manual' });
    }
    if (!r.ok) {
      if (r.status !== undefined) chain.push({ url, status: r.status, method });
      const extra: Partial<LinkResult> = { finalUrl: url, reason: r.attempts > 1 ? `${r.message} after ${r.attempts} attempts` : r.message };
      if (r.status !== undefined) extra.httpStatus = r.status;
      return result(r.kind === 'http' ? 'error' : 'unreachable', chain, extra);
    }
    chain.push({ url, status: r.status, method });
    const location = r.headers.get('location');
    if (r.status >= 300 && r.status < 400 && location) {
      const next = new URL(location, url);
      next.hash = '';
      const ph2 = placeholderReason(next.toString(), skipHosts, allowHosts);
      if (ph2) return result('error', chain, { finalUrl: next.toString(), httpStatus: r.status, reason: `redirects to ${ph2}` });
      url = next.toString();
      continue;
    }
    const base = { finalUrl: url, httpStatus: r.status };
    if (r.status >= 200 && r.status < 300) return result('ok', chain, base);
    if (r.status === 404 || r.status === 410) return result('broken', chain, { ...base, reason: `HTTP ${r.status}` });
    return result('error', chain, { ...base, reason: `HTTP ${r.status}` });
  }
  return result('error', chain, { finalUrl: url, reason: `more than ${maxRedirects} redirects` });
}

/**
 * The `url` checker's online half: resolve each link of the article (HEAD, then GET on 405/501),
 * following redirects by hand (at most maxRedirects, each hop recorded). Placeholder hosts are
 * skipped. Same timeout/retry/concurrency wrapper as the Learn source; never rejects. Results come
 * back in input order; a URL given twice is requested once.
 */
export async function resolveLinks(urls: string[], opts: ResolveLinksOptions = {}): Promise<LinkResult[]> {
  const { http: shared, maxRedirects = 5, skipHosts = [], allowHosts = [], lookup = systemLookup, ...httpOpts } = opts;
  const http = shared ?? new HttpClient(httpOpts);
  const now = (): string => new Date().toISOString();
  const memo = new Map<string, Promise<LinkResult>>();
  return Promise.all(
    urls.map((u) => {
      const known = memo.get(u);
      if (known) return known;
      const p = resolveOne(u, http, maxRedirects, skipHosts, allowHosts, lookup, now);
      memo.set(u, p);
      return p;
    }),
  );
}
