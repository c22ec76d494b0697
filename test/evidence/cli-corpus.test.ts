import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { registerCorpus } from '../../src/cli/corpus.js';
import { repoRoot, tempWorkspace } from './helpers.js';

const tsxLoader = pathToFileURL(join(repoRoot, 'node_modules/tsx/dist/loader.mjs')).href;

/** Runs the CLI from source (tsx), as the built launcher would, in `cwd`. */
function cli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', tsxLoader, join(repoRoot, 'src/cli/main.ts'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('claimcheck corpus …', () => {
  const ws = tempWorkspace('entra-docs');
  afterAll(() => ws.cleanup());
  const ix = join(ws.dir, 'idx.sqlite');

  it('add, list, find, search, remove', () => {
    const add = cli(['corpus', 'add', 'entra-docs', '--preset', 'entra-docs', '--index', ix], ws.dir);
    expect(add.stderr).toBe('');
    expect(add.stdout).toMatch(/entra-docs: 3 files, 3 indexed/);

    const list = cli(['corpus', 'list', '--json', '--index', ix], ws.dir);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ name: 'entra-docs', files: 3, preset: 'entra-docs' })]);

    const find = cli(['corpus', 'find', 'invalid_grant', '--json', '--no-pack', '--index', ix], ws.dir);
    const found = JSON.parse(find.stdout) as { hits: Array<{ url: string }> };
    expect(found.hits.map((h) => h.url)).toContain('https://learn.microsoft.com/en-us/entra/identity/tokens/session-revocation#error-codes-you-might-see');

    const none = cli(['corpus', 'find', 'getLatchDiagnostics', '--no-pack', '--index', ix], ws.dir);
    expect(none.stdout).toMatch(/was not found in entra-docs@/);

    const search = cli(['corpus', 'search', 'token lifetime', '--limit', '2', '--no-pack', '--index', ix], ws.dir);
    expect(search.stdout).toContain('https://learn.microsoft.com/en-us/entra/identity/tokens/token-basics#lifetime');

    const searchJson = JSON.parse(cli(['corpus', 'search', 'token lifetime', '--json', '--no-pack', '--index', ix], ws.dir).stdout) as Array<Record<string, unknown>>;
    expect(searchJson[0]).toHaveProperty('snippet');
    expect(searchJson[0]).not.toHaveProperty('text');

    expect(cli(['corpus', 'remove', 'entra-docs', '--index', ix], ws.dir).stdout).toMatch(/removed entra-docs/);
    expect(JSON.parse(cli(['corpus', 'list', '--json', '--index', ix], ws.dir).stdout)).toEqual([]);
  }, 60_000);

  it('usage and index errors exit 2 with a hint', () => {
    const bad = join(ws.dir, 'bad.sqlite');
    writeFileSync(bad, 'garbage '.repeat(100));
    const r = cli(['corpus', 'list', '--index', bad], ws.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a usable claimcheck index/);
    expect(r.stderr).toMatch(/--rebuild/);
    const rebuilt = cli(['corpus', 'add', 'entra-docs', '--preset', 'entra-docs', '--index', bad, '--rebuild'], ws.dir);
    expect(rebuilt.code).toBe(0);
    const p = cli(['corpus', 'add', 'entra-docs', '--preset', 'no-such-preset', '--index', ix], ws.dir);
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/unknown corpus preset/);
    expect(cli(['corpus', 'search', 'x', '--limit', 'lots', '--index', ix], ws.dir).code).toBe(2);
  }, 60_000);

  it('every corpus command has help with an example (in-process)', async () => {
    for (const c of ['add', 'list', 'remove', 'find', 'search', 'fetch', 'pack']) {
      let text = '';
      const program = new Command('claimcheck').exitOverride().configureOutput({ writeOut: (s) => void (text += s), writeErr: (s) => void (text += s) });
      registerCorpus(program);
      await expect(program.parseAsync(['node', 'claimcheck', 'corpus', c, '--help'])).rejects.toMatchObject({ exitCode: 0 });
      expect(text).toMatch(/Examples?:\n {2}claimcheck corpus/);
    }
  });

  it('fetch makes a shallow sparse clone of a local bare repository', () => {
    const src = join(ws.dir, 'src-repo');
    mkdirSync(join(src, 'docs/identity'), { recursive: true });
    mkdirSync(join(src, 'tools'), { recursive: true });
    writeFileSync(join(src, 'docs/identity/page.md'), '# Page\n\nhello\n');
    writeFileSync(join(src, 'tools/build.sh'), 'echo not wanted\n');
    const git = (args: string[], cwd: string) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' });
    git(['init', '-q'], src);
    git(['add', '.'], src);
    git(['commit', '-q', '-m', 'one'], src);
    writeFileSync(join(src, 'docs/identity/page.md'), '# Page\n\nhello again\n');
    git(['commit', '-q', '-am', 'two'], src);
    git(['clone', '-q', '--bare', src, join(ws.dir, 'bare.git')], ws.dir);

    const out = join(ws.dir, 'fetched');
    const r = cli(['corpus', 'fetch', 'entra-docs', '--repo', join(ws.dir, 'bare.git'), '--dir', out], ws.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'docs/identity/page.md'))).toBe(true);
    expect(existsSync(join(out, 'tools/build.sh'))).toBe(false);
    expect(execFileSync('git', ['-C', out, 'rev-list', '--count', 'HEAD'], { encoding: 'utf8' }).trim()).toBe('1');

    // The clone is a git checkout, so indexing records its commit.
    const add = cli(['corpus', 'add', out, '--preset', 'entra-docs', '--name', 'fetched', '--index', ix], ws.dir);
    expect(add.code).toBe(0);
    const rows = JSON.parse(cli(['corpus', 'list', '--json', '--index', ix], ws.dir).stdout) as Array<{ name: string; commit: string | null; source: string }>;
    const fetched = rows.find((x) => x.name === 'fetched');
    expect(fetched?.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(fetched?.source).toBe(`fetched@${fetched?.commit?.slice(0, 7)}`);

    const again = cli(['corpus', 'fetch', 'entra-docs', '--repo', join(ws.dir, 'bare.git'), '--dir', out], ws.dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/not empty/);
  }, 60_000);
});
