import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import lockfile from 'proper-lockfile';
import { ClaimcheckError, explainSystemError } from '../errors.js';

export interface LockOptions {
  /** how long to wait for another writer before failing (ms); default 15 s, > `staleMs` so a crashed holder's lock is taken over */
  timeoutMs?: number;
  /** a lock whose mtime is older than this is stale (the holder died); proper-lockfile's minimum is 2000 */
  staleMs?: number;
}

const envTimeout = Number(process.env['CLAIMCHECK_LOCK_TIMEOUT_MS']);
const DEFAULT_TIMEOUT_MS = Number.isFinite(envTimeout) && envTimeout >= 0 ? envTimeout : 15_000;
const envStale = Number(process.env['CLAIMCHECK_LOCK_STALE_MS']);
/** Tests shorten this (CLAIMCHECK_LOCK_STALE_MS) to make a lock go stale quickly; proper-lockfile's floor is 2000. */
const DEFAULT_STALE_MS = Number.isFinite(envStale) && envStale > 0 ? envStale : 10_000;

/** What the holder can ask about its lock while it works. */
export interface HeldLock {
  /** true once the lock was found taken over (we were stopped or too busy to refresh it in time) */
  readonly compromised: boolean;
}

/** Ledger paths this async context already holds, so saveLedger inside withLedgerLock does not wait on itself. */
const held = new AsyncLocalStorage<ReadonlyMap<string, HeldLock>>();

export function lockPathFor(file: string): string {
  return `${file}.lock`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Take `<file>.lock` (a directory, made atomically by mkdir), retrying with jittered backoff until the timeout. */
async function acquire(file: string, opts: LockOptions, state: { compromised: boolean }): Promise<() => Promise<void>> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  await mkdir(dirname(file), { recursive: true });
  let wait = 25;
  for (;;) {
    try {
      return await lockfile.lock(file, {
        realpath: false,
        stale: Math.max(2000, opts.staleMs ?? DEFAULT_STALE_MS),
        // the lock's mtime is refreshed every stale/2 while we hold it (proper-lockfile's `update`)
        retries: 0,
        // Someone took the lock over (we were suspended, or too busy to refresh it). Not fatal: the
        // write re-reads the ledger just before its rename and merges again if it changed.
        onCompromised: () => {
          state.compromised = true;
        },
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') {
        throw explainSystemError(err, 'cannot lock the ledger', file) ?? new ClaimcheckError('ELOCK', `cannot lock the ledger: ${(err as Error).message}`, { place: { file }, cause: err });
      }
      if (Date.now() >= deadline) {
        throw new ClaimcheckError('ELOCK', `the ledger is locked by another claimcheck process (waited ${Math.round(timeoutMs / 1000)} s)`, {
          place: { file },
          hint: `try again when it finishes; if no claimcheck is running, remove ${lockPathFor(file)}`,
        });
      }
      await sleep(Math.min(wait + Math.random() * wait, Math.max(0, deadline - Date.now())));
      wait = Math.min(wait * 2, 250);
    }
  }
}

/**
 * Run `fn` holding the ledger's lock, so a read-modify-write sequence cannot interleave with another
 * writer. Re-entrant within one async context (saveLedger inside fn reuses the lock).
 */
export async function withLedgerLock<T>(file: string, fn: (lock: HeldLock) => Promise<T>, opts: LockOptions = {}): Promise<T> {
  const key = resolve(file);
  const current = held.getStore();
  const mine = current?.get(key);
  if (mine) return fn(mine);
  const state = { compromised: false };
  const release = await acquire(file, opts, state);
  try {
    return await held.run(new Map([...(current ?? []), [key, state]]), () => fn(state));
  } finally {
    await release().catch(() => undefined); // already released or compromised: nothing left to undo
  }
}

/** The lock this async context holds on `file`, if any. */
export function heldLock(file: string): HeldLock | undefined {
  return held.getStore()?.get(resolve(file));
}
