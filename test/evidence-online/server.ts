import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/learn');
export const fixture = (rel: string): string => readFileSync(join(FIXTURES, rel), 'utf8');

/** Learn paths of the fixture pages (what the fixture search results point at). */
export const CAE_PATH = '/en-us/entra/identity/conditional-access/concept-continuous-access-evaluation';
export const MFA_PATH = '/en-us/entra/identity/authentication/concept-mfa-howitworks';
export const USER_GET_PATH = '/en-us/graph/api/user-get';

export interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  userAgent: string | undefined;
}

/** A handler sees the request and the number of times this path was requested before (0 first). */
export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL, nth: number) => void | Promise<void>;

export interface TestServer {
  origin: string;
  /** Every request, in arrival order. */
  seen: Seen[];
  count(path?: string): number;
  /** Highest number of requests in flight at once. */
  maxInFlight: number;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 (port 0), counting what it is asked. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const seen: Seen[] = [];
  const perPath = new Map<string, number>();
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const nth = perPath.get(url.pathname) ?? 0;
    perPath.set(url.pathname, nth + 1);
    seen.push({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, userAgent: req.headers['user-agent'] });
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    Promise.resolve(handler(req, res, url, nth)).catch((err: unknown) => {
      res.writeHead(599);
      res.end(String(err));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    count: (path?: string) => (path === undefined ? seen.length : seen.filter((s) => s.path === path).length),
    get maxInFlight() {
      return state.maxInFlight;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A port nothing listens on: bind one, then close it. */
export async function deadPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

export const send = (res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8', headers: Record<string, string> = {}): void => {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(body);
};

/** The Learn-like site: search API answers from fixture JSON, three fixture pages, 404 otherwise. */
export function learnSite(overrides: Partial<Record<string, Handler>> = {}): Handler {
  return async (req, res, url, nth) => {
    const o = overrides[url.pathname];
    if (o) return o(req, res, url, nth);
    if (url.pathname === '/api/search') {
      const q = url.searchParams.get('search') ?? '';
      if (/signInActivity|get user/i.test(q)) {
        return send(res, 200, JSON.stringify({ results: [{ title: 'Get user', url: `https://learn.microsoft.com${USER_GET_PATH}`, description: 'Get a user.' }] }), 'application/json');
      }
      return send(res, 200, fixture('search/cae.json'), 'application/json');
    }
    if (url.pathname === CAE_PATH) return send(res, 200, fixture('pages/cae.html'));
    if (url.pathname === MFA_PATH) return send(res, 200, fixture('pages/mfa.html'));
    if (url.pathname === USER_GET_PATH) return send(res, 200, fixture('pages/user-get.html'));
    return send(res, 404, '<html><body><main><h1>Not found</h1></main></body></html>');
  };
}
