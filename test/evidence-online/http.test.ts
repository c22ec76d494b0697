import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient, proxyHint } from '../../src/evidence/index.js';
import { parseRetryAfter, Semaphore } from '../../src/evidence/learn/http.js';
import { htmlSections, decodeEntities } from '../../src/evidence/learn/html-sections.js';
import { fixture, send, startServer, type TestServer } from './server.js';

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');
  it('reads delta-seconds and HTTP dates; ignores garbage', () => {
    expect(parseRetryAfter('1', now)).toBe(1000);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
    expect(parseRetryAfter('Sun, 01 Jun 2025 12:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sun, 01 Jun 2025 11:00:00 GMT', now)).toBe(0); // in the past
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('HttpClient', () => {
  it('caps a long Retry-After at maxRetryAfterMs', async () => {
    const s = await startServer((_q, res, _u, nth) => (nth === 0 ? send(res, 429, '', 'text/plain', { 'retry-after': '3600' }) : send(res, 200, 'ok')));
    servers.push(s);
    const http = new HttpClient({ maxRetryAfterMs: 150 });
    const t0 = Date.now();
    const r = await http.request(`${s.origin}/x`);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(r).toMatchObject({ ok: true, status: 200, body: 'ok', attempts: 2 });
  });

  it('a Retry-After given as an HTTP date is honoured', async () => {
    const s = await startServer((_q, res, _u, nth) => (nth === 0 ? send(res, 503, '', 'text/plain', { 'retry-after': new Date(Date.now() + 1500).toUTCString() }) : send(res, 200, 'ok')));
    servers.push(s);
    const t0 = Date.now();
    const r = await new HttpClient({ backoffMs: 1 }).request(`${s.origin}/x`);
    expect(r.ok).toBe(true);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(400); // HTTP dates have whole seconds: 0.5-1.5 s
  });

  it('backs off exponentially without Retry-After and gives up after `retries`', async () => {
    const s = await startServer((_q, res) => send(res, 502, ''));
    servers.push(s);
    const t0 = Date.now();
    const r = await new HttpClient({ retries: 3, backoffMs: 40 }).request(`${s.origin}/x`);
    const took = Date.now() - t0;
    expect(r).toMatchObject({ ok: false, kind: 'http', status: 502, attempts: 4 });
    expect(s.count()).toBe(4);
    expect(took).toBeGreaterThanOrEqual(40 + 80 + 160 - 15);
  });

  it('4xx other than 429 come back as responses, not retried', async () => {
    const s = await startServer((_q, res) => send(res, 403, 'no'));
    servers.push(s);
    const r = await new HttpClient().request(`${s.origin}/x`);
    expect(r).toMatchObject({ ok: true, status: 403, attempts: 1 });
    expect(s.count()).toBe(1);
  });

  it('cuts bodies at maxBodyBytes', async () => {
    const s = await startServer((_q, res) => send(res, 200, 'x'.repeat(100_000)));
    servers.push(s);
    const r = await new HttpClient({ maxBodyBytes: 1000 }).request(`${s.origin}/x`);
    expect(r.ok && r.body.length).toBe(1000);
  });

  it('the semaphore never runs more than its limit', async () => {
    const sem = new Semaphore(3);
    let active = 0;
    let peak = 0;
    await Promise.all(
      [...Array(20).keys()].map(() =>
        sem.use(async () => {
          active++;
          peak = Math.max(peak, active);
          await new Promise((r) => setTimeout(r, 5));
          active--;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(() => new Semaphore(0)).toThrow(RangeError);
  });
});

describe('proxyHint', () => {
  it('says nothing without a proxy; on this Node explains that HTTPS_PROXY is ignored', () => {
    expect(proxyHint({})).toBeUndefined();
    const hint = proxyHint({ HTTPS_PROXY: 'http://proxy.corp:8080' });
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    if (major < 22 || (major === 22 && minor < 21)) expect(hint).toMatch(/fetch ignores it; preload undici's EnvHttpProxyAgent/);
    else expect(hint).toMatch(/NODE_USE_ENV_PROXY=1/);
  });
});

describe('htmlSections', () => {
  it('splits the fixture page into h1/h2/h3 sections with the rendered ids', () => {
    const r = htmlSections(fixture('pages/cae.html'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.title).toBe('Continuous access evaluation');
    expect(r.msDate).toBe('03/14/2025');
    expect(r.sections.map((s) => [s.level, s.anchor, s.heading])).toEqual([
      [1, undefined, 'Continuous access evaluation'],
      [2, 'critical-event-evaluation', 'Critical event evaluation'],
      [2, 'conditional-access-policy-evaluation', 'Conditional Access policy evaluation'],
      [3, 'client-side-claim-challenge', 'Client-side claim challenge'],
      [2, 'token-lifetime', 'Token lifetime'],
    ]);
    const challenge = r.sections[3]!.body;
    expect(challenge).toContain('WWW-Authenticate: Bearer error="insufficient_claims"');
    expect(r.sections[1]!.body.split('\n')).toContain('The user account is deleted or disabled.');
  });

  it('computes anchors like the docs index when ids are missing, de-duplicating repeats', () => {
    const r = htmlSections('<main><h1>Page</h1><h2>Get a <code>user</code>!</h2><p>a</p><h2>Get a user</h2><p>b</p><h3 id="given">X</h3><p>c</p></main>');
    expect(r.ok && r.sections.map((s) => s.anchor)).toEqual([undefined, 'get-a-user', 'get-a-user-1', 'given']);
  });

  it('falls back to <title> without an h1, and to <body> without <main>', () => {
    const r = htmlSections('<html><head><title>Some page | Microsoft Learn</title></head><body><h2 id="a">A</h2><p>text</p></body></html>');
    expect(r).toMatchObject({ ok: true, title: 'Some page', sections: [{ anchor: 'a', body: 'text' }] });
  });

  it('decodes entities', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &#39;d&#x27; &nbsp;&bogus;')).toBe("a & b <c> 'd'  &bogus;");
  });

  it('reports what is wrong with unusable pages', () => {
    expect(htmlSections('{"error": "not html"}')).toEqual({ ok: false, reason: 'not an HTML page (no <html>, <main> or heading element)' });
    expect(htmlSections('<html><head><title>x</title></head></html>')).toMatchObject({ ok: false, reason: 'no <main>, <article> or <body> element' });
    expect(htmlSections('<html><body><main>  <script>x()</script> </main></body></html>')).toMatchObject({ ok: false, reason: 'the page has no article text' });
    expect(htmlSections('<main><h2>open')).toMatchObject({ ok: false, reason: 'unterminated <h2> heading' });
  });
});
