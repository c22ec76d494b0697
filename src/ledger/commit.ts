import { ClaimcheckError } from '../errors.js';
import type { Claim } from '../schema/claim.js';
import type { Ledger } from '../schema/ledger.js';
import { loadLedger, type LoadedLedger } from './load.js';
import { withLedgerLock, type LockOptions } from './lock.js';
import { mergeLedger, type MergeMeta } from './merge.js';
import { LedgerChangedError, ledgerDigest, saveLedger } from './save.js';

/** How many times a writer re-reads and re-merges after finding the ledger changed under it. */
const MAX_REMERGES = 8;

export interface Snapshot {
  loaded: LoadedLedger | undefined;
  digest: string | null;
}

/** The ledger as it is now, with the digest a later write compares against. */
export async function readSnapshot(file: string): Promise<Snapshot> {
  const digest = await ledgerDigest(file);
  const loaded = digest === null ? undefined : await loadLedger(file);
  // read twice to be sure the digest belongs to what was parsed (a writer may rename in between)
  return (await ledgerDigest(file)) === digest ? { loaded, digest } : readSnapshot(file);
}

/**
 * Read–change–write a ledger under its lock: `change` gets the ledger as it is now and returns the new
 * one. If the lock is lost meanwhile (this process was suspended, or too busy to refresh it, and another
 * writer took it over) and the file changed, nothing is overwritten: the ledger is read again and
 * `change` runs again on it.
 */
export async function commitLedger(file: string, change: (current: Snapshot) => Ledger | Promise<Ledger>, opts: LockOptions = {}): Promise<Ledger> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await withLedgerLock(
        file,
        async () => {
          const snap = await readSnapshot(file);
          const ledger = await change(snap);
          await saveLedger(file, ledger, snap.loaded?.doc, { ...opts, expectDigest: snap.digest });
          return ledger;
        },
        opts,
      );
    } catch (err) {
      if (!(err instanceof LedgerChangedError)) throw err;
      if (attempt >= MAX_REMERGES) {
        throw new ClaimcheckError('ELOCK', 'the ledger kept changing under this run; nothing was written', {
          place: { file },
          hint: 'another claimcheck keeps writing it: run again when it is done',
        });
      }
    }
  }
}

/**
 * `check` on a ledger: verification (the slow part) runs on a snapshot without holding the lock, so a
 * `review` is never kept waiting by it; the lock is then held for the read–merge–write. If the ledger
 * changed since the snapshot (a review landed), the fresh claims are merged into the ledger as it is
 * now, and each auto claim takes the verdict just computed for it, so the review's verdict survives.
 */
export async function checkIntoLedger(file: string, fresh: Claim[], meta: MergeMeta, verify: (ledger: Ledger) => Promise<Ledger>, opts: LockOptions = {}): Promise<Ledger> {
  const before = await readSnapshot(file);
  const verified = await verify(mergeLedger(before.loaded?.ledger, fresh, meta).ledger);
  return commitLedger(file, (now) => (now.digest === before.digest ? verified : remergeVerified(now.loaded?.ledger, verified, fresh, meta)), opts);
}

/** Fresh claims merged into `current`; auto claims take the verdict `verified` computed for the same id. */
export function remergeVerified(current: Ledger | undefined, verified: Ledger, fresh: Claim[], meta: MergeMeta): Ledger {
  const merged = mergeLedger(current, fresh, meta).ledger;
  const byId = new Map(verified.claims.filter((c) => !c.removed).map((c) => [c.id, c]));
  const claims = merged.claims.map((c) => {
    const v = byId.get(c.id);
    if (c.removed || c.origin === 'reviewer' || !v || v.origin === 'reviewer') return c;
    const out: Claim = { ...v };
    if (c.note !== undefined) out.note = c.note;
    if (c.history.length > 0) out.history = c.history;
    return out;
  });
  return { ...verified, claims };
}
