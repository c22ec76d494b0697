import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { disambiguatedLedgerPath, loadLedger } from '../../src/ledger/index.js';
import { ROOT, ensureBuilt, runCli, tmpDir } from './helpers.js';

const ARTICLE = join(ROOT, 'test', 'fixtures', 'ledgers', 'article.md');
const OTHER = join(ROOT, 'test', 'fixtures', 'ledgers', 'article-edited.md');
/** Control characters that must never reach the terminal raw (tab and newline are fine). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const OWN_SGR = /\u001b\[[0-9;]*m/g;
const OWN_HYPERLINK = /\u001b\]8;;(?:https:\/\/[^\u0000-\u001f\u007f-\u009f]*)?\u001b\\/g;

beforeAll(() => ensureBuilt(), 180_000);

function ws(): string {
  const dir = tmpDir();
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  return dir;
}

describe('one ledger per article path', () => {
  it('a/x.md and b/x.md get two ledgers; a review of one never touches the other; the first keeps claims/x.yaml', async () => {
    const dir = ws();
    copyFileSync(ARTICLE, join(dir, 'a', 'x.md'));
    copyFileSync(OTHER, join(dir, 'b', 'x.md'));
    expect((await runCli(['check', 'a/x.md', '--fail-on', 'none', '-f', 'json'], dir)).code).toBe(0);
    expect((await runCli(['check', 'b/x.md', '--fail-on', 'none', '-f', 'json'], dir)).code).toBe(0);
    const hashed = disambiguatedLedgerPath('b/x.md');
    expect(hashed).toMatch(/^claims\/x-[0-9a-f]{6}\.yaml$/);
    const a = (await loadLedger(join(dir, 'claims', 'x.yaml')))!.ledger;
    const b = (await loadLedger(join(dir, hashed)))!.ledger;
    expect([a.article, b.article]).toEqual(['a/x.md', 'b/x.md']);
    const aBytes = readFileSync(join(dir, 'claims', 'x.yaml'));
    const id = b.claims[0]!.id;
    const r = await runCli(['review', 'b/x.md', id, '--status', 'not-checkable', '--by', 'bee'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(hashed);
    expect(readFileSync(join(dir, 'claims', 'x.yaml')).equals(aBytes)).toBe(true);
    expect((await loadLedger(join(dir, hashed)))!.ledger.claims.find((c) => c.id === id)?.reviewer).toBe('bee');
    // checking again finds the same ledgers
    expect((await runCli(['check', 'b/x.md', '--fail-on', 'none', '-f', 'json'], dir)).code).toBe(0);
    expect((await loadLedger(join(dir, hashed)))!.ledger.claims.find((c) => c.id === id)?.reviewer).toBe('bee');
    expect(readFileSync(join(dir, 'claims', 'x.yaml')).equals(aBytes)).toBe(true);
  });

  it('report -o onto a ledger is refused; the ledger is unchanged', async () => {
    const dir = ws();
    copyFileSync(ARTICLE, join(dir, 'a', 'x.md'));
    expect((await runCli(['check', 'a/x.md', '--fail-on', 'none', '-f', 'json'], dir)).code).toBe(0);
    const before = readFileSync(join(dir, 'claims', 'x.yaml'));
    const r = await runCli(['report', 'a/x.md', '-f', 'json', '-o', 'claims/x.yaml', '--fail-on', 'none'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('claims/x.yaml: refusing to write the report over a ledger');
    expect(readFileSync(join(dir, 'claims', 'x.yaml')).equals(before)).toBe(true);
  });
});

describe('only regular files inside the workspace', () => {
  it('an article linked to .git/config is refused (exit 2), no ledger is written', async () => {
    const dir = ws();
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['config', 'http.extraheader', 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA=='], { cwd: dir });
    symlinkSync('../.git/config', join(dir, 'a', 'innocent.md'));
    const r = await runCli(['check', 'a/innocent.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a/innocent.md: the article is a symbolic link into a .git folder');
    expect(r.stdout + r.stderr).not.toContain('eC1hY2Nlc3M');
    expect(existsSync(join(dir, 'claims'))).toBe(false);
  });

  it('an article linked outside the workspace is refused', async () => {
    const dir = ws();
    symlinkSync(ARTICLE, join(dir, 'a', 'x.md'));
    const r = await runCli(['extract', 'a/x.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\/x\.md: the article is a symbolic link to .* outside the workspace; refused/);
  });

  it('a ledger linked outside the workspace is refused (exit 2); the outside file is untouched', async () => {
    const dir = ws();
    copyFileSync(ARTICLE, join(dir, 'a', 'x.md'));
    const outside = join(tmpDir('cc-outside-'), 'precious.yaml');
    writeFileSync(outside, 'precious: true\n');
    mkdirSync(join(dir, 'claims'));
    symlinkSync(outside, join(dir, 'claims', 'x.yaml'));
    const r = await runCli(['check', 'a/x.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/claims\/x\.yaml: the ledger is a symbolic link to .*outside the workspace/);
    expect(readFileSync(outside, 'utf8')).toBe('precious: true\n');
    expect(lstatSync(join(dir, 'claims', 'x.yaml')).isSymbolicLink()).toBe(true);
  });

  it('/dev/zero, a link to it, and a FIFO are refused at once', async () => {
    const dir = ws();
    symlinkSync('/dev/zero', join(dir, 'a', 'zero.md'));
    execFileSync('mkfifo', [join(dir, 'a', 'pipe.md')]);
    for (const [path, says] of [
      ['/dev/zero', 'a device, not a regular file'],
      ['a/zero.md', 'outside the workspace'],
      ['a/pipe.md', 'a FIFO (named pipe), not a regular file'],
    ] as const) {
      const r = await runCli(['check', path, '--no-ledger'], dir, {}, { timeoutMs: 60_000 });
      expect(r.code, `${path}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain(says);
    }
  });

  it('-o /dev/full is refused; the device stays a device', async () => {
    const dir = ws();
    copyFileSync(ARTICLE, join(dir, 'a', 'x.md'));
    const r = await runCli(['check', 'a/x.md', '--no-ledger', '-f', 'json', '-o', '/dev/full'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/dev/full: refusing to write the report: a device, not a regular file');
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('an article over the size limit is refused with the flag that raises it; --max-size sets it', async () => {
    const dir = ws();
    const para = `${readFileSync(ARTICLE, 'utf8')}\n\n`;
    writeFileSync(join(dir, 'a', 'big.md'), para.repeat(Math.ceil((2.2 * 1024 * 1024) / para.length)));
    const r = await runCli(['extract', 'a/big.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\/big\.md: the article is larger than the 2\.0 MB limit \(2\.2 MB\)\n {2}hint: .*--max-size <MB>/);
    const small = await runCli(['extract', 'a/big.md', '--max-size', '0.5'], dir);
    expect(small.code).toBe(2);
  });
});

describe('no raw control character reaches the terminal', () => {
  it('extract of an article full of escape sequences prints none', async () => {
    const dir = ws();
    const evil = [
      '# Title \u001b]0;pwned\u0007 here',
      '',
      'Azure AD \u001b[2J\u001b[H tokens expire after 60 minutes.',
      'The service does not\b\b\b\b\b\b\b\b support\r SSO with \u001b]52;c;ZWNobyBoaQ==\u0007 passkeys in 2024.',
      'Graph \u009b31m returns 200 \u202e items per page for the users endpoint.',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'a', 'evil.md'), evil);
    const r = await runCli(['extract', 'a/evil.md', '--all'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('tokens expire');
    expect(RAW_CONTROL.test(r.stdout)).toBe(false);
    expect(r.stdout).toContain('\\x1b');
  });

  it('check --format terminal (with --color) prints none from the article: only its own colour and link sequences', async () => {
    const dir = ws();
    const evil = [
      '# Tokens \u001b]0;pwned\u0007',
      '',
      'Azure AD \u001b[2J\u001b[H tokens expire after 60 minutes, see https://learn.microsoft.com/a\u001b]8;;http://evil/\u0007.',
      'The service does not\b\b\b\b support\r SSO with passkeys since 2024.',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'a', 'evil.md'), evil);
    for (const extra of [[], ['--color']]) {
      const r = await runCli(['check', 'a/evil.md', '--no-ledger', '--fail-on', 'none', ...extra], dir, extra.length ? { NO_COLOR: '', FORCE_COLOR: '1' } : {});
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('tokens expire');
      // the report's own SGR colours and OSC 8 hyperlinks (to https URLs only) are fine; nothing else is
      const own = r.stdout.replace(OWN_SGR, '').replace(OWN_HYPERLINK, '');
      expect(RAW_CONTROL.test(own), JSON.stringify(own.match(RAW_CONTROL))).toBe(false);
    }
  });

  it('an error message about a file whose name holds escape sequences prints none', async () => {
    const dir = ws();
    const r = await runCli(['check', 'a/\u001b[2Jmissing\u0007.md'], dir);
    expect(r.code).toBe(2);
    expect(RAW_CONTROL.test(r.stderr)).toBe(false);
    expect(r.stderr).toContain('\\x1b[2Jmissing\\x07.md');
  });
});
