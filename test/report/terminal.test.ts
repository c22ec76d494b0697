import { describe, expect, it } from 'vitest';
import { terminalFormatter } from '../../src/report/formatters/terminal.js';
import type { FormatOptions } from '../../src/report/index.js';
import { claimByQuote, columns, fixtureLedger } from './fixture.js';

const base: FormatOptions = { toolVersion: '9.9.9', width: 80, color: false };
const render = (options: Partial<FormatOptions> = {}, ledger = fixtureLedger()): string => terminalFormatter.render(ledger, { ...base, ...options });
const lines = (text: string): string[] => text.split('\n');
// CSI colour codes and OSC 8 hyperlinks, which take no columns.
// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string): string => s.replace(/\u001b\]8;;[^\u001b]*\u001b\\/gu, '').replace(/\u001b\[[0-9;]*m/gu, '');

describe('terminal formatter', () => {
  it('fits 80 columns and has no ANSI at all with color: false', () => {
    const out = render();
    expect(out).not.toMatch(/\u001b/u);
    for (const line of lines(out)) expect(columns(line), line).toBeLessThanOrEqual(80);
  });

  it('fits narrower terminals too', () => {
    for (const width of [40, 60, 100]) {
      for (const line of lines(render({ width }))) expect(columns(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
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
    expect(out[at('  3:1 ') + 1]).toBe('          ↳ learn.microsoft.com/en-us/entra/identity-platform/access-tokens');
    expect(out[at('  7:1 ') + 1]).toBe('          ↳ reviewer ana · learn.microsoft.com/entra/…tokens#validate-the-issuer');
    expect(out[at('  7:142') + 1]).toMatch(/^ {10}↳ stale · learn\.microsoft\.com\//u);
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
    for (const line of lines(out)) expect(columns(stripAnsi(line)), line).toBeLessThanOrEqual(80);
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
