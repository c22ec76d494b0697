import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DocsIndex, LearnOnlineSource, SqliteCache, DEFAULT_USER_AGENT, type LearnOnlineOptions, type LearnProblem } from '../../src/evidence/index.js';
import { ClaimcheckError } from '../../src/errors.js';
import { CAE_PATH, MFA_PATH, USER_GET_PATH, deadPort, fixture, learnSite, send, startServer, type TestServer } from './server.js';

const CAE = `https://learn.microsoft.com${CAE_PATH}`;
const MFA = `https://learn.microsoft.com${MFA_PATH}`;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function site(overrides: Parameters<typeof learnSite>[0] = {}): Promise<TestServer> {
  const s = await startServer(learnSite(overrides));
  cleanups.push(() => s.close());
  return s;
}

function source(server: TestServer | string, opts: LearnOnlineOptions = {}): LearnOnlineSource & { seenProblems: LearnProblem[] } {
  const seenProblems: LearnProblem[] = [];
  const src = new LearnOnlineSource({
    baseUrl: typeof server === 'string' ? server : server.origin,
    cache: false,
    backoffMs: 20,
    onProblem: (p) => seenProblems.push(p),
    ...opts,
  });
  cleanups.push(() => src.close());
  return Object.assign(src, { seenProblems });
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-online-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('LearnOnlineSource: search → sections → evidence', () => {
  it('returns passages of the top pages, cited by canonical Learn URL and heading anchor', async () => {
    const server = await site();
    const src = source(server);
    const passages = await src.search('refresh tokens revoked when the password is reset');

    expect(passages.length).toBeGreaterThan(0);
    const top = passages[0]!;
    expect(top).toMatchObject({
      url: `${CAE}#critical-event-evaluation`,
      anchor: 'critical-event-evaluation',
      heading: 'Critical event evaluation',
      title: 'Continuous access evaluation',
      source: 'learn-online',
    });
    expect(top.retrievedAt).toMatch(ISO);
    expect(top.text).toContain('An administrator revokes all refresh tokens for the user.');
    for (const p of passages) {
      expect(p.source).toBe('learn-online');
      expect(p.retrievedAt).toMatch(ISO);
      expect(p.url.startsWith('https://learn.microsoft.com/en-us/')).toBe(true);
    }
    // Scores are sorted, best first.
    expect(passages.map((p) => p.score)).toEqual([...passages.map((p) => p.score)].sort((a, b) => b - a));
    expect(src.info()).toEqual({ name: 'learn-online', indexedAt: expect.stringMatching(ISO) });
  });

  it('sends the query, locale and $top to the search endpoint with the claimcheck user agent', async () => {
    const server = await site();
    await source(server).search('token lifetime');
    const q = server.seen.find((s) => s.path === '/api/search')!;
    expect(q.query.get('search')).toBe('token lifetime');
    expect(q.query.get('locale')).toBe('en-us');
    expect(q.query.get('$top')).toBe('10');
    expect(DEFAULT_USER_AGENT).toMatch(/^claimcheck\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/claimcheck\)$/);
    for (const s of server.seen) expect(s.userAgent).toBe(DEFAULT_USER_AGENT);
  });

  it('reads only the article: no header, nav, aside, script or footer text; ids used as anchors, computed when missing', async () => {
    const server = await site();
    const passages = await source(server).search('token lifetime hours sessions navigation contents feedback', { limit: 50 });
    const cae = passages.filter((p) => p.url.startsWith(CAE));
    expect(cae.map((p) => p.heading)).not.toContain('Site navigation');
    expect(cae.map((p) => p.heading)).not.toContain('In this article');
    expect(cae.some((p) => /Feedback|table of contents|pageData/.test(p.text))).toBe(false);
    const lifetime = cae.find((p) => p.heading === 'Token lifetime');
    expect(lifetime).toMatchObject({ anchor: 'token-lifetime', url: `${CAE}#token-lifetime` });
    // The page top (h1) is cited by the page URL alone.
    const topOfPage = (await source(server).search('resource provider critical events policy changes', { limit: 50 })).find((p) => p.url === CAE);
    expect(topOfPage?.anchor).toBeUndefined();
    expect(topOfPage?.text).toContain('critical events & policy changes');
  });

  it('fetches only Learn pages, the top results, each once; skipped results are reported', async () => {
    const server = await site();
    const src = source(server);
    await src.search('continuous access evaluation');
    await src.search('multifactor authentication methods');
    expect(server.count(CAE_PATH)).toBe(1);
    expect(server.count(MFA_PATH)).toBe(1);
    expect(server.seen.every((s) => s.path !== '/cae')).toBe(true); // elsewhere.example.org is not Learn
    expect(src.problems()).toContainEqual(expect.objectContaining({ kind: 'malformed-search', message: expect.stringContaining('2 search results without a usable title and Learn url') }));
  });

  it('findTerm keeps sections that contain the term verbatim', async () => {
    const server = await site();
    const src = source(server);
    const hits = await src.findTerm('signInActivity');
    expect(hits).toEqual([
      {
        term: 'signInActivity',
        url: `https://learn.microsoft.com${USER_GET_PATH}#optional-query-parameters`,
        anchor: 'optional-query-parameters',
        title: 'Get user',
        where: 'text',
        source: 'learn-online',
        retrievedAt: expect.stringMatching(ISO),
      },
    ]);
    expect(await src.findTerm('signinactivity')).toEqual([]); // verbatim means case too
    const cp1 = await src.findTerm('cp1');
    expect(cp1.map((h) => h.anchor)).toEqual(['client-side-claim-challenge']);
    const heading = await src.findTerm('Token lifetime');
    expect(heading[0]).toMatchObject({ where: 'heading', anchor: 'token-lifetime' });
  });
});

