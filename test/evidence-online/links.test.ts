import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient, resolveLinks, placeholderReason, type ResolveLinksOptions } from '../../src/evidence/index.js';
import { deadPort, send, startServer, type Handler, type TestServer } from './server.js';

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function serve(routes: Record<string, Handler>): Promise<TestServer> {
  const s = await startServer((req, res, url, nth) => {
    const h = routes[url.pathname];
    return h ? h(req, res, url, nth) : send(res, 404, 'not found');
  });
  servers.push(s);
  return s;
}

const local: ResolveLinksOptions = { allowHosts: ['127.0.0.1'], backoffMs: 10 };

describe('resolveLinks', () => {
  it('follows redirects by hand and records every hop', async () => {
    const s = await serve({
      '/old': (_q, res) => send(res, 301, '', 'text/plain', { location: '/moved' }),
      '/moved': (_q, res) => send(res, 302, '', 'text/plain', { location: `/final?x=1` }),
      '/final': (_q, res) => send(res, 200, 'here'),
    });
    const [r] = await resolveLinks([`${s.origin}/old#frag`], local);
    expect(r).toMatchObject({
      url: `${s.origin}/old#frag`,
      status: 'ok',
      finalUrl: `${s.origin}/final?x=1`,
      httpStatus: 200,
      chain: [
        { url: `${s.origin}/old`, status: 301, method: 'HEAD' },
        { url: `${s.origin}/moved`, status: 302, method: 'HEAD' },
        { url: `${s.origin}/final?x=1`, status: 200, method: 'HEAD' },
      ],
    });
    expect(r!.checkedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(s.seen.every((x) => x.method === 'HEAD')).toBe(true);
  });

  it('404 and 410 are broken', async () => {
    const s = await serve({ '/gone': (_q, res) => send(res, 410, '') });
    const [a, b] = await resolveLinks([`${s.origin}/missing`, `${s.origin}/gone`], local);
    expect(a).toMatchObject({ status: 'broken', httpStatus: 404, reason: 'HTTP 404' });
    expect(b).toMatchObject({ status: 'broken', httpStatus: 410, reason: 'HTTP 410' });
    expect(s.count()).toBe(2); // not retried
  });

  it('HEAD answered 405 (or 501) falls back to GET, both recorded', async () => {
    const getOnly: Handler = (req, res) => (req.method === 'HEAD' ? send(res, 405, '', 'text/plain', { allow: 'GET' }) : send(res, 200, 'body'));
    const s = await serve({ '/get-only': getOnly, '/no-head': (req, res) => (req.method === 'HEAD' ? send(res, 501, '') : send(res, 404, '')) });
    const [a, b] = await resolveLinks([`${s.origin}/get-only`, `${s.origin}/no-head`], local);
    expect(a).toMatchObject({
      status: 'ok',
      chain: [
        { url: `${s.origin}/get-only`, status: 405, method: 'HEAD' },
        { url: `${s.origin}/get-only`, status: 200, method: 'GET' },
      ],
    });
    expect(b).toMatchObject({
      status: 'broken',
      httpStatus: 404,
      chain: [
        { status: 501, method: 'HEAD' },
        { status: 404, method: 'GET' },
      ],
    });
    expect(s.seen.map((x) => `${x.method} ${x.path}`).sort()).toEqual(['GET /get-only', 'GET /no-head', 'HEAD /get-only', 'HEAD /no-head']);
  });

  it('placeholder hosts and placeholders in the URL are skipped without a request', async () => {
    const s = await serve({});
    const urls = [
      'https://example.com/docs',
      'https://api.contoso.com/v1',
      'http://localhost:3000/callback',
      'https://login.microsoftonline.com/<tenant-id>/oauth2/v2.0/token',
      'https://<tenant>.sharepoint.com/sites/x',
      'https://graph.microsoft.com/v1.0/users/{id}',
      `${s.origin}/would-be-requested`,
    ];
    const results = await resolveLinks(urls); // no allowHosts: 127.0.0.1 is this machine, skipped too
    expect(results.map((r) => r.status)).toEqual(Array(urls.length).fill('placeholder'));
    expect(results.map((r) => r.reason)).toEqual([
      'placeholder host example.com',
      'placeholder host api.contoso.com',
      'placeholder host localhost',
      'placeholder in the URL (<tenant-id>)',
      'placeholder in the host (<tenant>.sharepoint.com)',
      'placeholder in the URL ({id})',
      'placeholder host 127.0.0.1',
    ]);
    expect(results.every((r) => r.chain.length === 0)).toBe(true);
    expect(s.count()).toBe(0);
    expect(placeholderReason('https://learn.microsoft.com/en-us/entra/')).toBeUndefined();
  });

  it('a redirect loop stops after maxRedirects', async () => {
    const s = await serve({ '/a': (_q, res) => send(res, 302, '', 'text/plain', { location: '/b' }), '/b': (_q, res) => send(res, 302, '', 'text/plain', { location: '/a' }) });
    const [r] = await resolveLinks([`${s.origin}/a`], { ...local, maxRedirects: 3 });
    expect(r).toMatchObject({ status: 'error', reason: 'more than 3 redirects' });
    expect(r!.chain).toHaveLength(4);
  });

  it('a redirect to a placeholder host is reported, not followed', async () => {
    const s = await serve({ '/r': (_q, res) => send(res, 301, '', 'text/plain', { location: 'https://example.com/landing' }) });
    const [r] = await resolveLinks([`${s.origin}/r`], local);
    expect(r).toMatchObject({ status: 'error', reason: 'redirects to placeholder host example.com', finalUrl: 'https://example.com/landing' });
  });

  it('unreachable hosts, 5xx after retries and malformed URLs are values, never rejections', async () => {
    const port = await deadPort();
    const s = await serve({ '/flaky': (_q, res, _u, nth) => (nth < 1 ? send(res, 503, '', 'text/plain', { 'retry-after': '0' }) : send(res, 200, '')), '/down': (_q, res) => send(res, 500, '') });
    const results = await resolveLinks([`http://127.0.0.1:${port}/x`, `${s.origin}/flaky`, `${s.origin}/down`, 'https://', 'mailto:someone@microsoft.com'], { ...local, retries: 2 });
    expect(results[0]).toMatchObject({ status: 'unreachable', reason: expect.stringMatching(/^ECONNREFUSED/) });
    expect(results[1]).toMatchObject({ status: 'ok', chain: [{ status: 200 }] });
    expect(results[2]).toMatchObject({ status: 'error', httpStatus: 500, reason: 'HTTP 500 after 3 attempts' });
    expect(results[3]).toMatchObject({ status: 'error', reason: 'malformed URL' });
    expect(results[4]).toMatchObject({ status: 'error', reason: 'not an http(s) URL (mailto:)' });
    expect(s.count('/flaky')).toBe(2);
    expect(s.count('/down')).toBe(3);
  });

  it('a slow link times out within the timeout', async () => {
    const s = await serve({
      '/slow': async (_q, res) => {
        await new Promise((r) => setTimeout(r, 3000));
        send(res, 200, '');
      },
    });
    const t0 = Date.now();
    const [r] = await resolveLinks([`${s.origin}/slow`], { ...local, timeoutMs: 250 });
    expect(Date.now() - t0).toBeLessThan(1200);
    expect(r).toMatchObject({ status: 'unreachable', reason: 'timed out after 250 ms' });
  });

  it('keeps input order, requests a repeated URL once, and respects the shared concurrency limit', async () => {
    const slowOk: Handler = async (_q, res) => {
      await new Promise((r) => setTimeout(r, 60));
      send(res, 200, '');
    };
    const routes: Record<string, Handler> = {};
    for (let i = 0; i < 8; i++) routes[`/p${i}`] = slowOk;
    const s = await serve(routes);
    const urls = [...Array(8).keys()].map((i) => `${s.origin}/p${i}`);
    const http = new HttpClient({ concurrency: 2 });
    const results = await resolveLinks([...urls, urls[0]!], { ...local, http });
    expect(results.map((r) => r.url)).toEqual([...urls, urls[0]]);
    expect(results.every((r) => r.status === 'ok')).toBe(true);
    expect(s.count()).toBe(8);
    expect(s.maxInFlight).toBe(2);
  });
});
