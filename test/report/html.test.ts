import { describe, expect, it } from 'vitest';
import { htmlFormatter } from '../../src/report/formatters/html.js';
import { articleView, highlight, type Placed } from '../../src/report/html-article.js';
import { jsonForScript } from '../../src/report/escape.js';
import { fixtureArticle, fixtureLedger } from './fixture.js';

const ledger = fixtureLedger();
const placed = (id: string, start: number, end: number): Placed => ({
  claim: { ...ledger.claims[0]!, id, status: 'verified' },
  start,
  end,
});

describe('html: highlighting spans', () => {
  it('nests a span inside another', () => {
    const html = highlight('abcdefgh', [placed('c-00000001', 1, 7), placed('c-00000002', 3, 5)]);
    expect(html.replace(/<mark [^>]*data-id="([^"]+)"[^>]*>/gu, '[$1').replace(/<\/mark>/gu, ']')).toBe('a[c-00000001bc[c-00000002de]fg]h');
  });

  it('splits a span that crosses another into a continuation fragment', () => {
    const html = highlight('abcdefgh', [placed('c-00000001', 1, 5), placed('c-00000002', 3, 7)]);
    const shape = html.replace(/<mark [^>]*data-id="([^"]+)"[^>]*>/gu, (m, id: string) => `[${id.slice(-1)}${m.includes(' cont"') ? '+' : ''}`).replace(/<\/mark>/gu, ']');
    expect(shape).toBe('a[1bc[2de]][2+fg]h');
    // exactly one focusable fragment per claim
    expect(html.match(/tabindex="0"/gu)).toHaveLength(2);
  });

  it('handles spans that start or end together', () => {
    const html = highlight('abcdef', [placed('c-00000001', 0, 6), placed('c-00000002', 0, 3), placed('c-00000003', 3, 6)]);
    expect(html.replace(/<mark [^>]*data-id="([^"]+)"[^>]*>/gu, (_m, id: string) => `[${id.slice(-1)}`).replace(/<\/mark>/gu, ']')).toBe('[1[2abc][3def]]');
  });

  it('escapes the text between and inside marks', () => {
    const html = highlight('<b>&</b>', [placed('c-00000001', 0, 3)]);
    expect(html).toMatch(/^<mark [^>]+>&lt;b&gt;<\/mark>&amp;&lt;\/b&gt;$/u);
  });

  it('places claims by span only when the quote still matches; rebuilds the text from quotes without an article', () => {
    const text = fixtureArticle();
    const view = articleView(
      ledger.claims.filter((c) => c.removed !== true),
      `${text.slice(0, 30)}XX${text.slice(30)}`,
    );
    expect(view.placed.length + view.unplaced.length).toBe(14);
    expect(view.unplaced.length).toBeGreaterThan(0); // everything after offset 30 moved
    const rebuilt = articleView(
      ledger.claims.filter((c) => c.removed !== true),
      undefined,
    );
    expect(rebuilt.reconstructed).toBe(true);
    expect(rebuilt.placed).toHaveLength(14);
    for (const p of rebuilt.placed) expect(rebuilt.text.slice(p.start, p.end)).toBe(p.claim.quote);
    expect(rebuilt.text.startsWith('Latch codes overview\n\n')).toBe(true);
  });
});

describe('html: escaping', () => {
  const html = htmlFormatter.render(ledger, { toolVersion: '9.9.9', articleText: fixtureArticle() });

  it("never emits the article's or the ledger's markup", () => {
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<!-- in the tenant');
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    // exactly the two script elements of the page itself
    expect(html.match(/<script/gu)).toHaveLength(2);
    expect(html.match(/<\/script/gu)).toHaveLength(2);
  });

  it('embeds claim data as JSON that cannot close its script element', () => {
    const s = jsonForScript({ a: '</script><!-- & \u2028' });
    expect(s).not.toMatch(/[<>&\u2028]/u);
    expect(JSON.parse(s)).toEqual({ a: '</script><!-- & \u2028' });
  });

  it('is self-contained: no external URLs in src/href attributes, a CSP that forbids fetching', () => {
    expect(html).not.toMatch(/<[a-z][^>]*\s(?:src|href)=/iu);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/u);
    expect(html).not.toMatch(/@import|url\(/u);
  });

  it('shows the summary counts', () => {
    expect(html).toContain('<b data-count="unverified">6</b>');
    expect(html).toContain('<b data-count="verified">3</b>');
    expect(html).toContain('14 claims, 12 checkworthy');
  });
});
