import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonReport } from '../../src/schema/index.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'claimcheck.js');
const run = (args: string[], cwd = root) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe.skipIf(!existsSync(join(root, 'dist', 'cli', 'main.js')))('the built CLI', () => {
  it('extract lists the bundled article’s claims with line:column', () => {
    const r = run(['extract', 'sources/azure-latch-codes.md']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ {2}\d+:\d+ +\S+ +\S/m);
    expect(r.stdout).toMatch(/\d+ claims, \d+ checkworthy/);
  });

  it('check --no-ledger --format json follows the JSON report contract and its spans are exact', () => {
    const r = run(['check', 'sources/azure-latch-codes.md', '--no-ledger', '--format', 'json', '--fail-on', 'none']);
    expect(r.status, r.stderr).toBe(0);
    const report = JsonReport.parse(JSON.parse(r.stdout));
    const text = spawnSync('cat', [join(root, 'sources', 'azure-latch-codes.md')], { encoding: 'utf8' }).stdout;
    for (const c of report.claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
    expect(report.summary.total).toBe(report.claims.length);
    const counted = Object.values(report.summary.byStatus).reduce((a, b) => a + b, 0);
    expect(counted).toBe(report.claims.length);
    for (const c of report.claims.filter((x) => x.status === 'unverified')) expect(c.findings.length).toBeGreaterThan(0);
  });

  it('check writes no ledger with --no-ledger, and one with the default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-cli-'));
    mkdirSync(join(dir, 'sources'));
    cpSync(join(root, 'sources', 'azure-latch-codes.md'), join(dir, 'sources', 'a.md'));
    expect(run(['check', 'sources/a.md', '--no-ledger', '--format', 'json', '--fail-on', 'none'], dir).status).toBe(0);
    expect(existsSync(join(dir, 'claims', 'a.yaml'))).toBe(false);
    expect(run(['check', 'sources/a.md', '--format', 'json', '--fail-on', 'none'], dir).status).toBe(0);
    expect(existsSync(join(dir, 'claims', 'a.yaml'))).toBe(true);
  });

  describe('bad input exits 2 with a clear message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-bad-'));
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'bin.md'), Buffer.from([0, 1, 2, 3, 0xff]));
    const cases: Array<[string, string[], RegExp]> = [
      ['a missing file', ['extract', join(dir, 'missing.md')], /no such file/],
      ['a directory', ['extract', dir], /is a directory/],
      ['a binary file', ['check', join(dir, 'bin.md'), '--no-ledger'], /binary/],
      ['an empty file', ['check', join(dir, 'empty.md'), '--no-ledger'], /empty/],
      ['an unknown format', ['check', 'sources/azure-latch-codes.md', '--no-ledger', '--format', 'yaml'], /format/],
      ['an unknown command', ['frobnicate'], /unknown command/],
    ];
    for (const [name, args, message] of cases) {
      it(name, () => {
        const r = run(args);
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace without --debug
      });
    }
  });

  it('every command has --help with an example', () => {
    for (const cmd of ['check', 'extract', 'review', 'report', 'status', 'corpus', 'schema']) {
      const r = run([cmd, '--help']);
      expect(r.status, cmd).toBe(0);
      expect(r.stdout, cmd).toMatch(/Example/);
    }
  });
});

describe.skipIf(!existsSync(join(root, 'dist', 'cli', 'main.js')))('check --online', () => {
  it('completes with the offline sources and says once that learn-online was unreachable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-online-'));
    // an article without links, so that nothing but the (unreachable) local Learn address is asked
    writeFileSync(join(dir, 'a.md'), '# Tokens\n\nAccess tokens issued by the v2.0 endpoint last about an hour by default.\n\nThe frobnicator service rotates every token each minute.\n');
    // run in the temp folder: the Learn cache goes to its .claimcheck/ (a missing --index is an error now)
    const r = spawnSync(process.execPath, [bin, 'check', join(dir, 'a.md'), '--no-ledger', '--online', '--format', 'json', '--fail-on', 'none'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', CLAIMCHECK_LEARN_URL: 'http://127.0.0.1:9' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.match(/unreachable/g)?.length).toBe(1);
    const report = JsonReport.parse(JSON.parse(r.stdout));
    const unverified = report.claims.filter((c) => c.status === 'unverified');
    expect(unverified.length).toBeGreaterThan(0);
    expect(unverified.every((c) => c.findings.some((f) => f.messageId === 'source-unavailable'))).toBe(true);
  });
});
