import { mkdir, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Document } from 'yaml';
import writeFileAtomic from 'write-file-atomic';
import { ClaimcheckError } from '../errors.js';
import { Ledger } from '../schema/ledger.js';
import { createNode, writeLedgerIntoDocument } from './doc-update.js';
import { withLedgerLock, type LockOptions } from './lock.js';

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

/**
 * write-file-atomic names its temp file `<file>.<number>`; a writer killed mid-write leaves one behind.
 * Only a lock holder writes, so under the lock any such file is an orphan and can go.
 */
async function removeOrphanTempFiles(file: string): Promise<void> {
  const prefix = `${basename(file)}.`;
  const names = await readdir(dirname(file)).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length))) {
      await unlink(join(dirname(file), name)).catch(() => undefined);
    }
  }
}

/**
 * Validate, then write atomically (temp file + fsync + rename) under the ledger lock.
 * A reader, or a process killed mid-write, only ever sees the old or the new file, never a partial one.
 */
export async function saveLedger(file: string, ledger: Ledger, previousDoc?: Document, opts: LockOptions = {}): Promise<void> {
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
  await mkdir(dirname(file), { recursive: true });
  await withLedgerLock(
    file,
    async () => {
      await removeOrphanTempFiles(file);
      await writeFileAtomic(file, text, { encoding: 'utf8', fsync: true });
    },
    opts,
  );
}
