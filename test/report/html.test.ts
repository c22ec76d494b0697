import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlFormatter } from '../../src/report/formatters/html.js';
import { articleView } from '../../src/report/html-article.js';
import { sourceOffsets, type PlacedPiece } from '../../src/report/html-marks.js';
import { markdownTree, renderArticle, textTree } from '../../src/report/html-render-article.js';
import { jsonForScript } from '../../src/report/escape.js';
import { fixtureArticle, fixtureLedger } from './fixture.js';

const ledger = fixtureLedger();
const placed = (id: string, start: number, end: number): PlacedPiece => ({ claim: { ...ledger.claims[0]!, id, status: 'verified' }, start, end });
/** Marks as brackets: `[1` opens claim …1 (`[1+` a continuation), `]` closes. */
const shape = (html: string): string =>
  html
    .replace(/<mark [^>]*data-id="([^"]+)"[^>]*>/gu, (m, id: string) => `[${id.slice(-1)}${m.includes(' cont"') ? '+' : ''}`)
    .replace(/<\/mark>/gu, ']')
    .replace(/<\/?p>/gu, '');
const plain = (text: string, pieces: PlacedPiece[]): string => renderArticle(textTree(text, [{ type: 'paragraph', start: 0, end: text.length }]), text, pieces);

describe('html: marking claims in the rendered article', () => {
  it('nests a span inside another, the outer control closed before the inner one (no control within a control)', () => {
    expect(shape(plain('abcdefgh', [placed('c-00000001', 1, 7), placed('c-00000002', 3, 5)]))).toBe('a[1bc][1+[2de]fg]h');
  });

  it('splits a span that crosses another into a continuation fragment; one focusable fragment per claim', () => {
    const html = plain('abcdefgh', [placed('c-00000001', 1, 5), placed('c-00000002', 3, 7)]);
    expect(shape(html)).toBe('a[1bc][1+[2de]][2+fg]h');
    expect(html.match(/tabindex="0"/gu)).toHaveLength(2);
  });

  it('handles spans that start or end together', () => {
    expect(shape(plain('abcdef', [placed('c-00000001', 0, 6), placed('c-00000002', 0, 3), placed('c-00000003', 3, 6)]))).toBe('[1[2abc]][1+[3def]]'); // covered whole by the others: its control holds one of them (still reachable)
  });

  it('gives a claim that starts with another its control after the inner one ends, so no control sits in another', () => {
    const html = plain('abcdef', [placed('c-00000001', 0, 6), placed('c-00000002', 0, 3)]);
    expect(shape(html)).toBe('[1+[2abc]][1def]');
    expect(html.match(/tabindex="0"/gu)).toHaveLength(2);
  });

  it('for any spans: the text is kept, no mark is empty, and each claim has exactly one control', () => {
    const text = 'abcdefghijklmnop';
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(15), fc.integer({ min: 1, max: 16 })), { minLength: 1, maxLength: 6 }), (spans) => {
        const pieces = spans.map(([a, len], i) => placed(`c-0000000${i}`, a, Math.min(16, a + len)));
        const html = plain(text, pieces);
        expect(html.replace(/<[^>]+>/gu, '')).toBe(text);
        expect(html).not.toMatch(/<mark [^>]*><\/mark>/u);
        for (const p of pieces) expect(html.match(new RegExp(`data-id="${p.claim.id}"[^>]*tabindex="0"`, 'gu')) ?? [], p.claim.id).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it('maps source offsets through Markdown: a claim across emphasis, code and an escape is marked on exactly its words', () => {
    const text = 'Intro. The **bold** call `run()` returns \\*stars\\* fast. Outro.';
    const start = text.indexOf('The');
    const end = text.indexOf(' Outro');
    const html = renderArticle(markdownTree(text), text, [placed('c-00000001', start, end)]);
    expect(html).toContain('<strong><mark');
    expect(html).toContain('<code><mark');
    // the words outside the claim are not marked; inside, every text piece is
    expect(shape(html)).toBe('Intro. [1The ]<strong>[1+bold]</strong>[1+ call ]<code>[1+run()]</code>[1+ returns *stars* fast.] Outro.');
    expect(html.match(/tabindex="0"/gu)).toHaveLength(1);
  });

  it('sourceOffsets aligns rendered text with the source it came from', () => {
    expect(sourceOffsets('a*b', 'a\\*b', 10)).toEqual([10, 12, 13, 14]);
    expect(sourceOffsets('abc', 'abc', 5)).toEqual([5, 6, 7, 8]);
  });

  it('places claims by span only when the quote still matches; rebuilds the text from quotes without an article', () => {
    const text = fixtureArticle();
    const live = ledger.claims.filter((c) => c.removed !== true);
    const view = articleView(live, `${text.slice(0, 30)}XX${text.slice(30)}`);
    expect(view.placed.length + view.unplaced.length).toBe(14);
    expect(view.unplaced.length).toBeGreaterThan(0);
    const rebuilt = articleView(live, undefined);
    expect(rebuilt.reconstructed).toBe(true);
    expect(rebuilt.placed).toHaveLength(14);
    for (const p of rebuilt.placed) expect(rebuilt.text.slice(p.start, p.end)).toBe(p.claim.quote);
  });
});

describe('html: the page', () => {
  const html = htmlFormatter.render(ledger, { toolVersion: '9.9.9', articleText: fixtureArticle() });
  const live = ledger.claims.filter((c) => c.removed !== true);

  it('renders the Markdown article as HTML: headings, not raw markup', () => {
    expect(html).toMatch(/<h1>(<mark [^>]*>)?Latch codes overview/u);
    expect(html).not.toContain('# Latch codes overview');
    expect(html).toContain('<code>');
  });

  it("never emits the article's or the ledger's markup", () => {
    // outside attribute values (where `<` is only text), no tag from the data
    const markup = html.replace(/"[^"]*"/gu, '""');
    expect(markup).not.toContain('<script>window.__pwned');
    expect(markup).not.toContain('<img');
    expect(markup).not.toMatch(/<[^>]*\son[a-z]+=/u);
    expect(html).toContain('&#x3C;script>'); // the article's raw HTML, shown as text
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;window.__pwned=2&lt;/script&gt;'); // a finding, escaped
    expect(markup.match(/<script/gu)).toHaveLength(1);
    expect(markup.match(/<\/script/gu)).toHaveLength(1);
  });

  it('jsonForScript cannot close its script element', () => {
    const s = jsonForScript({ a: '</script><!-- & \u2028' });
    expect(s).not.toMatch(/[<>&\u2028]/u);
    expect(JSON.parse(s)).toEqual({ a: '</script><!-- & \u2028' });
  });

  it('is self-contained with a strict CSP: no src attributes, only http(s) links, style and script by hash', () => {
    expect(html).not.toMatch(/<[a-z][^>]*\ssrc=/iu);
    for (const [, href] of html.matchAll(/\shref="([^"]*)"/gu)) expect(href, href).toMatch(/^(https?:\/\/|#)/u);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(html)?.[1]?.replace(/&#39;/gu, "'") ?? '';
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+';/u);
    expect(csp).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/@import|url\(/u);
  });

  it('has every claim and its evidence links in the page itself (no script needed)', () => {
    for (const c of live) {
      expect(html).toContain(`id="d-${c.id}"`);
      for (const e of c.evidence) if (/^https?:/u.test(e.url)) expect(html).toContain(`href="${e.url.replace(/&/gu, '&amp;')}"`);
    }
  });

  it('shows the summary counts', () => {
    expect(html).toContain('<b data-count="unverified">6</b>');
    expect(html).toContain('<b data-count="verified">3</b>');
    expect(html).toContain('14 claims, 12 checkworthy');
  });
});

describe('html: nodes out of source order', () => {
  it('marks a claim inside a footnote the renderer moves to the end', () => {
    const text = 'Body text[^1] here.\n\n[^1]: The footnote claim is here.\n';
    const start = text.indexOf('The footnote');
    const html = renderArticle(markdownTree(text), text, [placed('c-0000000f', start, start + 'The footnote claim'.length)]);
    expect(shape(html)).toContain('[fThe footnote claim]');
  });
});
