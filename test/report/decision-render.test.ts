import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Claim, Ledger } from '../../src/schema/index.js';
import { terminalFormatter } from '../../src/report/formatters/terminal.js';
import { markdownFormatter } from '../../src/report/formatters/markdown.js';
import { htmlFormatter } from '../../src/report/formatters/html.js';
import { verdictLine } from '../../src/report/decision/index.js';
import { saveLedger, summariseDir } from '../../src/ledger/index.js';
import { claim, inventedConceptLedger, ledger, supports, unknownName } from '../fixtures/decision/build.js';

const render = (l: Ledger, width = 80): string => terminalFormatter.render(l, { toolVersion: '1', width, color: false });
/** The decision block: from the line after the header to the first blank line after it. */
function block(out: string): string[] {
  const lines = out.split('\n');
  const end = lines.indexOf('', 3);
  return lines.slice(3, end);
}
const columns = (s: string): number => [...s].length;

// Recounts straight from the ledger, independent of src/report/decision.
const UNKNOWN = new Set(['product-term/unknown-name', 'identifier-exists/unknown-identifier', 'dependency/inherits-unknown', 'dependency/inherits-antecedent']);
const cw = (l: Ledger): Claim[] => l.claims.filter((c) => c.removed !== true && c.checkworthy);
function restingOn(l: Ledger, pattern: RegExp): number {
  return cw(l).filter((c) => c.entities.some((e) => pattern.test(e.text)) || c.findings.some((f) => UNKNOWN.has(`${f.checker}/${f.messageId}`) && pattern.test(f.subject))).length;
}
const positionsOf = (claims: Claim[]): string[] => claims.map((c) => `${c.span.line}:${c.span.column}`);

