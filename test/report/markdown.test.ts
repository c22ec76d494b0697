import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Ledger } from '../../src/schema/index.js';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { markdownFormatter } from '../../src/report/formatters/markdown.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { claimByQuote, fixtureLedger } from './fixture.js';

const ledger = fixtureLedger();
const out = markdownFormatter.render(ledger, { toolVersion: '9.9.9' });
// Read the report back with a real CommonMark + GFM parser: escaping is right when the text survives the round trip.
// A minimal view of mdast nodes (only what these tests read).
interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
}
type Table = Node & { children: Node[] };
type Link = Node & { url: string };
const tree = unified().use(remarkParse).use(remarkGfm).parse(out) as unknown as Node;

function all<T extends Node = Node>(node: Node, type: string): T[] {
  const found: T[] = [];
  const walk = (n: Node): void => {
    if (n.type === type) found.push(n as T);
    for (const ch of n.children ?? []) walk(ch);
  };
  walk(node);
  return found;
}

/** The text a reader sees: text and inline-code values, concatenated. */
function textOf(node: Node): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

const tables = all<Table>(tree, 'table');
const cells = (t: Table): string[][] => t.children.map((row) => (row.children ?? []).map((cell) => textOf(cell)));

describe('markdown formatter', () => {
  it('has a summary table by status, then one table per section', () => {
    expect(tables).toHaveLength(4);
    expect(cells(tables[0]!)).toEqual([
      ['Status', 'Claims'],
      ['verified', '3'],
      ['partly-verified', '2'],
      ['contradicted', '1'],
      ['unverified', '6'],
      ['not-checkable', '2'],
      ['total (12 checkworthy)', '14'],
    ]);
    const headings = all(tree, 'heading').map((h) => textOf(h));
    expect(headings).toEqual(['claimcheck report: Latch codes overview', 'Summary', 'Latch codes overview', 'Latch codes overview › Token structure', 'Latch codes overview › Operations']);
    // header + 3, 6 and 5 claims; the removed claim is not there
    expect(tables.slice(1).map((t) => t.children.length)).toEqual([4, 7, 6]);
    expect(out).not.toContain('rotate every hour');
  });

  it('has the columns id, line, status, claim, evidence, reason', () => {
    const [header, first] = cells(tables[1]!);
    expect(header).toEqual(['Id', 'Line', 'Status', 'Claim', 'Evidence', 'Reason']);
    expect(first).toEqual(['c-1b61c19e', '3:1', 'verified', 'Microsoft Entra ID issues access tokens as JSON Web Tokens.', 'Access tokens in the Microsoft identity platform', '']);
  });

  it('escapes | and markdown specials so the hostile claim is one cell of plain text', () => {
    const hostile = claimByQuote(ledger, 'Run `Get-Latch');
    const row = cells(tables[3]!).find((r) => r[0] === hostile.id);
    expect(row).toBeDefined();
    expect(row).toHaveLength(6);
    expect(row![3]).toBe(hostile.text);
    expect(row![5]).toBe(`${hostile.findings[0]!.message} (identifier-exists)`);
    // no raw HTML, inline code or emphasis made it through
    expect(all(tree, 'html')).toHaveLength(0);
    expect(all(tree, 'inlineCode').map((n) => textOf(n))).toEqual([
      'c-1b61c19e',
      'c-846dd7c1',
      'c-29d319e1',
      'c-8e40d277',
      'c-cf590c94',
      'c-45415ea5',
      'c-40e47b66',
      'c-2a0c2865',
      'c-1af1a141',
      'c-8812b435',
      'javascript:window.__pwned=3', // a non-web evidence URL is shown as code, never linked
      'c-259d680c',
      'c-9019e82e',
      'c-4a8fd115',
      'c-f13ac06a',
    ]);
    expect(all(tree, 'emphasis')).toHaveLength(0);
    expect(out).toContain('Run \\`Get-Latch \\| Format-Table\\` to list \\*every\\* code \\<script>');
  });

  it('links only http(s) evidence, with the stance when it is not "supports"', () => {
    const links = all<Link>(tree, 'link');
    expect(links.every((l) => l.url.startsWith('https://'))).toBe(true);
    expect(links.map((l) => l.url)).toContain('https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens#validate-the-issuer');
    expect(links.some((l) => l.url.startsWith('javascript:'))).toBe(false);
    expect(out).toContain('[identityContainer resource type](https://learn.microsoft.com/en-us/graph/api/resources/identitycontainer?view=graph-rest-1.0) (refutes)');
  });

  it('marks reviewer verdicts, stale claims and failing statuses', () => {
    const statusOf = (id: string): string | undefined =>
      tables
        .slice(1)
        .flatMap(cells)
        .find((r) => r[0] === id)?.[2];
    expect(statusOf(claimByQuote(ledger, 'The v2.0 endpoint').id)).toBe('verified (reviewer ana)');
    expect(statusOf(claimByQuote(ledger, 'the aud claim').id)).toBe('partly-verified (stale)');
    expect(out).toContain('| **contradicted** |');
  });

  it('--quiet keeps only the failing claims', () => {
    const quiet = markdownFormatter.render(ledger, { toolVersion: '9.9.9', quiet: true });
    const rows = quiet.split('\n').filter((l) => l.startsWith('| `c-'));
    expect(rows).toHaveLength(7);
    expect(quiet).toContain('_Only unverified and contradicted claims are listed (7 of 14)._');
  });

  it('round-trips every URL: each evidence URL comes back whole as a link target, and no target is cut', () => {
    const links = all<Link>(tree, 'link').map((l) => l.url);
    const live = ledger.claims.filter((c) => c.removed !== true);
    const evidence = live.flatMap((c) => c.evidence.map((e) => e.url).filter((u) => /^https?:/u.test(u)));
    for (const url of evidence) expect(links).toContain(url);
    // anything else linked is a reading-list page (an evidence URL without its anchor) or a URL written in a claim or note
    const written = live.map((c) => `${c.text} ${c.note ?? ''}`).join(' ');
    for (const url of links) expect(evidence.some((e) => e === url || e.split('#')[0] === url) || written.includes(url), url).toBe(true);
    // text that holds a URL (a claim about an issuer) reads back unchanged, not cut by an escape
    const issuer = claimByQuote(ledger, 'The v2.0 endpoint');
    expect(
      tables
        .slice(1)
        .flatMap(cells)
        .find((r) => r[0] === issuer.id)?.[3],
    ).toBe(issuer.text);
  });

  it('round-trips URLs with #, parentheses, backslashes, stars, backticks and underscores; shows a URL with a space as code', () => {
    const odd = fixtureLedger();
    const urls = [
      'https://learn.microsoft.com/en-us/entra/fundamentals/new-name#what-names-are-changing',
      'https://en.wikipedia.org/wiki/JSON_Web_Token_(JWT)#Structure',
      'https://example.org/with\\back_slash_?q=a|b&x=%3Cy%3E',
      'https://example.org/*star*/`tick`/[x]',
    ];
    const spaced = 'https://example.org/a path';
    const c = odd.claims.find((x) => x.removed !== true && x.evidence.length === 0)!;
    c.evidence = [...urls, spaced].map((url, i) => ({ url, stance: 'supports' as const, source: 'test', title: `page ${i} | [x] *y*`, passage: `Passage ${i} with \`code\` and more.` }));
    c.note = `see ${urls[0]} and ${urls[1]}`;
    const md = markdownFormatter.render(odd, { toolVersion: '1' });
    const back = unified().use(remarkParse).use(remarkGfm).parse(md) as unknown as Node;
    const links = all<Link>(back, 'link');
    for (const url of urls) expect(links.filter((l) => l.url === url && textOf(l).startsWith('page ')).length, url).toBe(2); // table cell and passage list
    expect(links.map((l) => textOf(l))).toContain('page 1 | [x] *y*');
    expect(links.some((l) => l.url.includes(' '))).toBe(false);
    expect(all(back, 'inlineCode').map((n) => textOf(n))).toContain(spaced);
    const quotes = all(back, 'blockquote').map((q) => textOf(q));
    for (let i = 0; i <= urls.length; i++) expect(quotes).toContain(`Passage ${i} with \`code\` and more.`); // verbatim: a passage is text, not Markdown
    const row = all<Table>(back, 'table')
      .flatMap(cells)
      .find((r) => r[0] === c.id)!;
    expect(row[5]).toContain(`Note: see ${urls[0]} and ${urls[1]}`);
  });

  it('lists each evidence passage under its section, when the ledger keeps one', () => {
    expect(all(tree, 'blockquote')).toHaveLength(ledger.claims.flatMap((c) => c.evidence).filter((e) => e.passage).length);
  });

  it('escapeMarkdown flattens newlines', () => {
    expect(escapeMarkdown('a\nb | c')).toBe('a b \\| c');
  });
});

describe('markdown report of the bundled article', () => {
  it('gives back every evidence URL of the reviewed ledger as a link target, whole', () => {
    const root = new URL('../../', import.meta.url);
    const big = Ledger.parse(parse(readFileSync(new URL('claims/azure-latch-codes.yaml', root), 'utf8')));
    const md = markdownFormatter.render(big, { toolVersion: '1' });
    const back = unified().use(remarkParse).use(remarkGfm).parse(md) as unknown as Node;
    const targets = new Set(all<Link>(back, 'link').map((l) => l.url));
    const urls = big.claims.filter((c) => c.removed !== true).flatMap((c) => c.evidence.map((e) => e.url).filter((u) => /^https?:\/\/\S+$/u.test(u)));
    expect(urls.length).toBeGreaterThan(50);
    for (const url of urls) expect(targets.has(url), url).toBe(true);
    expect(md).not.toMatch(/\]\([^)]*\\#/u); // no escaped anchor inside a link destination
  });
});
