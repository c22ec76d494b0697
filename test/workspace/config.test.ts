import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ClaimcheckError } from '../../src/errors.js';
import { loadConfig } from '../../src/workspace/index.js';
import { cli, tmp } from './helpers.js';

// each test runs the CLI several times; on a shared 2-core machine that takes minutes, not seconds
vi.setConfig({ testTimeout: 300_000 });

async function errorOf(dir: string): Promise<ClaimcheckError> {
  try {
    await loadConfig({ cwd: dir });
  } catch (err) {
    if (err instanceof ClaimcheckError) return err;
    throw err;
  }
  throw new Error('expected a configuration error');
}

describe('configuration file', () => {
  it('is found as claimcheck.config.json, .claimcheckrc (YAML) or the claimcheck key of package.json', async () => {
    const a = tmp('cc-cfg-');
    writeFileSync(join(a, 'claimcheck.config.json'), '{ "failOn": "unverified" }\n');
    expect((await loadConfig({ cwd: a })).config.failOn).toEqual(['unverified']);
    const b = tmp('cc-cfg-');
    writeFileSync(join(b, '.claimcheckrc'), 'asOf: 2026-01-31\nignore:\n  - drafts/\n');
    expect((await loadConfig({ cwd: b })).config).toEqual({ asOf: '2026-01-31', ignore: ['drafts/'] });
    const c = tmp('cc-cfg-');
    writeFileSync(join(c, 'package.json'), JSON.stringify({ name: 'x', claimcheck: { reviewer: 'carol' } }, null, 2));
    expect((await loadConfig({ cwd: c })).config).toEqual({ reviewer: 'carol' });
    const none = tmp('cc-cfg-');
    writeFileSync(join(none, 'package.json'), '{ "name": "y" }');
    expect((await loadConfig({ cwd: none })).file).toBeUndefined();
  });

  it('a bad value in JSON points at its file:line:col', async () => {
    const dir = tmp('cc-cfg-');
    writeFileSync(join(dir, 'claimcheck.config.json'), '{\n  "index": "x.sqlite",\n  "asOf": "June 1st"\n}\n');
    const err = await errorOf(dir);
    expect(err.place).toEqual({ file: join(dir, 'claimcheck.config.json'), line: 3, column: 11 });
    expect(err.message).toContain('asOf: expected a date as YYYY-MM-DD');
  });

  it('an unknown key in YAML points at the key; inside package.json the position is in package.json', async () => {
    const dir = tmp('cc-cfg-');
    writeFileSync(join(dir, '.claimcheckrc'), 'failOn: [contradicted]\nfialOn: [unverified]\n');
    const err = await errorOf(dir);
    expect(err.place).toEqual({ file: join(dir, '.claimcheckrc'), line: 2, column: 1 });
    expect(err.message).toContain('unknown key "fialOn"');

    const pkg = tmp('cc-cfg-');
    writeFileSync(join(pkg, 'package.json'), '{\n  "name": "z",\n  "claimcheck": {\n    "failOn": ["sometimes"]\n  }\n}\n');
    const perr = await errorOf(pkg);
    expect(perr.place).toEqual({ file: join(pkg, 'package.json'), line: 4, column: 16 });
    expect(perr.message).toContain('unknown status "sometimes"');
  });

  it('a syntax error is reported at its position, and the CLI exits 2 with file:line:col', () => {
    const dir = tmp('cc-cfg-');
    writeFileSync(join(dir, 'claimcheck.config.json'), '{\n  "failOn": ["contradicted",\n}\n');
    writeFileSync(join(dir, 'a.md'), '# A\n\nThe tid claim in a token holds the tenant ID.\n');
    const r = cli(['check', 'a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${join(dir, 'claimcheck.config.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: cannot read the configuration`));
  });
});

describe('config sources', () => {
  it('"sources" keeps only the named corpora; the report header lists what was searched', () => {
    const dir = tmp('cc-src-');
    writeFileSync(join(dir, 'a.md'), '# A\n\nThe tid claim in a token holds the tenant ID.\n');
    const all = JSON.parse(cli(['check', 'a.md', '--no-ledger', '--format', 'json'], dir).stdout) as { sources: Array<{ name: string }> };
    const pages = all.sources.map((s) => s.name).filter((n) => !n.startsWith('msgraph-metadata'));
    expect(pages.length).toBeGreaterThan(0);
    const keep = pages[0]?.split('@')[0] ?? '';
    writeFileSync(join(dir, '.claimcheckrc'), `sources:\n  - ${keep}\n`);
    const some = JSON.parse(cli(['check', 'a.md', '--no-ledger', '--format', 'json'], dir).stdout) as { sources: Array<{ name: string }> };
    expect(some.sources.map((s) => s.name.split('@')[0]).filter((n) => n !== 'msgraph-metadata')).toEqual([keep]);
    writeFileSync(join(dir, '.claimcheckrc'), 'sources:\n  - no-such-corpus\n');
    const none = JSON.parse(cli(['check', 'a.md', '--no-ledger', '--format', 'json'], dir).stdout) as { sources: Array<{ name: string }> };
    expect(none.sources.map((s) => s.name.split('@')[0]).filter((n) => n !== 'msgraph-metadata')).toEqual([]);
  });
});

describe('standard input', () => {
  it('`check -` reads the article from stdin, writes no ledger, and shows ids with --show-ids', () => {
    const dir = tmp('cc-stdin-');
    const r = cli(['check', '-', '--show-ids', '--width', '140'], dir, '# Piped\n\nThe tid claim in a token holds the tenant ID.\n');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('<stdin>');
    expect(r.stdout).toMatch(/3:1 c-[0-9a-f]{8}/);
    const json = cli(['check', '-', '--format', 'json'], dir, '# Piped\n\nThe tid claim in a token holds the tenant ID.\n');
    expect((JSON.parse(json.stdout) as { article: { path: string } }).article.path).toBe('<stdin>');
  });
});