describe('terminal decision block', () => {
  const l = inventedConceptLedger();
  const out = render(l);
  const lines = block(out);
  const text = lines.join('\n').replace(/\n {2}/gu, ' ');

  it('comes right after the header, verdict first', () => {
    expect(out.split('\n')[2]).toBe('');
    expect(lines[0]).toMatch(/^Do not build on this article: its central concept “Contoso Widget Keys” is not/u);
  });

  it('every number in it is a count over the claims (or a claim position)', () => {
    let rest = text;
    const take = (re: RegExp, check: (m: RegExpExecArray) => void): void => {
      const m = re.exec(rest);
      expect(m, `${re} in\n${text}`).not.toBeNull();
      check(m!);
      rest = rest.replace(m![0], '');
    };
    const all = cw(l);
    take(/(\d+) of (\d+) checkworthy claims rest on it/u, (m) => {
      expect(Number(m[1])).toBe(restingOn(l, /widget key/iu));
      expect(Number(m[2])).toBe(all.length);
    });
    take(/Contoso Widget Keys \((\d+) claims\)/u, (m) => expect(Number(m[1])).toBe(restingOn(l, /widget key/iu)));
    take(/X-Widget-Key \((\d+) claim\)/u, (m) => expect(Number(m[1])).toBe(restingOn(l, /^X-Widget-Key$/u)));
    const verified = all.filter((c) => c.status === 'verified' && c.stale !== true);
    const pages = new Map<string, Set<string>>();
    for (const c of verified) for (const e of c.evidence) if (e.stance === 'supports') pages.set(e.url.split('#')[0]!, (pages.get(e.url.split('#')[0]!) ?? new Set()).add(c.id));
    take(/Build on: (\d+) verified claims, supported by (\d+) pages/u, (m) => {
      expect(Number(m[1])).toBe(verified.length);
      expect(Number(m[2])).toBe(pages.size);
    });
    take(/Access tokens — https:\/\/learn\.example\/tokens \((\d+) claims\)/u, (m) => expect(Number(m[1])).toBe(pages.get('https://learn.example/tokens')?.size));
    take(/JSON Web Tokens — https:\/\/learn\.example\/jwt \((\d+) claim\)/u, (m) => expect(Number(m[1])).toBe(pages.get('https://learn.example/jwt')?.size));
    const stale = all.filter((c) => c.stale === true);
    const partly = all.filter((c) => c.status === 'partly-verified' && c.stale !== true);
    take(/Check before use: (\d+) stale verdict, (\d+) partly verified at ([\d:, ]+)/u, (m) => {
      expect(Number(m[1])).toBe(stale.length);
      expect(Number(m[2])).toBe(partly.length);
      expect(
        m[3]!
          .split(', ')
          .map((s) => s.trim())
          .sort(),
      ).toEqual(positionsOf([...stale, ...partly]).sort());
    });
    take(/partly supported by Signing keys \((\d+) claim\), Refresh tokens \((\d+) claim\)/u, (m) => {
      expect(Number(m[1])).toBe(partly.length);
      expect(Number(m[2])).toBe(stale.length);
    });
    const contradicted = all.filter((c) => c.status === 'contradicted');
    take(/(\d+) contradicted claim \(([\d:, ]+)\)/u, (m) => {
      expect(Number(m[1])).toBe(contradicted.length);
      expect(m[2]!.split(', ')).toEqual(positionsOf(contradicted));
    });
    take(/(\d+) unverified claims about unknown concepts/u, (m) => {
      expect(Number(m[1])).toBe(all.filter((c) => c.status === 'unverified' && c.findings.some((f) => UNKNOWN.has(`${f.checker}/${f.messageId}`))).length);
    });
    take(/(\d+) date or statistic without a source/u, (m) => {
      expect(Number(m[1])).toBe(all.filter((c) => (c.kind === 'statistic' || c.kind === 'date-roadmap') && c.status !== 'contradicted' && !c.evidence.some((e) => e.stance === 'supports')).length);
    });
    // nothing numeric left unaccounted for
    expect(rest, rest).not.toMatch(/\d/u);
  });

  it('fits the width, and the whole first screen (header + block) stays short', () => {
    for (const width of [40, 60, 80, 100, 160]) {
      for (const line of render(l, width).split('\n')) expect(columns(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
    }
    expect(lines.length + 3).toBeLessThanOrEqual(20);
  });

  it('fits 80 columns with long names and many concepts, and counts what it leaves out', () => {
    const long = 'Extremely Long Invented Platform Capability Name That Goes On And On';
    const claims = [
      ...Array.from({ length: 30 }, (_, i) =>
        claim({ entities: [`feature:Gizmo${String.fromCharCode(97 + (i % 26))}${i} Thing`], findings: [unknownName(`Gizmo${String.fromCharCode(97 + (i % 26))}${i} Thing`)] }),
      ),
      claim({ entities: [`feature:${long}`], findings: [unknownName(long)] }),
      claim({ status: 'verified', evidence: [supports(`https://learn.example/${'very-long-segment/'.repeat(8)}page`, 'A page title that is rather long, longer than most titles on Learn')] }),
    ];
    const out = render(ledger(claims));
    // every line fits but a line that is one whole URL: a URL is never cut (issue 20)
    for (const line of out.split('\n')) if (!/^ *https?:\/\/\S+$/u.test(line)) expect(columns(line), line).toBeLessThanOrEqual(80);
    expect(out.split('\n')).toContain(`    https://learn.example/${'very-long-segment/'.repeat(8)}page`);
    const head = block(out).join(' ');
    const shown = (head.match(/\(1 claim\)/gu) ?? []).length;
    const more = Number(/… and (\d+) more concepts/u.exec(head)?.[1]);
    // shown concepts + the page line + the counted rest = every unknown concept
    expect(shown - 1 + more).toBe(31);
  });

  it('says so when nothing is verified, checked or flagged', () => {
    const out = block(render(ledger([claim({ status: 'unverified' })])));
    expect(out).toContain('Build on: nothing; no claim is verified against the documentation');
    expect(out).toContain('Check before use: nothing');
    expect(out).toContain('Do not build on: nothing flagged');
    expect(out[0]).toBe('Largely unverified: only 0 of 1 checkworthy claim is verified against the');
  });

  it('drops control characters from ledger strings', () => {
    const out = render(ledger([claim({ entities: ['feature:Evil\u001b[31m Name'], findings: [unknownName('Evil\u001b[31m Name')] })]));
    expect(out).not.toMatch(/\u001b/u);
  });
});

describe('markdown decision block', () => {
  const out = markdownFormatter.render(inventedConceptLedger(), { toolVersion: '1' });
  interface Node {
    type: string;
    value?: string;
    url?: string;
    children?: Node[];
  }
  const tree = unified().use(remarkParse).parse(out) as unknown as Node;
  const all = (n: Node, type: string): Node[] => [...(n.type === type ? [n] : []), ...(n.children ?? []).flatMap((c) => all(c, type))];

  it('sits between the header and the summary table, as paragraphs and lists (no headings)', () => {
    const lines = out.split('\n');
    const at = lines.indexOf('## Summary');
    const decision = lines.slice(0, at).join('\n');
    expect(decision).toContain('**Decision:** Do not build on this article: its central concept “Contoso Widget Keys” is not in the documentation, and 5 of 10 checkworthy claims rest on it.');
    expect(decision).toContain('- Contoso Widget Keys: 5 claims');
    expect(decision).toContain('**Build on** (2 verified claims on 2 pages; read these instead of the article):');
    expect(all(tree, 'heading').map((h) => h.children?.map((c) => c.value).join(''))[1]).toBe('Summary');
  });

  it('links the reading list', () => {
    const urls = all(tree, 'link').map((n) => n.url);
    expect(urls).toContain('https://learn.example/tokens');
    expect(urls).toContain('https://learn.example/jwt');
  });

  it('escapes hostile names and titles', () => {
    const hostile = ledger([
      claim({ entities: ['feature:<b>Bold</b> *Widget*'], findings: [unknownName('<b>Bold</b> *Widget*')] }),
      claim({ status: 'verified', evidence: [supports('https://learn.example/x', '[click](javascript:alert(1))')] }),
      claim({ status: 'verified', evidence: [supports('javascript:alert(1)', 'bad')] }),
    ]);
    const md = markdownFormatter.render(hostile, { toolVersion: '1' });
    const t = unified().use(remarkParse).parse(md) as unknown as Node;
    expect(all(t, 'html')).toHaveLength(0);
    expect(all(t, 'emphasis')).toHaveLength(0);
    expect(all(t, 'link').map((n) => n.url)).toEqual(['https://learn.example/x', 'https://learn.example/x']);
  });
});

describe('html decision panel', () => {
  const hostile = ledger([
    claim({ text: 'x </section><script>alert(1)</script>', entities: ['feature:<img src=x onerror=alert(1)> Widget'], findings: [unknownName('<img src=x onerror=alert(1)> Widget')] }),
    claim({ status: 'verified', evidence: [supports('https://learn.example/x?a=1&b="2"', '"><script>alert(2)</script>')] }),
    claim({ status: 'verified', evidence: [supports('javascript:alert(3)', 'not a link')] }),
  ]);
  const html = htmlFormatter.render(hostile, { toolVersion: '1' });
  const panel = html.slice(html.indexOf('<section class="decision'), html.indexOf('</section>', html.indexOf('<section class="decision')) + 10);

  it('sits above the article', () => {
    expect(panel.length).toBeGreaterThan(100);
    expect(html.indexOf('<section class="decision')).toBeLessThan(html.indexOf('id="article"'));
    expect(panel).toContain('<p class="verdict" data-rule="central-concept-unknown">');
  });

  it('escapes every ledger string and puts no href or src in the static markup', () => {
    expect(panel).not.toMatch(/<script|<img/iu);
    expect(panel).toContain('&lt;img src=x onerror=alert(1)&gt; Widget');
    expect(panel).toContain('&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(panel).toContain('data-link="https://learn.example/x?a=1&amp;b=&quot;2&quot;"');
    expect(panel).not.toMatch(/<[a-z][^>]*\s(?:href|src)=/iu);
    // a non-http URL never becomes a link target
    expect(panel).not.toContain('data-link="javascript:');
  });

  it('opens claims in the side panel through buttons the page script already handles', () => {
    const ids = [...panel.matchAll(/<button type="button" data-id="([^"]+)"/gu)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(hostile.claims.some((c) => c.id === id)).toBe(true);
  });
});

describe('claimcheck status verdict', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-decision-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('summariseDir carries the same one-line verdict as the reports', async () => {
    const l = inventedConceptLedger();
    await saveLedger(join(dir, 'fixture.yaml'), l);
    const [entry] = await summariseDir(dir, verdictLine);
    expect(entry && 'summary' in entry ? entry.summary.verdict : undefined).toBe(verdictLine(l));
    expect(render(l).split('\n').slice(3).join(' ').replace(/\s+/gu, ' ')).toContain(verdictLine(l));
    // without the report stage's function, the ledger stage adds nothing
    const [plain] = await summariseDir(dir);
    expect(plain && 'summary' in plain ? 'verdict' in plain.summary : true).toBe(false);
  });
});
