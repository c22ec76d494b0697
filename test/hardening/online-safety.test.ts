import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/evidence/learn/http.js';
import { LearnOnlineSource } from '../../src/evidence/learn/learn-source.js';
import { looksSecret, withoutSecrets } from '../../src/evidence/learn/secret-patterns.js';
import { isPublicAddress } from '../../src/evidence/links/public-address.js';
import { resolveLinks } from '../../src/evidence/links/resolve-links.js';
import { send, startServer, type TestServer } from '../evidence-online/server.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function server(handler: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const s = await startServer(handler);
  cleanups.push(() => s.close());
  return s;
}

/** Secrets an article might hold (all made up, in the shapes real ones have). */
const SECRETS = [
  'x-access-token:ghs_16C7e42F292c6912E7710c838347Ae178B4a',
  'ghp_R2d2C3poR2d2C3poR2d2C3poR2d2C3po1234',
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl',
  'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2FsZG8=',
  'AKIAIOSFODNN7EXAMPLE',
  'https://admin:hunter2@intranet.local/path',
  'client_secret=Q~8Xf.p3Vz-abcdEFGH1234ijklMNOP5678qrst',
  '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  'sv=2022-11-02&ss=b&sig=abcdEFGH1234%2Bxyz',
];

describe('--online sends only words that pass the secret filter', () => {
  it('every secret shape is caught; API names, versions and numbers are not', () => {
    for (const s of SECRETS) expect(looksSecret(s), s).toBe(true);
    for (const w of ['acquireTokenSilent', 'Microsoft.Graph', 'v2.0', '3600', 'access_token', 'User.ReadWrite.All', 'conditional-access', 'MSAL.NET', 'https://learn.microsoft.com/en-us/entra/']) {
      expect(looksSecret(w), w).toBe(false);
    }
  });

  it('the Learn search the local server receives holds none of the secrets', async () => {
    const s = await server((_req, res) => send(res, 200, JSON.stringify({ results: [] }), 'application/json'));
    const src = new LearnOnlineSource({ baseUrl: s.origin, cache: false, backoffMs: 10 });
    cleanups.push(() => src.close());
    await src.search(`Access tokens last 60 minutes ${SECRETS.join(' ')} with acquireTokenSilent`);
    const searches = s.seen.filter((r) => r.path.endsWith('/api/search'));
    expect(searches.length).toBe(1);
    const sent = searches[0]!.query.get('search') ?? '';
    expect(sent).toContain('acquireTokenSilent');
    expect(sent).toContain('minutes');
    for (const secret of SECRETS) for (const part of secret.split(/[:=;&@/]/).filter((p) => p.length >= 12)) expect(sent).not.toContain(part);
    expect(withoutSecrets(SECRETS.join(' '))).toBe('');
  });
});

