import { closeSync, openSync, readSync } from 'node:fs';
import { constants, gunzipSync } from 'node:zlib';
import { PACK_FORMAT, PACK_VERSION, type PackFile } from './format.js';

/** What a pack says about itself before its pages: enough to tell whether it is needed at all. */
export type PackHead = Pick<PackFile, 'format' | 'version' | 'name' | 'createdAt' | 'corpora'>;

/** The compressed bytes read for the head; `writePack` puts the corpora list in the first few hundred bytes. */
const HEAD_BYTES = 4 * 1024;
/** The key that follows the head in the JSON `writePack` writes (buildPack's key order). */
const PAGES_KEY = ',"pages":';

/**
 * The head of a pack from the first bytes of its file, without inflating or parsing its pages and
 * identifiers. Undefined when the file does not start the way `writePack` writes it; the caller then
 * reads the whole pack, which reports any real problem.
 */
export function readPackHead(path: string): PackHead | undefined {
  let text: string;
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buf, 0, HEAD_BYTES, 0);
    text = gunzipSync(buf.subarray(0, n), { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
  const end = text.indexOf(PAGES_KEY);
  if (end < 0) return undefined;
  try {
    const head = JSON.parse(`${text.slice(0, end)}}`) as PackHead;
    return head.format === PACK_FORMAT && head.version === PACK_VERSION && Array.isArray(head.corpora) ? head : undefined;
  } catch {
    return undefined;
  }
}
