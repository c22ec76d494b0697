import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimcheckError } from '../../src/errors.js';
import { FORMAT_NAMES, exitCodeFor, getFormatter, parseFailOn, resolveColor, writeOutput } from '../../src/report/index.js';
import { fixtureLedger } from './fixture.js';

describe('parseFailOn', () => {
  it('defaults to contradicted, splits and de-duplicates lists, accepts none', () => {
    expect(parseFailOn(undefined)).toEqual(['contradicted']);
    expect(parseFailOn('unverified, contradicted,unverified')).toEqual(['unverified', 'contradicted']);
    expect(parseFailOn('none')).toEqual([]);
  });

  it('throws a usage error naming the bad status', () => {
    expect(() => parseFailOn('verified,maybe')).toThrow(ClaimcheckError);
    try {
      parseFailOn('maybe');
    } catch (err) {
      expect((err as ClaimcheckError).code).toBe('EUSAGE');
      expect((err as ClaimcheckError).message).toBe('--fail-on: unknown status "maybe"');
    }
    expect(() => parseFailOn('')).toThrow('no status given');
  });
});

describe('exitCodeFor', () => {
  it('is 1 when a live claim matches, ignoring removed claims', () => {
    const ledger = fixtureLedger();
    expect(exitCodeFor(ledger, ['contradicted'])).toBe(1);
    expect(exitCodeFor(ledger, [])).toBe(0);
    // the only other contradicted claim in the fixture is the removed one
    ledger.claims = ledger.claims.filter((c) => c.status !== 'contradicted' || c.removed === true);
    expect(exitCodeFor(ledger, ['contradicted'])).toBe(0);
  });
});

describe('resolveColor', () => {
  it('follows NO_COLOR, FORCE_COLOR, TTY and file output', () => {
    expect(resolveColor({}, true, false)).toBe(true);
    expect(resolveColor({}, false, false)).toBe(false);
    expect(resolveColor({ NO_COLOR: '1' }, true, false)).toBe(false);
    expect(resolveColor({ NO_COLOR: '' }, true, false)).toBe(true); // no-color.org: set and not empty
    expect(resolveColor({ FORCE_COLOR: '1' }, false, false)).toBe(true);
    expect(resolveColor({ FORCE_COLOR: '0' }, true, false)).toBe(true);
    expect(resolveColor({ FORCE_COLOR: '1' }, true, true)).toBe(false);
  });
});

describe('writeOutput and the formatter registry', () => {
  it('writes a file, creating its folder, leaving no temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-out-'));
    await writeOutput('hello\n', join(dir, 'a', 'b.txt'));
    expect(readFileSync(join(dir, 'a', 'b.txt'), 'utf8')).toBe('hello\n');
    expect(readdirSync(join(dir, 'a'))).toEqual(['b.txt']);
  });

  it('fails with a ClaimcheckError naming the file when it cannot write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-out-'));
    await expect(writeOutput('x', dir)).rejects.toThrow(ClaimcheckError);
  });

  it('has every format', () => {
    expect([...FORMAT_NAMES]).toEqual(['terminal', 'markdown', 'html', 'json', 'sarif', 'claimreview']);
    for (const name of FORMAT_NAMES) expect(getFormatter(name).name).toBe(name);
  });
});