describe('link checks never reach a non-public address', () => {
  it('private, loopback, link-local and IPv4-mapped addresses are not public; public ones are', () => {
    for (const ip of ['169.254.169.254', '10.0.0.1', '192.168.1.1', '172.16.5.4', '127.0.0.2', '0.0.0.0', '::1', '::ffff:127.0.0.1', '::ffff:7f00:1', 'fd00::1', 'fe80::1', '100.64.0.1'])
      expect(isPublicAddress(ip), ip).toBe(false);
    for (const ip of ['20.190.160.1', '13.107.246.10', '2603:1030::1']) expect(isPublicAddress(ip), ip).toBe(true);
  });

  it('links to internal addresses, names resolving to them, and redirects towards them are refused; the server sees only allowed requests', async () => {
    const s = await server((_req, res, url) => {
      if (url.pathname === '/to-internal') return send(res, 302, '', 'text/plain', { location: `http://127.0.0.2:${new URL(s.origin).port}/secret` });
      if (url.pathname === '/to-mapped') return send(res, 302, '', 'text/plain', { location: `http://[::ffff:127.0.0.1]:${new URL(s.origin).port}/secret` });
      if (url.pathname === '/to-name') return send(res, 301, '', 'text/plain', { location: 'http://metadata.google.internal/computeMetadata/v1/' });
      return send(res, 200, 'ok');
    });
    const port = new URL(s.origin).port;
    // the resolver the check uses: names point at internal addresses, as a hostile DNS answer would
    const lookup = async (host: string) => (host === 'metadata.google.internal' ? ['169.254.169.254'] : host === 'docs.corp-intranet.net' ? ['10.1.2.3'] : ['20.190.160.1']);
    const urls = [
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/',
      'http://192.168.0.1/admin',
      `http://127.0.0.2:${port}/secret`,
      `http://[::ffff:127.0.0.1]:${port}/secret`,
      'http://metadata.google.internal/computeMetadata/v1/',
      'https://docs.corp-intranet.net/wiki',
      `${s.origin}/to-internal`,
      `${s.origin}/to-mapped`,
      `${s.origin}/to-name`,
      `${s.origin}/fine`,
    ];
    const results = await resolveLinks(urls, { allowHosts: ['127.0.0.1'], lookup, retries: 0, timeoutMs: 3000 });
    const byUrl = new Map(results.map((r) => [r.url, r]));
    for (const u of urls.slice(0, 7)) {
      expect(byUrl.get(u)?.status, u).not.toBe('ok');
      expect(byUrl.get(u)?.reason ?? '', u).toMatch(/non-public address|placeholder host/);
    }
    for (const u of urls.slice(7, 10)) expect(byUrl.get(u)?.reason ?? '', u).toMatch(/^redirects to .*(non-public address|placeholder)/);
    expect(byUrl.get(`${s.origin}/fine`)?.status).toBe('ok');
    expect(s.seen.map((r) => r.path).sort()).toEqual(['/fine', '/to-internal', '/to-mapped', '/to-name']);
  });

  it('a Learn page fetch that redirects to an internal address is refused; same-host redirects still work', async () => {
    const s = await server((_req, res, url) => {
      const port = new URL(s.origin).port;
      if (url.pathname === '/en-us/page') return send(res, 302, '', 'text/plain', { location: `http://127.0.0.2:${port}/internal` });
      if (url.pathname === '/en-us/named') return send(res, 302, '', 'text/plain', { location: 'http://metadata.google.internal/' });
      if (url.pathname === '/en-us/old') return send(res, 301, '', 'text/plain', { location: '/en-us/new' });
      return send(res, 200, `<h1>${url.pathname}</h1>`);
    });
    const http = new HttpClient({ retries: 0, lookup: async (host) => (host === 'metadata.google.internal' ? ['169.254.169.254'] : ['20.190.160.1']) });
    const direct = await http.request(`${s.origin}/en-us/page`);
    expect(direct.ok).toBe(false);
    expect(!direct.ok && direct.message).toMatch(/redirect to http:\/\/127\.0\.0\.2:\d+\/internal refused: non-public address 127\.0\.0\.2/);
    const named = await http.request(`${s.origin}/en-us/named`);
    expect(!named.ok && named.message).toMatch(/metadata\.google\.internal resolves to a non-public address \(169\.254\.169\.254\)/);
    const moved = await http.request(`${s.origin}/en-us/old`);
    expect(moved.ok && moved.body).toBe('<h1>/en-us/new</h1>');
    expect(moved.ok && moved.url).toBe(`${s.origin}/en-us/new`);
    expect(s.seen.map((r) => r.path)).toEqual(['/en-us/page', '/en-us/named', '/en-us/old', '/en-us/new']);
  });

  it('a 1 GB response is cut at the byte cap, quickly', async () => {
    let sentBytes = 0;
    const s = await server(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 97);
      while (sentBytes < 1024 * 1024 * 1024 && !res.destroyed) {
        sentBytes += chunk.length;
        if (!res.write(chunk)) await new Promise((r) => res.once('drain', r).once('close', r));
      }
      res.end();
    });
    const http = new HttpClient({ maxBodyBytes: 1024 * 1024, retries: 0, timeoutMs: 20_000 });
    const r = await http.request(`${s.origin}/huge`);
    expect(r.ok).toBe(true);
    expect(r.ok && Buffer.byteLength(r.body)).toBeLessThanOrEqual(1024 * 1024);
    await new Promise((r2) => setTimeout(r2, 200));
    expect(sentBytes).toBeLessThan(256 * 1024 * 1024);
  });

  it('a server that answers 429 forever costs a bounded wait, not a minute per link', async () => {
    const s = await server((_req, res) => send(res, 429, 'slow down', 'text/plain', { 'retry-after': '30' }));
    const http = new HttpClient({ retries: 5, maxTotalWaitMs: 1500, backoffMs: 10 });
    const t0 = performance.now();
    const r = await http.request(`${s.origin}/busy`);
    expect(r.ok).toBe(false);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(s.count('/busy')).toBeLessThanOrEqual(2);
  });
});
