import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { suppressedRanges } from '../../src/ingest/index.js';
import { ingestText } from '../../src/ingest/index.js';
import type { Ledger } from '../../src/schema/index.js';
import { cli, git, tmp } from './helpers.js';

// each test runs the CLI several times; on a shared 2-core machine that takes minutes, not seconds
vi.setConfig({ testTimeout: 300_000 });

const ARTICLE = [
  '# Tokens',
  '',
  'Microsoft Entra ID issues access tokens as JSON Web Tokens.',
  '',
  '<!-- claimcheck-disable-next-line -->',
  'Azure latch codes rotate every ninety seconds in every tenant.',
  '',
  'The tid claim in a token holds the tenant ID.',
  '',
  '<!-- claimcheck-disable -->',
  'The latch header X-Ms-Latch-Code carries the code on every request.',
  '',
  'Latch codes are stored in the CBS session context.',
  '<!-- claimcheck-enable -->',
  '',
  'Managed identities remove the need to store credentials in code.',
  '',
  '```markdown',
  '<!-- claimcheck-disable -->',
  '```',
  '',
  'The oid claim is the object ID of the user in the tenant.',
  '',
].join('\n');

const SUPPRESSED = [
  'Azure latch codes rotate every ninety seconds in every tenant.',
  'The latch header X-Ms-Latch-Code carries the code on every request.',
  'Latch codes are stored in the CBS session context.',
];

interface JsonClaim {
  id: string;
  text: string;
  status: string;
  suppressed?: boolean;
  span: { line: number };
}

describe('suppression comments', () => {
  it('next-line and disable…enable ranges; a comment inside a code block is code, not a control', () => {
    const doc = ingestText(ARTICLE, 'a.md');
    const ranges = suppressedRanges(doc.text, doc.blocks);
    const covered = (s: string) => ranges.some((r) => doc.text.indexOf(s) >= r.start && doc.text.indexOf(s) < r.end);
    for (const s of SUPPRESSED) expect(covered(s), s).toBe(true);
    for (const s of ['Microsoft Entra ID issues', 'The tid claim', 'Managed identities', 'The oid claim']) expect(covered(s), s).toBe(false);
  });
});

describe('suppressions and --changed in a real git repository', () => {
  const dir = tmp('cc-git-');
  git(['init', '-q', '-b', 'main'], dir);
  writeFileSync(join(dir, 'article.md'), ARTICLE);
  writeFileSync(join(dir, 'other.md'), '# Other\n\nRefresh tokens let an application get new access tokens.\n');
  git(['add', '.'], dir);
  git(['commit', '-qm', 'articles'], dir);

  it('suppressed claims are listed as suppressed, never judged, never dropped, and never fail the run', () => {
    const r = cli(['check', 'article.md', '--format', 'json', '--fail-on', 'unverified,contradicted'], dir);
    const json = JSON.parse(r.stdout) as { claims: JsonClaim[] };
    for (const s of SUPPRESSED) {
      const claim = json.claims.find((c) => c.text === s);
      expect(claim?.suppressed, s).toBe(true);
      expect(claim?.status).toBe('not-checkable');
    }
    const judged = json.claims.filter((c) => !c.suppressed);
    expect(judged.length).toBeGreaterThan(0);
    expect(r.code).toBe(judged.some((c) => c.status === 'unverified' || c.status === 'contradicted') ? 1 : 0);
    const terminal = cli(['check', 'article.md', '--width', '160'], dir);
    expect(terminal.stdout.match(/↳ suppressed/g)?.length).toBe(SUPPRESSED.length);
  });

  it('--changed checks only the claims on changed lines and reuses the ledger for the rest', () => {
    cli(['check', 'article.md', 'other.md'], dir);
    git(['add', '.'], dir);
    git(['commit', '-qm', 'ledgers'], dir);

    // Nothing changed since HEAD: no article is checked.
    const none = cli(['check', '.', '--changed', '--format', 'json'], dir);
    expect(none.code, none.stderr).toBe(0);
    expect(none.stderr).toContain('0 claim(s) on changed lines checked in 0 article(s); 2 article(s) unchanged');

    // Hand-mark an unchanged auto claim contradicted: --changed must keep it (it is not re-checked) ...
    const ledgerFile = join(dir, 'claims', 'article.yaml');
    const ledger = parse(readFileSync(ledgerFile, 'utf8')) as Ledger;
    const oid = ledger.claims.find((c) => c.text.startsWith('The oid claim'));
    expect(oid).toBeDefined();
    if (oid) oid.status = 'contradicted';
    writeFileSync(ledgerFile, stringify(ledger));
    // ... while one line of the article changes.
    writeFileSync(join(dir, 'article.md'), ARTICLE.replace('The tid claim in a token holds the tenant ID.', 'The tid claim in an access token holds the tenant ID.'));

    const changed = cli(['check', '.', '--changed', 'HEAD', '--format', 'json', '--fail-on', 'none'], dir);
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stderr).toMatch(/--changed HEAD: 1 claim\(s\) on changed lines checked in 1 article\(s\); 1 article\(s\) unchanged/);
    const report = JSON.parse(changed.stdout) as { article: { path: string }; claims: JsonClaim[] };
    expect(report.article.path).toBe('article.md');
    expect(report.claims.find((c) => c.id === oid?.id)?.status).toBe('contradicted');
    expect(report.claims.find((c) => c.text.startsWith('The tid claim in an access token'))?.span.line).toBe(8);

    // A full check re-judges it.
    const full = cli(['check', 'article.md', '--format', 'json', '--fail-on', 'none'], dir);
    expect((JSON.parse(full.stdout) as { claims: JsonClaim[] }).claims.find((c) => c.id === oid?.id)?.status).not.toBe('contradicted');
  });

  it('an unknown ref is a usage error (exit 2)', () => {
    const r = cli(['check', 'article.md', '--changed', 'no-such-branch'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--changed: "no-such-branch" is not a commit git knows here');
  });

  it('outside a git repository --changed is a usage error that says so', () => {
    const plain = tmp('cc-nogit-');
    writeFileSync(join(plain, 'a.md'), '# A\n\nThe tid claim in a token holds the tenant ID.\n');
    const r = cli(['check', 'a.md', '--changed'], plain);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--changed needs a git repository');
  });
});
