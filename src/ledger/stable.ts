import { isDeepStrictEqual } from 'node:util';
import type { Ledger } from '../schema/ledger.js';

/** Plain data: undefined-valued keys dropped, as they are when a ledger is written and read back. */
function plain(ledger: Ledger): unknown {
  return JSON.parse(JSON.stringify({ ...ledger, checkedAt: '' }));
}

/**
 * A re-run that changed nothing keeps the previous `checkedAt`, so the file stays byte-for-byte the same
 * (the date moves only when something in the ledger moved). `unchanged` tells the caller it need not write.
 */
export function keepDateWhenUnchanged(previous: Ledger | undefined, next: Ledger): { ledger: Ledger; unchanged: boolean } {
  if (!previous || !isDeepStrictEqual(plain(previous), plain(next))) return { ledger: next, unchanged: false };
  return { ledger: { ...next, checkedAt: previous.checkedAt }, unchanged: true };
}
