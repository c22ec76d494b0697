import { appendFileSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, mountTmpfs, runCli, tmpDir } from './helpers.js';

const ARTICLE = join(ROOT, 'test', 'fixtures', 'ledgers', 'article.md');
const DOCS = join(ROOT, 'test', 'fixtures', 'docs');

beforeAll(() => ensureBuilt(), 180_000);

function expectClear(r: { code: number | null; stderr: string }, says: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(says);
  expect(r.stderr).not.toContain('internal error');
}

describe('file-system conditions are explained, never "internal error"', () => {
  it('a file name that is too long', async () => {
    const dir = tmpDir();
    expectClear(await runCli(['check', `${'n'.repeat(300)}.md`], dir), /the file name is too long \(ENAMETOOLONG\)/);
  });

  it('a missing --index is an error, not a quiet fallback to the pack', async () => {
    const dir = tmpDir();
    copyFileSync(ARTICLE, join(dir, 'a.md'));
    expectClear(await runCli(['check', 'a.md', '--no-ledger', '--index', 'nope/index.sqlite'], dir), /nope\/index\.sqlite: no docs index at this path/);
  });

  it('a YAML alias bomb in a ledger', async () => {
    const dir = tmpDir();
    copyFileSync(ARTICLE, join(dir, 'a.md'));
    mkdirSync(join(dir, 'claims'));
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    writeFileSync(join(dir, 'claims', 'a.yaml'), `${lines.join('\n')}\n`);
    expectClear(await runCli(['status'], dir), /claims\/a\.yaml:1:1: the ledger uses YAML aliases in a way claimcheck refuses/);
  });

  it('a bad ledger does not stop status for the others, with or without --prune', async () => {
    const dir = tmpDir();
    copyFileSync(ARTICLE, join(dir, 'a.md'));
    expect((await runCli(['check', 'a.md', '--fail-on', 'none', '-f', 'json'], dir)).code).toBe(0);
    writeFileSync(join(dir, 'claims', 'broken.yaml'), 'article: [unclosed\n');
    for (const args of [['status'], ['status', '--prune']]) {
      const r = await runCli(args, dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toContain('claims/a.yaml');
      expect(r.stderr).toContain('claims/broken.yaml');
    }
  });

  it('an index held by another writer: "locked by another process", not "internal error"', async () => {
    const dir = tmpDir();
    expect((await runCli(['corpus', 'add', join(DOCS, 'entra-docs'), '--preset', 'entra-docs', '--index', 'i.sqlite'], dir)).code).toBe(0);
    const holder = new Database(join(dir, 'i.sqlite'));
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const r = await runCli(['corpus', 'add', join(DOCS, 'entra-docs'), '--preset', 'entra-docs', '--name', 'second', '--index', 'i.sqlite'], dir);
      expectClear(r, /i\.sqlite: .*the index is locked by another process \(SQLITE_BUSY/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  }, 60_000);

  it('a read-only file system (tmpfs mounted ro), when it can be mounted', async (ctx) => {
    const m = mountTmpfs(1024);
    if ('skip' in m) {
      console.log(`read-only test skipped: ${m.skip}`);
      ctx.skip();
      return;
    }
    try {
      mkdirSync(join(m.dir, 'claims'));
      copyFileSync(ARTICLE, join(m.dir, 'a.md'));
      expect((await runCli(['check', 'a.md', '--fail-on', 'none', '-f', 'json'], m.dir)).code).toBe(0);
      const before = readFileSync(join(m.dir, 'claims', 'a.yaml'));
      // with nothing new the check writes nothing (stable output); a sentence added gives it a ledger to write
      appendFileSync(join(m.dir, 'a.md'), '\n\nMicrosoft Entra ID supports passkeys in Microsoft Authenticator.\n');
      const { spawnSync } = await import('node:child_process');
      expect(spawnSync('mount', ['-o', 'remount,ro', m.dir]).status).toBe(0);
      expectClear(await runCli(['check', 'a.md', '--fail-on', 'none', '-f', 'json'], m.dir), /claims\/a\.yaml: cannot (?:lock|write) the ledger: the file system is read-only \(EROFS\)/);
      expect(readFileSync(join(m.dir, 'claims', 'a.yaml')).equals(before)).toBe(true);
    } finally {
      m.unmount();
    }
  });
});
