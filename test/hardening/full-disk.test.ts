import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLedger, saveLedger } from '../../src/ledger/index.js';
import { ROOT, ensureBuilt, fillUp, mountTmpfs, runCli } from './helpers.js';

/**
 * A disk that fills up mid-write: a real 4 MB tmpfs, filled to the last few KB, under the workspace.
 * Every command that writes must exit 2 with a clear message and leave every file byte for byte.
 */
const mount = mountTmpfs(4096);
const skip = 'skip' in mount ? mount.skip : undefined;
if (skip) console.log(`full-disk tests skipped: ${skip} (the injected-write tests in durable-write.test.ts still run)`);

const ARTICLE = join(ROOT, 'test', 'fixtures', 'ledgers', 'article.md');
const DOCS = join(ROOT, 'test', 'fixtures', 'docs');

/** Every regular file under `dir` (but the filler) with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.fill') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(p, readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

function expectUnchanged(before: Map<string, Buffer>, after: Map<string, Buffer>): void {
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [file, bytes] of before) expect(after.get(file)?.equals(bytes), `${file} changed`).toBe(true);
}

describe.skipIf(skip !== undefined)('a disk that fills up mid-write (tmpfs)', () => {
  const dir = 'dir' in mount ? mount.dir : '';
  const ws = join(dir, 'ws');
  let claimId = '';

  beforeAll(async () => {
    await ensureBuilt();
    mkdirSync(join(ws, 'sources'), { recursive: true });
    copyFileSync(ARTICLE, join(ws, 'sources', 'article.md'));
    expect((await runCli(['check', 'sources/article.md', '--fail-on', 'none'], ws)).code).toBe(0);
    expect((await runCli(['report', 'sources/article.md', '-f', 'html', '-o', 'out/report.html', '--fail-on', 'none'], ws)).code).toBe(0);
    expect((await runCli(['corpus', 'add', join(DOCS, 'entra-docs'), '--preset', 'entra-docs', '--index', 'idx/index.sqlite'], ws)).code).toBe(0);
    // a second ledger with a removed claim, for status --prune
    const loaded = (await loadLedger(join(ws, 'claims', 'article.yaml')))!;
    claimId = loaded.ledger.claims[0]!.id;
    const claims = loaded.ledger.claims.map((c, i) => (i === 1 ? { ...c, removed: true, note: 'kept for its note' } : c));
    await saveLedger(join(ws, 'claims', 'other.yaml'), { ...loaded.ledger, claims });
    // a check with nothing new leaves the ledger untouched (stable output, issue 19); a sentence added
    // since the last check gives the check under test a ledger to write
    appendFileSync(join(ws, 'sources', 'article.md'), '\n\nMicrosoft Entra ID supports passkeys in Microsoft Authenticator.\n');
    fillUp(dir, 4);
  }, 120_000);

  afterAll(() => {
    if ('unmount' in mount) mount.unmount();
  });

  const cases: Array<[string, string[]]> = [
    ['check', ['check', 'sources/article.md', '--fail-on', 'none']],
    ['review', ['review', 'sources/article.md', '<id>', '--status', 'not-checkable', '--by', 'alice', '--note', 'x'.repeat(8000)]],
    ['status --prune', ['status', '--prune']],
    ['report --output', ['report', 'sources/article.md', '-f', 'html', '-o', 'out/report.html', '--fail-on', 'none', '--width', '200']],
    ['corpus add', ['corpus', 'add', join(DOCS, 'graph-docs'), '--preset', 'graph-docs', '--index', 'idx/index.sqlite']],
  ];

  for (const [name, args] of cases) {
    it(`${name}: exit 2, says the disk is full, every file byte for byte`, async () => {
      const before = snapshot(ws);
      const r = await runCli(
        args.map((a) => (a === '<id>' ? claimId : a)),
        ws,
      );
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/no space left on the device|the database or disk is full/);
      expect(r.stderr).not.toContain('internal error');
      expectUnchanged(before, snapshot(ws));
    });
  }

  it('the old files are still whole: the ledger loads, the report ends with </html>', async () => {
    expect((await loadLedger(join(ws, 'claims', 'article.yaml')))?.ledger.claims.length).toBeGreaterThan(0);
    expect(
      readFileSync(join(ws, 'out', 'report.html'), 'utf8')
        .trimEnd()
        .endsWith('</html>'),
    ).toBe(true);
    rmSync(join(dir, '.fill'), { recursive: true, force: true });
    expect(existsSync(join(ws, 'claims', 'article.yaml'))).toBe(true);
  });
});