describe('LearnOnlineSource: cache', () => {
  it('a second run on the same index file makes zero requests and keeps retrievedAt', async () => {
    const server = await site();
    const file = join(tempDir(), '.claimcheck', 'index.sqlite');
    const first = await source(server, { cache: file }).search('critical events');
    const sent = server.count();
    expect(sent).toBe(3); // search + 2 Learn pages

    const again = source(server, { cache: file });
    const second = await again.search('critical events');
    expect(server.count()).toBe(sent);
    expect(again.http.sent).toBe(0);
    expect(second).toEqual(first);
    expect(second[0]!.retrievedAt).toBe(first[0]!.retrievedAt);
  });

  it('entries older than cacheTtlHours are fetched again', async () => {
    const server = await site();
    const file = join(tempDir(), 'index.sqlite');
    await source(server, { cache: file }).search('critical events');
    const later = Date.now() + 169 * 3_600_000;
    const stale = source(server, { cache: file, now: () => later });
    const p = await stale.search('critical events');
    expect(server.count()).toBe(6);
    expect(p[0]!.retrievedAt).toBe(new Date(later).toISOString());
    const fresh = source(server, { cache: file, cacheTtlHours: 1000 });
    await fresh.search('critical events');
    expect(server.count()).toBe(6);
  });

  it('lives in the docs index file as a learn_cache table; the index still opens and keeps its corpora', async () => {
    const dir = tempDir();
    const file = join(dir, 'index.sqlite');
    const docs = join(dir, 'docs');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'page.md'), '---\ntitle: A page\n---\n# A page\n\n## Section\n\nSome text.\n');
    const ix = DocsIndex.open(file, { create: true });
    ix.add({ dir: docs, preset: 'entra-docs' });
    ix.close();

    const server = await site();
    await source(server, { cache: file }).search('critical events');
    const reopened = DocsIndex.open(file, { readonly: true });
    expect(reopened.corpora().map((c) => c.name)).toEqual(['entra-docs']);
    reopened.close();
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT url, status, retrieved_at FROM learn_cache ORDER BY url').all() as Array<{ url: string; status: number; retrieved_at: string }>;
    db.close();
    expect(rows.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(rows.every((r) => ISO.test(r.retrieved_at))).toBe(true);
  });

  it('refuses a foreign SQLite file with the index error', () => {
    const file = join(tempDir(), 'other.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(() => new LearnOnlineSource({ cache: file })).toThrow(ClaimcheckError);
    expect(() => SqliteCache.open(file)).toThrow(/not a usable claimcheck index/);
  });
});

