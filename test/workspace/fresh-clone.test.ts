import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BIN, ROOT, cli, git, tmp } from './helpers.js';

// each test runs the CLI several times; on a shared 2-core machine that takes minutes, not seconds
vi.setConfig({ testTimeout: 300_000 });

/**
 * README's first command on a fresh clone (committed HEAD, no docs index): the bundled ledger is what that
 * run produces, so the run leaves the working tree clean. The clone is checked with this checkout's built
 * CLI (`npm run build` first), whose packs are the committed ones.
 */
describe('the README first command on a fresh clone', () => {
  it('leaves git status clean', () => {
    const dir = join(tmp('cc-clone-'), 'clone');
    git(['clone', '-q', ROOT, dir], ROOT);
    expect(existsSync(join(dir, '.claimcheck'))).toBe(false);
    expect(existsSync(BIN)).toBe(true);
    const r = cli(['check', 'sources/azure-latch-codes.md'], dir);
    expect(r.code, r.stderr).toBe(1); // the bundled article has contradicted claims
    expect(git(['status', '--porcelain'], dir)).toBe('');
  });
});
