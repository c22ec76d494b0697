import { TOOL_VERSION } from '../../version.js';
import { nonPublicReason, systemLookup, type Lookup } from '../links/public-address.js';

/** Redirects one request follows (when it follows them). */
const MAX_REDIRECTS = 5;

/** `claimcheck/0.1.0 (+https://github.com/claimcheck)`: every online request names the tool. */
export const DEFAULT_USER_AGENT = `claimcheck/${TOOL_VERSION} (+https://github.com/claimcheck)`;

export interface HttpOptions {
  /** Per attempt, covering connect, headers and body. Default 10 000. */
  timeoutMs?: number;
  /** Retries after the first attempt, on 429, 5xx (not 501) and connection resets. Default 3. */
  retries?: number;
  /** Requests in flight at once (a semaphore shared by everything using this client). Default 4. */
  concurrency?: number;
  userAgent?: string;
  /** First backoff wait; doubles per retry (capped at 8 s) unless the server sends Retry-After. Default 500. */
  backoffMs?: number;
  /** Longest Retry-After honoured; longer values are cut to this. Default 30 000. */
  maxRetryAfterMs?: number;
  /** Bodies larger than this are cut (a Learn page is ~100-300 kB). Default 5 MB. */
  maxBodyBytes?: number;
  /** All the waiting between retries of one request (429 Retry-After included) stops at this. Default 10 000. */
  maxTotalWaitMs?: number;
  /** The resolver used to check redirect targets (tests point names at 127.0.0.1 with it). */
  lookup?: Lookup;
}

export interface HttpRequest {
  method?: 'GET' | 'HEAD';
  headers?: Record<string, string>;
  /** 'manual' returns 3xx responses as they are (resolveLinks records the chain itself). Default 'follow'. */
  redirect?: 'follow' | 'manual';
}

export interface HttpResponse {
  ok: true;
  url: string;
  status: number;
  headers: Headers;
  body: string;
  attempts: number;
}

/**
 * A request that produced no usable response. `network`: the host could not be reached (DNS,
 * refused, reset); `timeout`: no complete answer within timeoutMs; `http`: the last attempt's status
 * was 429 or 5xx after every retry (the status is kept).
 */
export interface HttpFailure {
  ok: false;
  url: string;
  kind: 'network' | 'timeout' | 'http';
  status?: number;
  /** The system error code when there is one (ENOTFOUND, ECONNREFUSED, …). */
  code?: string;
  message: string;
  attempts: number;
}

export type HttpResult = HttpResponse | HttpFailure;

/** A tiny counting semaphore. */
export class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly max: number) {
    if (!(max >= 1)) throw new RangeError(`concurrency must be at least 1, got ${max}`);
  }

  async use<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((r) => this.waiting.push(r));
    else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next)
        next(); // hand the slot over; active stays the same
      else this.active--;
    }
  }
}

const WHOLE_NUMBER = /^\d+$/;

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const v = value.trim();
  if (WHOLE_NUMBER.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const TRANSIENT_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ETIMEDOUT']);

function describeError(err: unknown): { kind: 'network' | 'timeout'; code?: string; message: string } {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string; name?: string } };
  if (e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError') return { kind: 'timeout', message: 'timed out' };
  if (e?.cause?.code === 'UND_ERR_CONNECT_TIMEOUT') return { kind: 'timeout', code: e.cause.code, message: 'connect timed out' };
  const code = e?.cause?.code;
  const message = code ? `${code}${e.cause?.message && !e.cause.message.includes(code) ? ` (${e.cause.message})` : ''}` : (e?.cause?.message ?? e?.message ?? String(err));
  return code ? { kind: 'network', code, message } : { kind: 'network', message };
}

/**
 * One fetch wrapper for everything online: a timeout per attempt (AbortSignal.timeout), bounded
 * retries with exponential backoff on 429/5xx that honour Retry-After (capped), a concurrency limit,
 * and the claimcheck user agent. It never throws for network or HTTP trouble: it returns an
 * HttpFailure value the caller turns into a finding.
 *
 * Proxies: Node 20's global fetch ignores HTTP(S)_PROXY; see README.md next to this file.
 */
export class HttpClient {
  readonly timeoutMs: number;
  readonly retries: number;
  readonly userAgent: string;
  private readonly backoffMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly maxBodyBytes: number;
  private readonly maxTotalWaitMs: number;
  private readonly lookup: Lookup;
  private readonly gate: Semaphore;
  /** Requests actually sent (attempts), for the tests and for `--verbose`. */
  sent = 0;

  constructor(opts: HttpOptions = {}) {
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    this.retries = Math.max(0, opts.retries ?? 3);
    this.userAgent = opts.userAgent ?? DEFAULT_USER_AGENT;
    this.backoffMs = opts.backoffMs ?? 500;
    this.maxRetryAfterMs = opts.maxRetryAfterMs ?? 30_000;
    this.maxBodyBytes = opts.maxBodyBytes ?? 5 * 1024 * 1024;
    this.maxTotalWaitMs = opts.maxTotalWaitMs ?? 10_000;
    this.lookup = opts.lookup ?? systemLookup;
    this.gate = new Semaphore(opts.concurrency ?? 4);
  }