describe('LearnOnlineSource: retries, timeouts, failures', () => {
  it('429 with Retry-After: 1 is waited out, then the search succeeds', async () => {
    const server = await site({
      '/api/search': (_req, res, _url, nth) => (nth === 0 ? send(res, 429, 'slow down', 'text/plain', { 'retry-after': '1' }) : send(res, 200, fixture('search/cae.json'), 'application/json')),
    });
    const src = source(server, { backoffMs: 5 });
    const t0 = Date.now();
    const passages = await src.search('critical events');
    const waited = Date.now() - t0;
    expect(server.count('/api/search')).toBe(2);
    expect(waited).toBeGreaterThanOrEqual(950); // the server's 1 s, not the 5 ms backoff
    expect(passages[0]?.anchor).toBe('critical-event-evaluation');
    expect(src.problems()).toEqual([expect.objectContaining({ kind: 'malformed-search' })]); // only the fixture's bad result
  });

  it('a page that answers 500 three times is reported; the other results are still returned', async () => {
    const server = await site({ [MFA_PATH]: (_req, res) => send(res, 500, 'boom') });
    const src = source(server, { retries: 2 });
    const passages = await src.search('authentication critical events');
    expect(server.count(MFA_PATH)).toBe(3);
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.every((p) => p.url.startsWith(CAE))).toBe(true);
    const problem = src.problems().find((p) => p.kind === 'http');
    expect(problem).toMatchObject({ status: 500, url: `${server.origin}${MFA_PATH}` });
    expect(problem?.message).toMatch(/HTTP 500 after 3 attempts/);
    expect(src.unavailable).toBeUndefined();
  });

  it('a search endpoint that answers 503 every time: [] and a problem, not unavailable', async () => {
    const server = await site({ '/api/search': (_req, res) => send(res, 503, 'down') });
    const src = source(server, { retries: 1 });
    expect(await src.search('critical events')).toEqual([]);
    expect(server.count('/api/search')).toBe(2);
    expect(src.problems()).toEqual([expect.objectContaining({ kind: 'http', status: 503 })]);
  });

  it('a slow page times out within the configured timeout; the rest is returned', async () => {
    const server = await site({
      [MFA_PATH]: async (_req, res) => {
        await new Promise((r) => setTimeout(r, 3000));
        send(res, 200, fixture('pages/mfa.html'));
      },
    });
    const src = source(server, { timeoutMs: 300 });
    const t0 = Date.now();
    const passages = await src.search('critical events');
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(passages[0]?.url).toBe(`${CAE}#critical-event-evaluation`);
    expect(src.problems()).toContainEqual(expect.objectContaining({ kind: 'timeout', message: expect.stringContaining('timed out after 300 ms') }));
    expect(server.count(MFA_PATH)).toBe(1); // a timeout is not retried
  });

  it('a search endpoint that does not answer in time makes the source unavailable (ENETWORK)', async () => {
    const server = await site({ '/api/search': () => new Promise((r) => setTimeout(r, 3000)) });
    const src = source(server, { timeoutMs: 200 });
    const t0 = Date.now();
    expect(await src.search('critical events')).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(1200);
    expect(src.unavailable?.error.code).toBe('ENETWORK');
    expect(src.unavailable?.reason).toMatch(/^127\.0\.0\.1:\d+ is unreachable: timed out after 200 ms$/);
  });

  it('a body cut off mid-way by the timeout is a timeout, not a half page', async () => {
    const server = await site({
      [CAE_PATH]: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write(fixture('pages/cae.html').slice(0, 500)); // and never end
      },
    });
    const src = source(server, { timeoutMs: 300 });
    const passages = await src.search('authentication methods');
    expect(passages.every((p) => p.url.startsWith(MFA))).toBe(true);
    expect(src.problems()).toContainEqual(expect.objectContaining({ kind: 'timeout', url: `${server.origin}${CAE_PATH}` }));
  });
});

