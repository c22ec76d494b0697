import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { ClaimcheckError, explainSystemError } from '../errors.js';
import { describeKind } from './durable-write.js';
import { resolveInWorkspace } from './workspace.js';

export interface ReadRegularOptions {
  /** "article", "ledger": for messages */
  what: string;
  /** refuse files larger than this (bytes) */
  maxBytes: number;
  /** how to raise the limit, for the hint ("pass --max-size 20"); omitted when it cannot be raised */
  raiseHint?: string;
}

/** Open flags: never block on a FIFO, never make a terminal ours. */
const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

/**
 * Read a whole file, but only a regular file inside the workspace and no larger than `maxBytes`.
 * FIFOs, devices (/dev/zero), sockets and links out of the workspace are refused at once, before a
 * byte is read; a file that grows past the limit while being read is refused too. Undefined when there
 * is no file.
 */
export async function readRegularFile(path: string, opts: ReadRegularOptions): Promise<Buffer | undefined> {
  const { real, exists } = await resolveInWorkspace(path, opts.what);
  if (!exists) return undefined;
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(real, READ_FLAGS);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw explainSystemError(err, `cannot read the ${opts.what}`, path) ?? err;
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new ClaimcheckError('EISDIR', `the ${opts.what} path is a directory`, { place: { file: path } });
    if (!info.isFile()) {
      throw new ClaimcheckError('ELIMIT', `refusing to read the ${opts.what}: ${describeKind(info)}, not a regular file`, {
        place: { file: path },
        hint: 'give the path of a regular file',
      });
    }
    if (info.size > opts.maxBytes) throw tooLarge(path, opts, info.size);
    const buf = Buffer.alloc(Math.min(info.size, opts.maxBytes) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled > opts.maxBytes) throw tooLarge(path, opts, filled);
      if (filled === buf.length) break; // grew while we read: read no further than the size we saw + 1
    }
    return buf.subarray(0, filled);
  } catch (err) {
    throw explainSystemError(err, `cannot read the ${opts.what}`, path) ?? err;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function tooLarge(path: string, opts: ReadRegularOptions, size: number): ClaimcheckError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new ClaimcheckError('ELIMIT', `the ${opts.what} is ${size > opts.maxBytes ? 'larger than' : 'at'} the ${mb(opts.maxBytes)} limit (${mb(size)})`, {
    place: { file: path },
    ...(opts.raiseHint ? { hint: opts.raiseHint } : {}),
  });
}
