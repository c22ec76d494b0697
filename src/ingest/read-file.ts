import { ClaimcheckError } from '../errors.js';
import { readRegularFile } from '../io/read-regular.js';

/**
 * Articles larger than this are refused (`--max-size` raises it). Real articles are well under 200 KB;
 * 2 MB keeps a check within a few seconds and its ledger (about 16× the article) within what status and
 * report read back.
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface ReadArticleOptions {
  /** bytes; default DEFAULT_MAX_ARTICLE_BYTES */
  maxBytes?: number;
}

/**
 * Read an article as UTF-8 text, refusing what is not one: missing, a directory, a FIFO or device, a
 * link out of the workspace or into .git, over the size limit, binary, empty. BOM removed.
 */
export async function readArticle(path: string, opts: ReadArticleOptions = {}): Promise<string> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const bytes = await readRegularFile(path, {
    what: 'article',
    maxBytes,
    raiseHint: `split the article, or raise the limit with --max-size <MB> (now ${Math.round((maxBytes / 1024 / 1024) * 10) / 10})`,
  });
  if (bytes === undefined) {
    throw new ClaimcheckError('ENOENT', 'no such file', { place: { file: path }, hint: 'check the path; articles are markdown or plain-text files' });
  }
  if (looksBinary(bytes)) {
    throw new ClaimcheckError('EBINARY', 'looks like a binary file, not text', { place: { file: path }, hint: 'claimcheck reads UTF-8 markdown or plain text' });
  }
  const text = stripBom(new TextDecoder('utf-8').decode(bytes));
  if (text.trim() === '') {
    throw new ClaimcheckError('EEMPTY', 'the article is empty', { place: { file: path }, hint: 'nothing to check: the file has no text' });
  }
  return text;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** NUL bytes, or invalid UTF-8 in the first 64 KiB, mark a file as binary (the heuristic git and grep use). */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.length < bytes.length ? trimPartialUtf8(head) : head);
    return false;
  } catch {
    return true;
  }
}

/** Drop a multi-byte sequence cut in half at the end of a sample. */
function trimPartialUtf8(head: Uint8Array): Uint8Array {
  const end = head.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = head[end - back] ?? 0;
    if ((b & 0xc0) === 0xc0) return head.subarray(0, end - back);
    if ((b & 0x80) === 0) break;
  }
  return head;
}
