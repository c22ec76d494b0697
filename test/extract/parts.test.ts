import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.js';
import { extractClaims } from '../../src/extract/index.js';
import { Claim, type Ledger, keptQuote, type Claim as ClaimT } from '../../src/schema/index.js';
import { sarifFormatter } from '../../src/report/formatters/sarif.js';
import { articleView } from '../../src/report/html-article.js';
import { markdownTree, renderArticle } from '../../src/report/html-render-article.js';
import { sarifValidator } from '../report/ajv.js';

const claimsOf = (text: string) => extractClaims(ingestText(text, 'a.md'));

/** The claim whose text is exactly `text`. */
function byText(claims: ClaimT[], text: string): ClaimT {
  const c = claims.find((x) => x.text === text);
  if (!c) throw new Error(`no claim "${text}" among: ${claims.map((x) => x.text).join(' | ')}`);
  return c;
}

describe('claims whose kept words are not contiguous carry their pieces', () => {
  const article = 'When `loadProfile()` fails due to a stale widget cache, the runtime calls `loadProfileAgain()` with a clean state.\n';
  const claims = claimsOf(article);
  const core = byText(claims, 'When `loadProfile()` fails, the runtime calls `loadProfileAgain()` with a clean state.');

  it('a cause cut from the middle leaves two pieces, and the cut words are in neither', () => {
    expect(core.parts).toHaveLength(2);
    const pieces = (core.parts ?? []).map((p) => article.slice(p.start, p.end));
    expect(pieces[0]).toBe('When `loadProfile()` fails');
    expect(pieces[1]).toBe('the runtime calls `loadProfileAgain()` with a clean state');
    expect(pieces.join(' ')).not.toMatch(/stale|widget|cache/);
    expect(keptQuote(core)).toBe('When `loadProfile()` fails … the runtime calls `loadProfileAgain()` with a clean state');
  });

  it('the span still runs from the first piece to the last, and quote is its exact slice', () => {
    expect(core.span.start).toBe(core.parts?.[0]?.start);
    expect(core.span.end).toBe(core.parts?.[1]?.end);
    expect(article.slice(core.span.start, core.span.end)).toBe(core.quote);
    expect(Claim.safeParse(core).success).toBe(true);
  });

  it('the whole sentence stays a claim of its own, with no pieces', () => {
    const whole = claims.find((c) => c.quote.includes('stale widget cache') && c.parts === undefined);
    expect(whole).toBeDefined();
  });

  it('entities named only in the cut words do not belong to the core claim', () => {
    const text = 'When `loadProfile()` fails due to the `X-Stale-Widget` header, the runtime calls `loadProfileAgain()` with a clean state.\n';
    const c = byText(claimsOf(text), 'When `loadProfile()` fails, the runtime calls `loadProfileAgain()` with a clean state.');
    expect(c.entities.map((e) => e.text)).not.toContain('X-Stale-Widget');
    expect(c.entities.map((e) => e.text).join(' ')).toMatch(/loadProfileAgain/);
  });

  it('pieces out of order or overlapping are refused by the schema', () => {
    const bad = {
      ...core,
      parts: [
        { start: 10, end: 20 },
        { start: 15, end: 30 },
      ],
    };
    expect(Claim.safeParse(bad).success).toBe(false);
  });

  it('SARIF gives one location per piece, each with its own snippet and position', () => {
    const ledger: Ledger = { article: 'a.md', articleSha256: 'x', checkedAt: '2026-12-01T00:00:00Z', sources: [], claims: [{ ...core, status: 'unverified' }] };
    const log = JSON.parse(sarifFormatter.render(ledger, { articleText: article, toolVersion: '0.0.0' })) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { region: { snippet: { text: string }; startColumn: number; charOffset: number } } }> }> }>;
    };
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const locs = log.runs[0]?.results[0]?.locations ?? [];
    expect(locs.map((l) => l.physicalLocation.region.snippet.text)).toEqual(['When `loadProfile()` fails', 'the runtime calls `loadProfileAgain()` with a clean state']);
    expect(locs[1]?.physicalLocation.region.charOffset).toBe(core.parts?.[1]?.start);
    expect(locs[1]?.physicalLocation.region.startColumn).toBe((core.parts?.[1]?.start ?? 0) + 1);
  });

  it('the HTML article marks each piece and leaves the cut words unmarked; only the first piece is focusable', () => {
    const view = articleView([core], article);
    const html = renderArticle(markdownTree(article), article, view.placed);
    // each piece is marked (a piece with inline code is marked node by node)
    expect(html.match(/<mark /g)?.length).toBeGreaterThanOrEqual(2);
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    expect(html).toMatch(/<\/mark> due to a stale widget cache, <mark /);
  });
});
