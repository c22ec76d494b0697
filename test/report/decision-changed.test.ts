import { describe, expect, it } from 'vitest';
import type { Claim, Ledger } from '../../src/schema/index.js';
import { terminalFormatter } from '../../src/report/formatters/terminal.js';
import { markdownFormatter } from '../../src/report/formatters/markdown.js';
import { htmlFormatter } from '../../src/report/formatters/html.js';
import { decisionJson, decisionSummary } from '../../src/report/decision/index.js';
import { claim, ledger, supports } from '../fixtures/decision/build.js';

/** Four verified claims; two of them (one reviewed, one auto) flagged by `recheck`. */
function changedLedger(): Ledger {
  const page = 'https://learn.microsoft.com/en-us/entra/identity/contoso/token-service';
  const at = '2026-12-07T00:00:00Z';
  const kept: Claim = {
    ...claim({ status: 'verified', origin: 'reviewer', evidence: [supports(`${page}#token-lifetime`, 'Contoso token service')], line: 3 }),
    evidenceChanged: { at, what: 'passage no longer on the page; verdict would now be contradicted' },
  };
  const auto: Claim = {
    ...claim({ status: 'verified', evidence: [supports(`${page}#audit-log-retention`, 'Contoso token service')], line: 6 }),
    evidenceChanged: { at, what: 'section #audit-logs renamed' },
  };
  return ledger([
    kept,
    claim({ status: 'verified', evidence: [supports(`${page}#refresh-tokens`)], line: 4 }),
    auto,
    claim({ status: 'verified', evidence: [supports(`${page}#revocation`)], line: 7 }),
  ]);
}

describe('decision summary: what we built on has changed, first', () => {
  const l = changedLedger();
  const d = decisionSummary(l);
  const changedIds = l.claims.filter((c) => c.evidenceChanged).map((c) => c.id);

  it('lists the flagged claims and keeps a kept verdict whose evidence changed out of "build on"', () => {
    expect(d.evidenceChanged.map((c) => c.id)).toEqual(changedIds);
    const buildOn = d.buildOn.flatMap((p) => p.claims.map((c) => c.id));
    expect(buildOn).not.toContain(changedIds[0]);
    expect(buildOn).toContain(changedIds[1]);
    expect(decisionJson(d).evidenceChanged).toEqual(changedIds);
  });

  it('terminal: the changed line comes right after the verdict, before "Build on"', () => {
    const lines = terminalFormatter.render(l, { toolVersion: '1', width: 100, color: false }).split('\n');
    const changed = lines.findIndex((x) => x.startsWith('What we built on has changed: 2 claims (1 kept verdict to review) at 3:1, 6:1'));
    const build = lines.findIndex((x) => x.startsWith('Build on:'));
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThan(build);
  });

  it('markdown and html put the changed claims before the other lists, with what changed', () => {
    const md = markdownFormatter.render(l, { toolVersion: '1' });
    expect(md.indexOf('**What we built on has changed**')).toBeGreaterThan(0);
    expect(md.indexOf('**What we built on has changed**')).toBeLessThan(md.indexOf('**Build on**'));
    expect(md).toMatch(/section \\?#audit-logs renamed/);
    const html = htmlFormatter.render(l, { toolVersion: '1' });
    expect(html.indexOf('d-changed')).toBeGreaterThan(0);
    expect(html.indexOf('d-changed')).toBeLessThan(html.indexOf('d-build'));
  });

  it('says nothing when no claim was flagged', () => {
    const clean = ledger([claim({ status: 'verified', evidence: [supports('https://x.example/p')] })]);
    expect(decisionSummary(clean).evidenceChanged).toEqual([]);
    expect(decisionJson(decisionSummary(clean)).evidenceChanged).toBeUndefined();
    expect(terminalFormatter.render(clean, { toolVersion: '1', width: 100, color: false })).not.toContain('has changed');
  });
});
