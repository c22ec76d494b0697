import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLedger, mergeLedger, saveLedger } from '../../src/ledger/index.js';
import { claimsFromText, META } from './helpers/claims.js';
import { ensureBuilt, FIXTURES, runCli, tmpDir } from './helpers/env.js';

beforeAll(() => ensureBuilt(), 120_000);

const article = readFileSync(join(FIXTURES, 'article.md'), 'utf8');

/** A temp project: sources/article.md and claims/article.yaml (all auto claims), git user.name fixed. */
async function project(): Promise<{ dir: string; ledger: string; env: Record<string, string> }> {
  const dir = tmpDir();
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'sources', 'article.md'), article);
  const ledger = join(dir, 'claims', 'article.yaml');
  await saveLedger(ledger, mergeLedger(undefined, claimsFromText(article), META).ledger);
  writeFileSync(join(dir, 'gitconfig'), '[user]\n\tname = Test Reviewer\n');
  return { dir, ledger, env: { GIT_CONFIG_GLOBAL: join(dir, 'gitconfig'), GIT_CONFIG_NOSYSTEM: '1' } };
}

describe('claimcheck review / status on a broken ledger: exit 2, file:line:column, file untouched', () => {
  const cases: Array<[string, string]> = [
    ['bad-syntax.yaml', '10:1'],
    ['unclosed-flow.yaml', '17:5'],
    ['bad-enum.yaml', '10:13'],
    ['duplicate-id.yaml', '20:9'],
    ['unknown-field.yaml', '13:5'],
  ];
  it.each(cases)('%s', async (name, where) => {
    const { dir, env } = await project();
    const ledger = join(dir, 'claims', 'article.yaml');
    copyFileSync(join(FIXTURES, name), ledger);
    const bytes = readFileSync(ledger);
    const review = await runCli(['review', 'sources/article.md', 'c-095bbd83', '--status', 'not-checkable'], dir, env);
    expect(review.code).toBe(2);
    expect(review.stderr).toContain(`claimcheck: claims/article.yaml:${where}: `);
    expect(review.stdout).toBe('');
    expect(readFileSync(ledger).equals(bytes)).toBe(true);
    const status = await runCli(['status', '--prune'], dir, env);
    expect(status.code).toBe(2);
    expect(status.stderr).toContain(`claims/article.yaml:${where}: `);
    expect(readFileSync(ledger).equals(bytes)).toBe(true);
  });
});

describe('claimcheck review', () => {
  it('records the verdict, prints one line, reviewer from git config', async () => {
    const { dir, ledger, env } = await project();
    const r = await runCli(['review', 'sources/article.md', 'c-095b', '--status', 'verified', '--evidence', 'https://learn.microsoft.com/x#y', '--note', 'fine'], dir, env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('c-095bbd83: unverified → verified by Test Reviewer (+1 evidence)  claims/article.yaml\n');
    const c = (await loadLedger(ledger))!.ledger.claims[0]!;
    expect(c).toMatchObject({ status: 'verified', origin: 'reviewer', reviewer: 'Test Reviewer', note: 'fine' });
    expect(c.evidence).toEqual([{ url: 'https://learn.microsoft.com/x', anchor: 'y', stance: 'supports', source: 'reviewer' }]);
    expect(c.history).toHaveLength(1);
  });

  it('falls back to $USER without git user.name, takes --by and --ledger', async () => {
    const { dir, ledger, env } = await project();
    const other = join(dir, 'elsewhere.yaml');
    copyFileSync(ledger, other);
    const r1 = await runCli(['review', 'sources/article.md', 'c-095bbd83', '--status', 'not-checkable'], dir, { ...env, GIT_CONFIG_GLOBAL: '/dev/null', USER: 'unixname' });
    expect(r1.stdout).toContain('by unixname');
    const r2 = await runCli(['review', 'whatever.md', 'c-095bbd83', '--status', 'unverified', '--by', 'carol', '--ledger', other], dir, env);
    expect(r2.code).toBe(0);
    expect((await loadLedger(other))!.ledger.claims[0]!.reviewer).toBe('carol');
  });

  it.each([
    [['--status', 'bogus'], /--status must be one of: verified, partly-verified/],
    [['--status', 'verified'], /needs at least one supporting evidence URL/],
    [['--status', 'verified', '--evidence', 'ftp://x/y'], /must be an http or https URL/],
    [['--status', 'verified', '--evidence', 'https://x/y', '--by', '  '], /--by must not be empty/],
    [[], /required option '--status <status>' not specified/],
  ])('usage error %j → exit 2, ledger unchanged', async (flags, message) => {
    const { dir, ledger, env } = await project();
    const bytes = readFileSync(ledger);
    const r = await runCli(['review', 'sources/article.md', 'c-095bbd83', ...flags], dir, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(readFileSync(ledger).equals(bytes)).toBe(true);
  });

  it('ambiguous prefix and missing ledger are exit 2 with a hint', async () => {
    const { dir, env } = await project();
    const amb = await runCli(['review', 'sources/article.md', 'c-', '--status', 'unverified'], dir, env);
    expect(amb.code).toBe(2);
    expect(amb.stderr).toMatch(/matches 9 claims/);
    const none = await runCli(['review', 'sources/other.md', 'c-1', '--status', 'unverified'], dir, env);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('claims/other.yaml: no ledger for this article');
    expect(none.stderr).toContain('run `claimcheck check sources/other.md` first');
  });

  it('--help shows examples', async () => {
    const r = await runCli(['review', '--help'], tmpDir());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:\n  $ claimcheck review sources/example.md c-3fa9 --status verified');
  });
});

describe('claimcheck status', () => {
  it('one line per ledger, --json, --prune', async () => {
    const { dir, ledger, env } = await project();
    await runCli(['review', 'sources/article.md', 'c-095bbd83', '--status', 'contradicted'], dir, env);
    const loaded = (await loadLedger(ledger))!;
    await saveLedger(
      ledger,
      { ...loaded.ledger, claims: loaded.ledger.claims.map((c, i) => (i === 0 ? { ...c, removed: true } : i === 1 ? { ...c, origin: 'reviewer' as const, stale: true } : c)) },
      loaded.doc,
    );
    const text = await runCli(['status'], dir, env);
    expect(text.code).toBe(0);
    // the ledger's counts; the report stage may append its one-sentence verdict after two spaces
    const lines = text.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith('claims/article.yaml  8 claims  verified 0 · partly-verified 0 · contradicted 0 · unverified 8 · not-checkable 0  reviewed 1 · auto 7 · stale 1 · removed 1')).toBe(
      true,
    );
    const json = await runCli(['status', 'claims', '--json'], dir, env);
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ file: 'claims/article.yaml', total: 8, reviewed: 1, stale: 1, removed: 1 })]);
    const pruned = await runCli(['status', '--prune'], dir, env);
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toBe('pruned 1 removed claim(s) from claims/article.yaml\n');
    expect(pruned.stdout).toContain('removed 0');
    expect((await loadLedger(ledger))!.ledger.claims).toHaveLength(8);
  });

  it('an empty directory says so; a missing one is exit 2', async () => {
    const dir = tmpDir();
    mkdirSync(join(dir, 'claims'));
    expect((await runCli(['status'], dir)).stdout).toBe('no ledgers in claims\n');
    const missing = await runCli(['status', 'nope'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope: no such ledger directory');
  });
});
