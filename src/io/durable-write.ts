import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ClaimcheckError, explainSystemError } from '../errors.js';
import { resolveInWorkspace } from './workspace.js';

/** The few fs calls the write makes; tests pass wrapped ones to inject a full disk or a short write. */
export interface WriteFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
}

export interface DurableWriteOptions {
  /** What the file is, for messages: "ledger", "report", "pack". */
  what: string;
  /**
   * Called after the temp file is complete and synced, just before the rename; throwing here abandons
   * the write (the old file stays). The ledger uses it to see whether someone else wrote meanwhile.
   */
  beforeRename?: () => Promise<void>;
  fs?: WriteFs;
}

const DEFAULT_FS: WriteFs = { open: fsp.open, rename: fsp.rename, unlink: fsp.unlink };

/** The temp name: hidden, in the same folder (so the rename is atomic), unique per process and call. */
export function tempNameFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** `.name.<pid>.<hex>.tmp` files next to `file` (left by a writer killed mid-write). */
export const TEMP_NAME = /^\.(.+)\.\d+\.[0-9a-f]{8}\.tmp$/;

/**
 * The one way claimcheck writes a file (ledgers, reports, packs): a temp file in the same folder,
 * every write checked (a short or zero-byte write is an error, not a silent truncation), fsync, then a
 * rename onto the target, and an fsync of the folder. On any failure the temp file is removed, the
 * target keeps its old bytes, and a ClaimcheckError (exit 2) says what happened and what to do.
 * Devices, FIFOs, folders and links that leave the workspace are refused before anything is written.
 *
 * Hand-written rather than write-file-atomic: that library issues one write call and does not check
 * how many bytes it wrote, so on a nearly full disk it renamed a cut-off file over the ledger.
 */
export async function writeFileDurably(file: string, data: string | Uint8Array, opts: DurableWriteOptions): Promise<void> {
  const { what } = opts;
  const fs = opts.fs ?? DEFAULT_FS;
  const target = await resolveInWorkspace(file, what);
  let mode = 0o666;
  if (target.exists) {
    const info = await fsp.stat(target.real).catch((err: unknown) => {
      throw explainSystemError(err, `cannot write the ${what}`, file) ?? err;
    });
    if (!info.isFile()) {
      throw new ClaimcheckError('ELIMIT', `refusing to write the ${what}: ${describeKind(info)}, not a regular file`, {
        place: { file },
        hint: 'give the path of a regular file (or leave out --output to print to stdout)',
      });
    }
    mode = info.mode & 0o7777;
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const tmp = tempNameFor(target.real);
  let created = false;
  try {
    await fsp.mkdir(dirname(target.real), { recursive: true });
    const handle = await fs.open(tmp, 'wx', mode);
    created = true;
    try {
      let offset = 0;
      while (offset < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
        if (!(bytesWritten > 0)) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
        offset += bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (opts.beforeRename) await opts.beforeRename();
    await fs.rename(tmp, target.real);
    created = false;
    await syncFolder(dirname(target.real));
  } catch (err) {
    if (created) await fs.unlink(tmp).catch(() => undefined);
    throw explainSystemError(err, `cannot write the ${what}`, file) ?? err;
  }
}

/** fsync the folder so the rename itself survives a power cut; some file systems refuse it, which is fine. */
async function syncFolder(dir: string): Promise<void> {
  const handle = await fsp.open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

export function describeKind(info: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}
