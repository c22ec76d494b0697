import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClaimcheckError } from '../../src/errors.js';
import { writeFileDurably, type WriteFs } from '../../src/io/durable-write.js';
import { readRegularFile } from '../../src/io/read-regular.js';
import { tmpDir } from './helpers.js';

/** An fs whose file handles fail the way a full or broken disk does, after `okBytes` bytes. */
function failingFs(mode: 'short' | 'enospc' | 'fsync', okBytes: number): WriteFs {
  const open = (async (...args: Parameters<typeof fsp.open>) => {
    const handle = await fsp.open(...args);
    let written = 0;
    return new Proxy(handle, {
      get(target, prop, receiver) {
        if (prop === 'write') {
          return async (buf: Uint8Array, offset: number, length: number) => {
            if (written >= okBytes) {
              if (mode === 'short') return { bytesWritten: 0, buffer: buf };
              if (mode === 'enospc') throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
            }
            const n = Math.min(length, Math.max(1, okBytes - written));
            const r = await target.write(buf, offset, n);
            written += r.bytesWritten;
            return r;
          };
        }
        if (prop === 'sync' && mode === 'fsync') return async () => Promise.reject(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }));
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
  }) as typeof fsp.open;
  return { open, rename: fsp.rename, unlink: fsp.unlink };
}

let cwd = '';
let ws = '';
beforeEach(() => {
  cwd = process.cwd();
  ws = tmpDir();
  process.chdir(ws);
});
afterEach(() => process.chdir(cwd));

describe('writeFileDurably: a failed write leaves the old file byte for byte', () => {
  for (const mode of ['short', 'enospc', 'fsync'] as const) {
    it(`${mode === 'short' ? 'a zero-byte (short) write' : mode === 'enospc' ? 'ENOSPC mid-write' : 'a failing fsync'}: exit-2 error, old bytes, no temp file`, async () => {
      const file = join(ws, 'claims', 'a.yaml');
      mkdirSync(join(ws, 'claims'));
      const old = `old: ${'x'.repeat(5000)}\n`;
      writeFileSync(file, old);
      const err = await writeFileDurably(file, `new: ${'y'.repeat(20_000)}\n`, { what: 'ledger', fs: failingFs(mode, 4096) }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ClaimcheckError);
      const e = err as ClaimcheckError;
      expect(e.code).toBe('EFS');
      expect(e.format()).toContain(mode === 'fsync' ? 'input/output error (EIO)' : 'no space left on the device (ENOSPC)');
      expect(e.format()).toContain('claims/a.yaml');
      expect(readFileSync(file, 'utf8')).toBe(old);
      expect(readdirSync(join(ws, 'claims'))).toEqual(['a.yaml']);
    });
  }

  it('a good write replaces the file whole and keeps its mode', async () => {
    const file = join(ws, 'r.txt');
    writeFileSync(file, 'old', { mode: 0o640 });
    await writeFileDurably(file, 'new text', { what: 'report' });
    expect(readFileSync(file, 'utf8')).toBe('new text');
    expect(lstatSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(ws)).toEqual(['r.txt']);
  });

  it('beforeRename can abandon the write: the old file stays', async () => {
    const file = join(ws, 'l.yaml');
    writeFileSync(file, 'old');
    const err = await writeFileDurably(file, 'new', {
      what: 'ledger',
      beforeRename: async () => {
        throw new Error('changed');
      },
    }).catch((e: unknown) => e);
    expect((err as Error).message).toBe('changed');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(ws)).toEqual(['l.yaml']);
  });
});

describe('what is never written or read', () => {
  it('a device (/dev/null) is refused, not replaced by a file', async () => {
    const err = await writeFileDurably('/dev/null', 'x', { what: 'report' }).catch((e: unknown) => e);
    expect((err as ClaimcheckError).code).toBe('ELIMIT');
    expect((err as ClaimcheckError).message).toContain('a device, not a regular file');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a ledger symlink pointing outside the workspace is refused; the outside file is untouched', async () => {
    const outside = join(tmpDir('cc-outside-'), 'target.txt');
    writeFileSync(outside, 'precious');
    mkdirSync(join(ws, 'claims'));
    symlinkSync(outside, join(ws, 'claims', 'x.yaml'));
    const err = await writeFileDurably('claims/x.yaml', 'overwritten', { what: 'ledger' }).catch((e: unknown) => e);
    expect((err as ClaimcheckError).code).toBe('ELIMIT');
    expect((err as ClaimcheckError).format()).toMatch(/^claims\/x\.yaml: the ledger is a symbolic link to .*outside the workspace/);
    expect(readFileSync(outside, 'utf8')).toBe('precious');
    await expect(readRegularFile('claims/x.yaml', { what: 'ledger', maxBytes: 1e6 })).rejects.toThrow(/outside the workspace/);
  });

  it('a link inside the workspace is followed: the link stays, its target gets the text', async () => {
    writeFileSync(join(ws, 'real.yaml'), 'old');
    symlinkSync('real.yaml', join(ws, 'link.yaml'));
    await writeFileDurably('link.yaml', 'new', { what: 'ledger' });
    expect(lstatSync(join(ws, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(ws, 'real.yaml'), 'utf8')).toBe('new');
  });

  it('an article linked to .git/config is refused', async () => {
    mkdirSync(join(ws, '.git'));
    writeFileSync(join(ws, '.git', 'config'), '[http] extraheader = AUTHORIZATION: basic c2VjcmV0');
    mkdirSync(join(ws, 'articles'));
    symlinkSync('../.git/config', join(ws, 'articles', 'innocent.md'));
    await expect(readRegularFile('articles/innocent.md', { what: 'article', maxBytes: 1e6 })).rejects.toThrow(/symbolic link into a \.git folder/);
  });
});
