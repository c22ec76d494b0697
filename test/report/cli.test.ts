import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { Ledger } from '../../src/schema/index.js';
import { describe, expect, it } from 'vitest';
import { jsonReportSchema } from '../../src/cli/schema.js';
import { draft2020Validator } from './ajv.js';
import { ARTICLE_PATH, LEDGER_PATH, fixtureLedger } from './fixture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// The CLI from source through tsx (the same entry point bin/claimcheck.js loads once built).
function cli(args: string[], env: Record<string, string | undefined> = {}): { code: number | null; stdout: string; stderr: string } {
  const base = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env };
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: base as NodeJS.ProcessEnv,
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const report = (...extra: string[]) => ['report', ARTICLE_PATH, '--ledger', LEDGER_PATH, ...extra];

describe('claimcheck report', () => {
  it('prints the terminal report; exit 1 because a claim is contradicted (the default --fail-on)', () => {
    const r = cli(report('--width', '80'));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('  13:162  contradicted     Microsoft Graph exposes latch cod…  graph-path');
    expect(r.stdout).not.toMatch(/\u001b/u); // not a TTY, no FORCE_COLOR
  });

  it('--fail-on drives the exit code; unknown statuses are usage errors (2)', () => {
    expect(cli(report('--format', 'json', '--fail-on', 'none')).code).toBe(0);
    expect(cli(report('--format', 'json', '--fail-on', 'unverified')).code).toBe(1);
    const bad = cli(report('--fail-on', 'unverified,bogus'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--fail-on: unknown status "bogus"');
    expect(bad.stderr).toContain('hint: use a comma-separated list of verified, partly-verified, contradicted, unverified, not-checkable');
  });

  it('exits 0 with the default --fail-on when nothing is contradicted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-report-'));
    const ledger = fixtureLedger();
    ledger.claims = ledger.claims.filter((c) => c.status !== 'contradicted');
    writeFileSync(join(dir, 'l.yaml'), stringify(ledger));
    expect(cli(['report', ARTICLE_PATH, '--ledger', join(dir, 'l.yaml'), '--format', 'json']).code).toBe(0);
  });

  it('honours NO_COLOR over FORCE_COLOR, and FORCE_COLOR alone', () => {
    expect(cli(report(), { FORCE_COLOR: '1' }).stdout).toContain('\u001b[31mcontradicted');
    expect(cli(report(), { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(/\u001b/u);
  });

  it('--output writes the file atomically and prints nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-report-'));
    const out = join(dir, 'nested', 'report.sarif');
    const r = cli(report('--format', 'sarif', '--output', out, '--fail-on', 'none'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(readdirSync(join(dir, 'nested'))).toEqual(['report.sarif']); // no temp file left behind
  });

  it('piped to a file: honours COLUMNS and prints every deciding evidence URL of the bundled article whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-report-'));
    const file = join(dir, 'report.txt');
    const fd = openSync(file, 'w');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'report', 'sources/azure-latch-codes.md', '--fail-on', 'none'], {
      cwd: ROOT,
      stdio: ['ignore', fd, 'pipe'],
      env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, COLUMNS: '60' } as NodeJS.ProcessEnv,
      timeout: 60_000,
    });
    closeSync(fd);
    expect(r.status, String(r.stderr)).toBe(0);
    const out = readFileSync(file, 'utf8');
    const lines = out.split('\n');
    for (const line of lines) if (!/^ *https?:\/\/\S+$/u.test(line)) expect([...line].length, line).toBeLessThanOrEqual(60);
    expect(Math.max(...lines.filter((l) => !l.includes('://')).map((l) => [...l].length))).toBeGreaterThan(50); // COLUMNS was used, not 80 or 40
    const ledger = Ledger.parse(parse(readFileSync(join(ROOT, 'claims/azure-latch-codes.yaml'), 'utf8')));
    const printed = new Set(out.match(/https?:\/\/\S+/gu) ?? []);
    const deciding = ledger.claims
      .filter((c) => c.removed !== true)
      .flatMap((c) =>
        c.status === 'verified' || c.status === 'partly-verified'
          ? c.evidence.filter((e) => e.stance === 'supports').slice(0, 1)
          : c.status === 'contradicted'
            ? c.evidence.filter((e) => e.stance === 'refutes').slice(0, 1)
            : [],
      )
      .map((e) => e.url);
    expect(deciding.length).toBeGreaterThan(10);
    for (const url of deciding) expect(printed.has(url), url).toBe(true);
    expect(out).not.toMatch(/learn\.microsoft\.com\S*…/u); // no URL cut in the middle
  });

  it('says what to do when there is no ledger (exit 2)', () => {
    const r = cli(['report', ARTICLE_PATH, '--ledger', join(tmpdir(), 'no-such-ledger.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-ledger.yaml: no ledger for this article');
    expect(r.stderr).toContain('hint: run `claimcheck check');
  });

  it('rejects an unknown format (exit 2)', () => {
    const r = cli(report('--format', 'pdf'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format: unknown format "pdf"; use one of terminal, markdown, html, json, sarif, claimreview');
  });

  it('renders from the ledger alone when the article is gone, and warns when it changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-report-'));
    const gone = cli(['report', join(dir, 'missing.md'), '--ledger', LEDGER_PATH, '--format', 'html', '--fail-on', 'none']);
    expect(gone.code, gone.stderr).toBe(0);
    expect(gone.stderr).toContain("article not found; rendering from the ledger's quotes alone");
    expect(gone.stdout).toContain('The article text was not available');
    const changed = join(dir, 'changed.md');
    writeFileSync(changed, `${readFileSync(ARTICLE_PATH, 'utf8')}\nOne more line.\n`);
    const r = cli(['report', changed, '--ledger', LEDGER_PATH, '--format', 'json', '--fail-on', 'none']);
    expect(r.stderr).toContain('the article changed since the ledger was written');
  });
});

describe('claimcheck schema', () => {
  it('prints the JSON Schema of the JSON report, and the JSON report validates against it', () => {
    const s = cli(['schema']);
    expect(s.code, s.stderr).toBe(0);
    const schema = JSON.parse(s.stdout) as Record<string, unknown>;
    expect(schema).toEqual(jsonReportSchema());
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    const r = cli(report('--format', 'json', '--fail-on', 'none'));
    const validate = draft2020Validator(schema);
    expect(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors)).toBe(true);
  });
});

it('the fixture files exist', () => {
  expect(existsSync(ARTICLE_PATH) && existsSync(LEDGER_PATH)).toBe(true);
});