describe('LearnOnlineSource: malformed responses', () => {
  it('search JSON that does not parse: [] and a malformed-json problem', async () => {
    const server = await site({ '/api/search': (_req, res) => send(res, 200, '{"results": [ {"title": "x", ', 'application/json') });
    const src = source(server);
    expect(await src.search('critical events')).toEqual([]);
    expect(await src.findTerm('cp1')).toEqual([]);
    expect(src.problems()[0]).toMatchObject({ kind: 'malformed-json', message: expect.stringContaining('the search response is not JSON') });
  });

  it('JSON of the wrong shape: [] and a malformed-search problem naming what is missing', async () => {
    const server = await site({ '/api/search': (_req, res) => send(res, 200, JSON.stringify({ items: [] }), 'application/json') });
    const src = source(server);
    expect(await src.search('critical events')).toEqual([]);
    expect(src.problems()[0]).toMatchObject({ kind: 'malformed-search', message: expect.stringContaining('no results array') });
  });

  it('a page that is not HTML, or has an unterminated heading, is a malformed-html problem; other pages count', async () => {
    const server = await site({
      [MFA_PATH]: (_req, res) => send(res, 200, fixture('pages/not-html.txt'), 'text/plain'),
      [CAE_PATH]: (_req, res) => send(res, 200, '<html><body><main><h1>Broken</h1><p>text</p><h2 id="x">never closed'),
    });
    const src = source(server);
    expect(await src.search('critical events')).toEqual([]);
    const kinds = src
      .problems()
      .filter((p) => p.kind === 'malformed-html')
      .map((p) => p.message);
    expect(kinds).toEqual(
      expect.arrayContaining([expect.stringMatching(/concept-mfa-howitworks: not an HTML page/), expect.stringMatching(/concept-continuous-access-evaluation: unterminated <h2> heading/)]),
    );
  });

  it('a result pointing at a missing page (404) is reported and skipped', async () => {
    const server = await site({ [MFA_PATH]: (_req, res) => send(res, 404, 'gone') });
    const src = source(server);
    const passages = await src.search('critical events authentication');
    expect(passages.length).toBeGreaterThan(0);
    expect(src.problems()).toContainEqual(expect.objectContaining({ kind: 'http', status: 404 }));
    expect(server.count(MFA_PATH)).toBe(1); // 404 is not retried
  });
});

describe('LearnOnlineSource: unreachable network', () => {
  it('one ENETWORK error, the source marked unavailable, later calls return [] without a request', async () => {
    const port = await deadPort();
    const errors: ClaimcheckError[] = [];
    const src = source(`http://127.0.0.1:${port}`, { onUnavailable: (e) => errors.push(e) });
    const results = await Promise.all([src.search('critical events'), src.findTerm('cp1'), src.search('token lifetime')]);
    expect(results).toEqual([[], [], []]);
    expect(errors).toHaveLength(1);
    const err = errors[0]!;
    expect(err).toBeInstanceOf(ClaimcheckError);
    expect(err.code).toBe('ENETWORK');
    expect(err.message).toMatch(new RegExp(`^127\\.0\\.0\\.1:${port} is unreachable: ECONNREFUSED`));
    expect(err.format().split('\n')[0]).toBe(err.message); // one line (+ hint)
    expect(src.unavailable?.error).toBe(err);
    const sent = src.http.sent;
    expect(await src.search('multifactor')).toEqual([]);
    expect(await src.findTerm('signInActivity')).toEqual([]);
    expect(src.http.sent).toBe(sent);
    expect(errors).toHaveLength(1);
    expect(sent).toBeLessThanOrEqual(3); // connection refused is not retried
  });

  it('names the proxy problem in the hint when a proxy is set that this Node ignores', async () => {
    const port = await deadPort();
    const before = process.env.HTTPS_PROXY;
    process.env.HTTPS_PROXY = 'http://proxy.corp.invalid:8080';
    cleanups.push(() => (before === undefined ? delete process.env.HTTPS_PROXY : (process.env.HTTPS_PROXY = before)));
    const src = source(`http://127.0.0.1:${port}`);
    await src.search('critical events');
    expect(src.unavailable?.error.hint).toMatch(/proxy is set in the environment/);
    expect(src.notes()).toEqual([expect.stringMatching(/^learn-online unavailable: 127\.0\.0\.1:\d+ is unreachable: ECONNREFUSED/)]);
  });
});

describe('LearnOnlineSource: notes for the report', () => {
  it('lists each problem once, prefixed with the source name', async () => {
    const server = await site({ [MFA_PATH]: (_req, res) => send(res, 500, 'boom') });
    const src = source(server, { retries: 1 });
    await src.search('critical events');
    await src.search('critical events');
    expect(src.notes()).toEqual([
      expect.stringMatching(/^learn-online: 2 search results without a usable title and Learn url were skipped$/),
      `learn-online: ${server.origin}${MFA_PATH}: HTTP 500 after 2 attempts`,
    ]);
  });
});
