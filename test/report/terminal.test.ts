import { describe, expect, it } from 'vitest';
import { terminalFormatter } from '../../src/report/formatters/terminal.js';
import type { FormatOptions } from '../../src/report/index.js';
import { claimByQuote, columns, fixtureLedger } from './fixture.js';

const base: FormatOptions = { toolVersion: '9.9.9', width: 80, color: false };
const render = (options: Partial<FormatOptions> = {}, ledger = fixtureLedger()): string => terminalFormatter.render(ledger, { ...base, ...options });
const lines = (text: string): string[] => text.split('\n');
/** A line that is one whole URL (indented): the one kind of line allowed to run past the width, so that it is never cut. */
const isUrlLine = (line: string): boolean => /^ *https?:\/\/\S+$/u.test(line);
const fits = (line: string, width: number): boolean => isUrlLine(line) || columns(line) <= width;
// CSI colour codes and OSC 8 hyperlinks, which take no columns.
// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string): string => s.replace(/\u001b\]8;;[^\u001b]*\u001b\\/gu, '').replace(/\u001b\[[0-9;]*m/gu, '');

describe('terminal formatter', () => {
  it('fits 80 columns and has no ANSI at all with color: false', () => {
    const out = render();
    expect(out).not.toMatch(/\u001b/u);
    for (const line of lines(out)) expect(fits(line, 80), line).toBe(true);
  });

  it('fits narrower terminals too', () => {
    for (const width of [40, 60, 100]) {
      for (const line of lines(render({ width }))) expect(fits(line, width), `${width}: ${line}`).toBe(true);
    }
  });

  it('starts with the article path and what it was checked against', () => {
    const [first, second] = lines(render());
    expect(first).toBe('test/fixtures/report/latch-article.md');
    expect(second).toBe('checked 2026-11-24T10:00:00Z against entra-docs@15730cf, graph-v1.0@2026-11-01');
  });

  it('groups rows under section headings, in article order', () => {
    const out = lines(render());
    const headings = out.filter((l) => l.startsWith('Latch codes overview'));
    expect(headings).toEqual(['Latch codes overview', 'Latch codes overview › Token structure', 'Latch codes overview › Operations']);
    const rows = out.filter((l) => /^ {2}\d+:\d+ /u.test(l));
    expect(rows).toHaveLength(14);
    expect(rows.map((r) => r.trim().split(/\s+/u)[0])).toEqual(['3:1', '3:61', '3:115', '7:1', '7:98', '7:142', '7:176', '9:1', '9:34', '13:1', '13:117', '13:162', '13:228', '13:277']);
  });

  it('shows line:column, status, truncated claim and checker in aligned columns', () => {
    const out = lines(render());
    expect(out).toContain('  3:1     verified         Microsoft Entra ID issues access…   entra-docs');
    expect(out).toContain('  13:162  contradicted     Microsoft Graph exposes latch cod…  graph-path');
    expect(out).toContain('  7:142   partly-verified  The aud claim names the resource.   passage-support');
    expect(out).toContain('  3:115   not-checkable    You should rotate secrets regular…  -');
  });

  it('puts the reason under failing claims and the top evidence URL under verified ones', () => {
    const out = lines(render());
    const at = (prefix: string): number => out.findIndex((l) => l.startsWith(prefix));
    expect(out[at('  13:162') + 1]).toBe('          ↳ identityContainer has no segment "latchCodes" in the v1.0 metadata…');
    // a URL that does not fit beside the arrow gets a line of its own, whole
    expect(out[at('  3:1 ') + 1]).toBe('    https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens');
    expect(out[at('  7:1 ') + 1]).toBe('          ↳ reviewer ana');
    expect(out[at('  7:1 ') + 2]).toBe('    https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens#validate-the-issuer');
    expect(out[at('  7:142') + 1]).toBe('          ↳ stale');
    expect(out[at('  7:142') + 2]).toBe('    https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims');
    // a contradicted claim names the page that refutes it
    expect(out[at('  13:162') + 2]).toBe('    https://learn.microsoft.com/en-us/graph/api/resources/identitycontainer?view=graph-rest-1.0');
    // not-checkable claims get no detail line
    expect(out[at('  3:115') + 1]).toBe('');
  });

  it('shows full texts and URLs when there is room', () => {
    const out = render({ width: 200 });
    expect(out).toContain('Microsoft Entra ID issues access tokens as JSON Web Tokens.');
    expect(out).toContain('↳ reviewer ana · https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens#validate-the-issuer');
    expect(out).toMatch(/^ {2}3:1 {5}verified {9}Microsoft Entra ID issues access tokens as JSON Web Tokens\. +entra-docs$/mu);
  });

  it('ends with totals over live claims, wrapped to the width', () => {
    const out = lines(render()).filter((l) => l !== '');
    expect(out.slice(-2)).toEqual(['14 claims (12 checkworthy) · 3 verified · 2 partly-verified · 1 contradicted ·', '6 unverified · 2 not-checkable']);
    expect(
      lines(render({ width: 120 }))
        .filter((l) => l !== '')
        .at(-1),
    ).toBe('14 claims (12 checkworthy) · 3 verified · 2 partly-verified · 1 contradicted · 6 unverified · 2 not-checkable');
  });

  it('leaves out removed claims', () => {
    expect(render({ width: 200 })).not.toContain('rotate every hour');
  });

  it('--quiet lists only unverified and contradicted claims, totals still over all', () => {
    const out = lines(render({ quiet: true }));
    const rows = out.filter((l) => /^ {2}\d+:\d+ /u.test(l));
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => / (unverified|contradicted) /u.test(r))).toBe(true);
    expect(out).toContain('(--quiet: 7 of 14 claims shown)');
    expect(out.filter((l) => l.startsWith('Latch codes overview'))).toHaveLength(3);
  });

  it('colours statuses and still fits 80 columns', () => {
    const out = render({ color: true });
    expect(out).toContain('\u001b[32mverified       \u001b[39m');
    expect(out).toContain('\u001b[31mcontradicted   \u001b[39m');
    expect(out).toContain('\u001b[33munverified     \u001b[39m');
    expect(out).toContain('\u001b[36mpartly-verified\u001b[39m');
    // verified evidence is a terminal hyperlink to the full URL
    expect(out).toContain('\u001b]8;;https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens#validate-the-issuer\u001b\\');
    for (const line of lines(out)) expect(fits(stripAnsi(line), 80), line).toBe(true);
  });

  it('prints every deciding evidence URL whole at any width, and nothing that looks like a cut URL', () => {
    const ledger = fixtureLedger();
    const deciding = ledger.claims
      .filter((c) => c.removed !== true)
      .flatMap((c) => {
        if (c.status === 'verified' || c.status === 'partly-verified') return c.evidence.filter((e) => e.stance === 'supports').slice(0, 1);
        return c.status === 'contradicted' ? c.evidence.filter((e) => e.stance === 'refutes').slice(0, 1) : [];
      })
      .map((e) => e.url);
    expect(deciding.length).toBeGreaterThan(4);
    for (const width of [40, 80, 200]) {
      const out = render({ width });
      const printed = out.match(/https?:\/\/\S+/gu) ?? [];
      for (const url of deciding) expect(printed, `${width}: ${url}`).toContain(url);
      const all = new Set(ledger.claims.flatMap((c) => c.evidence.map((e) => e.url)));
      // every documentation URL printed is an evidence URL as the ledger has it (URLs in claim texts are the article's words)
      for (const url of printed.filter((u) => u.includes('learn.microsoft.com'))) expect(all.has(url), `${width}: ${url} is not an evidence URL (cut?)`).toBe(true);
      expect(out).not.toMatch(/learn\.microsoft\.com\S*…/u);
    }
  });

  it('never puts a control character inside a terminal hyperlink', () => {
    const ledger = fixtureLedger();
    const claim = claimByQuote(ledger, 'The v2.0 endpoint');
    claim.evidence[0]!.url = 'https://evil.example/\u001b]8;;https://other.example\u001b\\x';
    const out = render({ color: true, width: 200 }, ledger);
    expect(out).not.toContain('\u001b]8;;https://other.example');
    // each hyperlink's target runs from `ESC ] 8 ; ;` to the next ESC and holds no control character
    const targets = [...out.matchAll(/\u001b\]8;;([^\u001b]*)\u001b\\/gu)].map((m) => m[1]!).filter((t) => t !== '');
    expect(targets).toContain('https://evil.example/]8;;https://other.example\\x');
    for (const t of targets) expect(t).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/u);
  });

  it('never passes control characters from the ledger to the terminal', () => {
    const ledger = fixtureLedger();
    const claim = claimByQuote(ledger, 'Latch codes are single-use');
    claim.text = 'Clear \u001b[2J screen\nand ring \u0007';
    const finding = claim.findings[0];
    if (finding) finding.message = 'bad \u001b]8;;https://evil.example\u001b\\link';
    const out = render({ width: 200 }, ledger);
    expect(out).not.toMatch(/\u001b/u);
    expect(out).toContain('Clear [2J screen and ring');
  });

  it('says so when the ledger has no claims', () => {
    const ledger = { ...fixtureLedger(), claims: [] };
    const out = lines(render({}, ledger));
    expect(out).toContain('no claims in the ledger');
    expect(out.filter((l) => l !== '').slice(-2)).toEqual(['0 claims (0 checkworthy) · 0 verified · 0 partly-verified · 0 contradicted ·', '0 unverified · 0 not-checkable']);
  });
});
