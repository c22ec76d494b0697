import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ClaimcheckError } from '../errors.js';
import { STATUSES, type Status } from '../schema/claim.js';
import type { Ledger } from '../schema/ledger.js';
import { loadLedger } from './load.js';

export interface LedgerSummary {
  file: string;
  article: string;
  total: number;
  byStatus: Record<Status, number>;
  /** origin reviewer / auto (live claims only) */
  reviewed: number;
  auto: number;
  stale: number;
  removed: number;
  /** The report's one-sentence overall verdict, when the caller asked for it (see summariseDir). */
  verdict?: string;
}

/** Counts for one ledger; removed claims count only under `removed`. */
export function summariseLedger(file: string, ledger: Ledger): LedgerSummary {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const s: LedgerSummary = { file, article: ledger.article, total: 0, byStatus, reviewed: 0, auto: 0, stale: 0, removed: 0 };
  for (const c of ledger.claims) {
    if (c.removed) {
      s.removed++;
      continue;
    }
    s.total++;
    byStatus[c.status]++;
    if (c.origin === 'reviewer') s.reviewed++;
    else s.auto++;
    if (c.stale) s.stale++;
  }
  return s;
}

/** Drop the claims flagged `removed` (their text left the article). */
export function prune(ledger: Ledger): Ledger {
  return { ...ledger, claims: ledger.claims.filter((c) => !c.removed) };
}

/** `<dir>/*.yaml`, sorted; ENOENT when the directory is missing. */
export async function listLedgerFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ClaimcheckError('ENOENT', 'no such ledger directory', { place: { file: dir }, hint: 'run `claimcheck check <article>` first' });
    }
    throw err;
  }
  return names
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => join(dir, n));
}

export type StatusEntry = { file: string; summary: LedgerSummary } | { file: string; error: ClaimcheckError };

/**
 * Summarise every ledger in a directory; a broken one yields its error instead of stopping the rest.
 * `verdictOf` (the report stage's verdict, passed in by the CLI so this stage does not depend on it) adds `verdict`.
 */
export async function summariseDir(dir: string, verdictOf?: (ledger: Ledger) => string): Promise<StatusEntry[]> {
  const out: StatusEntry[] = [];
  for (const file of await listLedgerFiles(dir)) {
    try {
      const loaded = await loadLedger(file);
      if (loaded) {
        const summary = summariseLedger(file, loaded.ledger);
        if (verdictOf) summary.verdict = verdictOf(loaded.ledger);
        out.push({ file, summary });
      }
    } catch (err) {
      if (!(err instanceof ClaimcheckError)) throw err;
      out.push({ file, error: err });
    }
  }
  return out;
}
