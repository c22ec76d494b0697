import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { summariseLedger } from '../../src/ledger/index.js';
import type { Ledger } from '../../src/schema/index.js';
import { cli, tmp } from './helpers.js';

// each test runs the CLI several times; on a shared 2-core machine that takes minutes, not seconds
vi.setConfig({ testTimeout: 300_000 });

const SHARED = 'The Microsoft Graph API uses OAuth 2.0 for authorization.';
const readLedger = (dir: string, name: string) => parse(readFileSync(join(dir, 'claims', `${name}.yaml`), 'utf8')) as Ledger;

describe('verdict reuse across the articles of a workspace', () => {
  const dir = tmp('cc-reuse-');
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', 'first.md'), `# First\n\n${SHARED} Refresh tokens let an application get new access tokens.\n`);
  writeFileSync(join(dir, 'articles', 'second.md'), `# Second\n\nManaged identities remove the need to store credentials in code.\n\n${SHARED}\n`);

  it('a claim reviewed in one article is offered to the other as reused, with where it was reviewed; confirming it makes it the reviewer’s', () => {
    expect(cli(['check', 'articles/first.md'], dir).code).toBeLessThan(2);
    const first = readLedger(dir, 'first');
    const shared = first.claims.find((c) => c.text === SHARED);
    expect(shared).toBeDefined();
    const review = cli(['review', 'articles/first.md', shared?.id ?? '', '--status', 'verified', '--evidence', 'https://learn.microsoft.com/en-us/graph/auth/', '--by', 'alice'], dir);
    expect(review.code, review.stderr).toBe(0);

    const run = cli(['check', 'articles/second.md', '--show-ids', '--width', '160'], dir);
    expect(run.code, run.stderr).toBeLessThan(2);
    const second = readLedger(dir, 'second');
    const offered = second.claims.find((c) => c.text === SHARED);
    expect(offered?.origin).toBe('reused');
    expect(offered?.status).toBe('verified');
    expect(offered?.reusedFrom).toBe(`claims/first.yaml#${shared?.id}`);
    expect(run.stdout).toContain(`reused from claims/first.yaml#${shared?.id}, not reviewed`);
    expect(run.stdout).toContain(offered?.id ?? '-');
    // not counted as reviewed
    expect(summariseLedger('second', second).reviewed).toBe(0);
    // the article that holds the review does not reuse its own verdict
    expect(readLedger(dir, 'first').claims.filter((c) => c.origin === 'reused')).toEqual([]);

    const confirm = cli(['review', 'articles/second.md', offered?.id ?? '', '--status', 'verified', '--by', 'bob'], dir);
    expect(confirm.code, confirm.stderr).toBe(0);
    const confirmed = readLedger(dir, 'second').claims.find((c) => c.id === offered?.id);
    expect(confirmed?.origin).toBe('reviewer');
    expect(confirmed?.reusedFrom).toBeUndefined();
    expect(summariseLedger('second', readLedger(dir, 'second')).reviewed).toBe(1);

    // a later check keeps the confirmed verdict as the reviewer's own
    cli(['check', 'articles/second.md'], dir);
    expect(readLedger(dir, 'second').claims.find((c) => c.id === offered?.id)?.origin).toBe('reviewer');
  });

  it('--no-ledger offers nothing (no workspace ledgers are read); with its ledger a third article is offered the verdict', () => {
    writeFileSync(join(dir, 'articles', 'third.md'), `# Third\n\n${SHARED}\n`);
    const origins = (args: string[]) =>
      (JSON.parse(cli(['check', 'articles/third.md', '--format', 'json', ...args], dir).stdout) as { claims: Array<{ text: string; origin: string }> }).claims.find((c) => c.text === SHARED)?.origin;
    expect(origins(['--no-ledger'])).toBe('auto');
    expect(origins([])).toBe('reused');
  });
});
