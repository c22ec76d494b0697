import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, cli, workspaceCopy } from './helpers.js';
import { jsonReportSchema } from '../../src/cli/schema.js';
import { draft2020Validator, sarifValidator } from '../report/ajv.js';

// each test runs the CLI several times; on a shared 2-core machine that takes minutes, not seconds
vi.setConfig({ testTimeout: 300_000 });

/** Every file under a folder, relative, forward slashes. */
function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, base) : [relative(base, p).split('\\').join('/')];
  });
}

/** What the fixture's ignore rules take out: .claimcheckignore (drafts/), .gitignore (build/), the config's "**\/*.skip.md". */
function expectedArticles(dir: string): string[] {
  return walk(dir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .filter((f) => !f.startsWith('drafts/') && !f.startsWith('build/') && !f.endsWith('.skip.md') && !f.startsWith('claims/'))
    .sort();
}

describe('a workspace of 20 articles in one run', () => {
  const dir = workspaceCopy();
  const expected = expectedArticles(dir);

  it('checks exactly the articles the ignore file, .gitignore and config let through, with one workspace summary first', () => {
    expect(expected).toHaveLength(20);
    const r = cli(['check', '.', '--width', '100'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(''); // no progress bar when stderr is not a terminal
    expect(r.stdout.match(/^Workspace: /gm)).toHaveLength(1);
    expect(r.stdout.startsWith('Workspace: 20 articles')).toBe(true);
    // each article's own report follows, once, after the summary
    for (const a of expected) expect(r.stdout.split('\n').filter((l) => l === a)).toHaveLength(1);
    expect(r.stdout).not.toContain('unfinished-draft');
    expect(r.stdout).not.toContain('generated-copy');
    expect(r.stdout).not.toContain('old-page');
    // one ledger per article, nothing for the ignored ones
    expect(readdirSync(join(dir, 'claims')).sort()).toEqual(
      expected
        .map(
          (a) =>
            `${a
              .split('/')
              .pop()
              ?.replace(/\.(md|txt)$/, '')}.yaml`,
        )
        .sort(),
    );
  });

  it('JSON holds every article and the workspace summary', () => {
    const r = cli(['check', 'docs', 'blog', '--format', 'json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { workspace: { articles: number; claims: number }; articles: Array<{ article: { path: string }; claims: unknown[] }> };
    expect(json.articles.map((a) => a.article.path)).toEqual(expected);
    expect(json.workspace.articles).toBe(20);
    expect(json.workspace.claims).toBe(json.articles.reduce((n, a) => n + a.claims.length, 0));
    // each article is exactly the single-article JSON report, valid against its published schema
    const validate = draft2020Validator(jsonReportSchema());
    for (const a of json.articles) expect(validate(a), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
  });

  it('SARIF holds every article as an artifact, each result pointing at its own article', () => {
    const r = cli(['check', 'docs/**/*.md', 'docs/**/*.txt', 'blog', '--format', 'sarif'], dir);
    expect(r.code, r.stderr).toBe(0);
    const sarif = JSON.parse(r.stdout) as {
      runs: Array<{
        artifacts: Array<{ location: { uri: string } }>;
        results: Array<{ ruleId: string; ruleIndex: number; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; index: number } } }> }>;
        tool: { driver: { rules: Array<{ id: string }> } };
      }>;
    };
    const valid = sarifValidator();
    expect(valid(sarif), JSON.stringify(valid.errors?.slice(0, 2))).toBe(true);
    expect(sarif.runs).toHaveLength(1);
    const run = sarif.runs[0];
    expect(run?.artifacts.map((a) => a.location.uri).sort()).toEqual(expected);
    expect(run?.results.length).toBeGreaterThan(20);
    for (const res of run?.results ?? []) {
      expect(run?.tool.driver.rules[res.ruleIndex]?.id).toBe(res.ruleId);
      for (const loc of res.locations) expect(run?.artifacts[loc.physicalLocation.artifactLocation.index]?.location.uri).toBe(loc.physicalLocation.artifactLocation.uri);
    }
  });

  it('a re-run that changes nothing leaves every ledger byte-for-byte as it was', () => {
    const read = () => readdirSync(join(dir, 'claims')).map((f) => readFileSync(join(dir, 'claims', f), 'utf8'));
    cli(['check', '.'], dir);
    const before = read();
    const r = cli(['check', '.'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(read()).toEqual(before);
    expect(r.stdout).toContain('Changed this run: 0 claims added, 0 stale, 0 removed');
  });

  it('--print-config shows the file merged with flags; flags win', () => {
    const r = cli(['check', '--print-config', '--fail-on', 'unverified'], dir);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout) as { configFile: string; failOn: string; asOf: string; ignore: string[]; reviewer: string };
    expect(s.configFile).toBe(join(dir, 'claimcheck.config.json'));
    expect(s.failOn).toBe('unverified');
    expect(s.asOf).toBe('2026-06-01');
    expect(s.ignore).toEqual(['**/*.skip.md']);
    expect(s.reviewer).toBe('fixture-reviewer');
  });

  it('the config failOn drives the exit code like --fail-on', () => {
    writeFileSync(join(dir, 'claimcheck.config.json'), JSON.stringify({ failOn: ['unverified'], ignore: ['**/*.skip.md'] }, null, 2));
    const r = cli(['check', 'docs/identity', '--format', 'json'], dir);
    const json = JSON.parse(r.stdout) as { articles: Array<{ summary: { byStatus: { unverified: number } } }> };
    const anyUnverified = json.articles.some((a) => a.summary.byStatus.unverified > 0);
    expect(r.code).toBe(anyUnverified ? 1 : 0);
    expect(cli(['check', 'docs/identity', '--format', 'json', '--fail-on', 'none'], dir).code).toBe(0);
  });

  it('one unreadable article of many is reported (exit 2) and the others are still checked', () => {
    writeFileSync(join(dir, 'docs', 'empty-page.md'), '   \n');
    const r = cli(['check', 'docs', '--format', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('docs/empty-page.md: the article is empty');
    const json = JSON.parse(r.stdout) as { articles: unknown[] };
    expect(json.articles).toHaveLength(expected.filter((a) => a.startsWith('docs/')).length);
  });
});

describe('progress on a terminal', () => {
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('a bar on stderr when stderr is a terminal (a real pty made by script(1))', () => {
    const dir = workspaceCopy();
    const env = { ...process.env, NO_COLOR: '1' } as NodeJS.ProcessEnv;
    delete env['CI'];
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} check docs --format json --output report.json`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: dir, encoding: 'utf8', env, timeout: 180_000 });
    expect(r.status, r.stderr).toBe(0);
    const n = expectedArticles(dir).filter((a) => a.startsWith('docs/')).length;
    expect(r.stdout).toContain(`0/${n} articles`);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).articles).toHaveLength(n);
  });
});

describe('help', () => {
  it('every new flag of check and report has help text with an example', () => {
    const dir = workspaceCopy();
    // a flag's help: its line and the wrapped lines under it, up to the next flag
    const helpOf = (help: string, flag: string): string => {
      const lines = help.split('\n');
      const at = lines.findIndex((l) => l.trimStart().startsWith(flag));
      const end = lines.findIndex((l, i) => i > at && (l.trimStart().startsWith('-') || l.trim() === ''));
      return at < 0 ? '' : lines.slice(at, end).join(' ');
    };
    const check = cli(['check', '--help'], dir).stdout;
    for (const flag of ['--config <file>', '--print-config', '--changed [ref]', '--show-ids']) expect(helpOf(check, flag), flag).toMatch(/e\.g\. /);
    expect(check).toContain('[articles...]');
    const report = cli(['report', '--help'], dir).stdout;
    for (const flag of ['--config <file>', '--show-ids']) expect(helpOf(report, flag), flag).toMatch(/e\.g\. /);
  });
});