  async request(url: string, req: HttpRequest = {}): Promise<HttpResult> {
    const method = req.method ?? 'GET';
    let attempts = 0;
    let waited = 0;
    let last: HttpFailure | undefined;
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      attempts++;
      const outcome = await this.gate.use(() => this.once(url, method, req, attempts));
      if (outcome.ok) {
        // 501 Not Implemented is an answer (resolveLinks falls back to GET on it), not a hiccup.
        if (outcome.status !== 429 && (outcome.status < 500 || outcome.status === 501)) return outcome;
        last = { ok: false, url, kind: 'http', status: outcome.status, message: `HTTP ${outcome.status}`, attempts };
        if (attempt === this.retries) break;
        const hinted = parseRetryAfter(outcome.headers.get('retry-after'));
        const wait = hinted !== undefined ? Math.min(hinted, this.maxRetryAfterMs) : this.backoff(attempt);
        // a server that keeps answering 429 gets a bounded total wait, not minutes per link
        if (waited + wait > this.maxTotalWaitMs) break;
        waited += wait;
        await sleep(wait);
        continue;
      }
      last = outcome;
      // DNS failures, refused connections and timeouts will not get better in a second; resets might.
      if (outcome.kind !== 'network' || !outcome.code || !TRANSIENT_CODES.has(outcome.code) || attempt === this.retries) break;
      await sleep(this.backoff(attempt));
    }
    return last ?? { ok: false, url, kind: 'network', message: 'no attempt made', attempts };
  }

  private backoff(attempt: number): number {
    return Math.min(this.backoffMs * 2 ** attempt, 8_000);
  }

  private async once(url: string, method: 'GET' | 'HEAD', req: HttpRequest, attempts: number): Promise<HttpResult> {
    this.sent++;
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      const headers = { 'user-agent': this.userAgent, accept: '*/*', ...req.headers };
      let current = url;
      let res = await fetch(current, { method, redirect: 'manual', signal, headers });
      if ((req.redirect ?? 'follow') === 'follow') {
        // Redirects are followed by hand so each target can be checked first: one that leaves the
        // original host must not lead to this machine, a private network or a metadata address.
        for (let hop = 0; res.status >= 300 && res.status < 400 && res.headers.get('location'); hop++) {
          const next = new URL(res.headers.get('location') ?? '', current).toString();
          await res.body?.cancel().catch(() => undefined);
          const refused = hop >= MAX_REDIRECTS ? `more than ${MAX_REDIRECTS} redirects` : new URL(next).host === new URL(url).host ? undefined : await nonPublicReason(next, [], this.lookup);
          if (refused) return { ok: false, url, kind: 'http', status: res.status, message: `redirect to ${next} refused: ${refused}`, attempts };
          current = next;
          res = await fetch(current, { method, redirect: 'manual', signal, headers });
        }
      }
      const body = method === 'HEAD' ? '' : await this.readBody(res);
      return { ok: true, url: current, status: res.status, headers: res.headers, body, attempts };
    } catch (err) {
      const d = describeError(err);
      const f: HttpFailure = { ok: false, url, kind: d.kind, message: d.kind === 'timeout' ? `${d.message} after ${this.timeoutMs} ms` : d.message, attempts };
      if (d.code !== undefined) f.code = d.code;
      return f;
    }
  }

  /** The body as text, cut at maxBodyBytes (the rest is cancelled, not downloaded). */
  private async readBody(res: Response): Promise<string> {
    if (!res.body) return '';
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
      if (size >= this.maxBodyBytes) {
        await reader.cancel().catch(() => undefined);
        break;
      }
    }
    return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, this.maxBodyBytes));
  }
}

const PROXY_DISPATCHER_NAME = /Proxy/i;

/**
 * A one-line hint when a proxy is configured in the environment that this Node's fetch will not use:
 * Node 20 ignores HTTP(S)_PROXY (and NODE_USE_ENV_PROXY) unless a global undici dispatcher is installed.
 */
export function proxyHint(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const proxy = env.HTTPS_PROXY ?? env.https_proxy ?? env.HTTP_PROXY ?? env.http_proxy;
  if (!proxy) return undefined;
  // Node creates a plain undici `Agent` there on first fetch; a proxy agent means someone installed one.
  const dispatcher = (globalThis as Record<symbol, { constructor?: { name?: string } } | undefined>)[Symbol.for('undici.globalDispatcher.1')];
  const dispatcherInstalled = dispatcher !== undefined && PROXY_DISPATCHER_NAME.test(dispatcher.constructor?.name ?? '');
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const nodeHonoursEnv = env.NODE_USE_ENV_PROXY === '1' && (major >= 24 || (major === 22 && minor >= 21));
  if (dispatcherInstalled || nodeHonoursEnv) return undefined;
  return major >= 24 || (major === 22 && minor >= 21)
    ? 'a proxy is set in the environment but Node ignores it unless NODE_USE_ENV_PROXY=1 is set'
    : `a proxy is set in the environment but Node ${process.versions.node}'s fetch ignores it; preload undici's EnvHttpProxyAgent (see the online-mode README)`;
}
