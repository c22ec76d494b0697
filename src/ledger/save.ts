import { createHash } from 'node:crypto';
import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Document } from 'yaml';
import { ClaimcheckError } from '../errors.js';
import { TEMP_NAME, writeFileDurably } from '../io/durable-write.js';
import { readRegularFile } from '../io/read-regular.js';
import { Ledger } from '../schema/ledger.js';
import { createNode, writeLedgerIntoDocument } from './doc-update.js';
import { heldLock, withLedgerLock, type LockOptions } from './lock.js';
import { MAX_LEDGER_BYTES } from './load.js';

/** YAML text for a ledger: in place into `previousDoc` when given (comments and key order survive), else new. */
export function stringifyLedger(ledger: Ledger, previousDoc?: Document): string {
  let doc: Document;
  if (previousDoc) {
    doc = previousDoc;
    writeLedgerIntoDocument(doc, ledger);
  } else {
    doc = new Document();
    doc.contents = createNode(doc, ledger, []) as never;
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

/** write-file-atomic's old temp names, `<file>.<number>`, still cleaned up after an upgrade. */
const LEGACY_TEMP_SUFFIX = /^\d+$/;

/**
 * A writer killed mid-write leaves its temp file behind. Only a lock holder writes, so under the lock
 * any such file is an orphan and can go.
 */
async function removeOrphanTempFiles(file: string): Promise<void> {
  const base = basename(file);
  const names = await readdir(dirname(file)).catch(() => [] as string[]);
  for (const name of names) {
    const legacy = name.startsWith(`${base}.`) && LEGACY_TEMP_SUFFIX.test(name.slice(base.length + 1));
    if (legacy || TEMP_NAME.exec(name)?.[1] === base) await unlink(join(dirname(file), name)).catch(() => undefined);
  }
}

/** sha256 of a ledger file's bytes, or null when there is none: what a writer compares before its rename. */
export async function ledgerDigest(file: string): Promise<string | null> {
  const bytes = await readRegularFile(file, { what: 'ledger', maxBytes: MAX_LEDGER_BYTES });
  return bytes === undefined ? null : createHash('sha256').update(bytes).digest('hex');
}

/** Thrown before the rename when the ledger on disk is no longer the one the new text was merged from. */
export class LedgerChangedError extends Error {
  constructor(file: string) {
    super(`${file} changed while it was being updated`);
    this.name = 'LedgerChangedError';
  }
}

export interface SaveOptions extends LockOptions {
  /**
   * The digest (ledgerDigest) of the ledger the new one was merged from, or null when there was none.
   * Just before the rename the file on disk is compared with it; if another writer got in (our lock was
   * taken over while we were suspended or busy), LedgerChangedError is thrown and nothing is written.
   */
  expectDigest?: string | null;
}

/**
 * Validate, then write durably (temp file, checked writes, fsync, rename) under the ledger lock.
 * A reader, or a process killed mid-write, only ever sees the old or the new file, never a partial one;
 * a full disk leaves the old file byte for byte and exits 2.
 */
export async function saveLedger(file: string, ledger: Ledger, previousDoc?: Document, opts: SaveOptions = {}): Promise<void> {
  const checked = Ledger.safeParse(ledger);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ClaimcheckError('ELEDGER', `refusing to write an invalid ledger: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`, {
      place: { file },
    });
  }
  const ids = new Set<string>();
  for (const c of ledger.claims) {
    if (ids.has(c.id)) throw new ClaimcheckError('ELEDGER', `refusing to write a ledger with duplicate id ${c.id}`, { place: { file } });
    ids.add(c.id);
  }
  const text = stringifyLedger(ledger, previousDoc);
  await withLedgerLock(
    file,
    async () => {
      await removeOrphanTempFiles(file);
      const expect = opts.expectDigest;
      await writeFileDurably(file, text, {
        what: 'ledger',
        ...(expect !== undefined
          ? {
              beforeRename: async () => {
                if (heldLock(file)?.compromised || (await ledgerDigest(file)) !== expect) throw new LedgerChangedError(file);
              },
            }
          : {}),
      });
    },
    opts,
  );
}
