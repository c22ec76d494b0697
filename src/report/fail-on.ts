import { z } from 'zod';
import { STATUSES, Status, type Ledger } from '../schema/index.js';
import { ClaimcheckError } from '../errors.js';
import { reportClaims } from './claims.js';

export const DEFAULT_FAIL_ON: readonly Status[] = ['contradicted'];

const FailOn = z.array(Status);

/**
 * `--fail-on unverified,contradicted` → the statuses that make the run exit 1 (DESIGN 6).
 * Undefined → the default (`contradicted`); `none` → never fail. Unknown names are a usage error (exit 2).
 */
export function parseFailOn(list: string | undefined): Status[] {
  if (list === undefined) return [...DEFAULT_FAIL_ON];
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (names.length === 1 && names[0] === 'none') return [];
  const parsed = FailOn.safeParse(names);
  if (!parsed.success || names.length === 0) {
    const bad = names.filter((n) => !(STATUSES as readonly string[]).includes(n));
    throw new ClaimcheckError('EUSAGE', `--fail-on: ${bad.length > 0 ? `unknown status ${bad.map((b) => `"${b}"`).join(', ')}` : 'no status given'}`, {
      hint: `use a comma-separated list of ${STATUSES.join(', ')} (or none)`,
    });
  }
  return [...new Set(parsed.data)];
}

/** 1 when some live claim has a status in `failOn`, else 0 (DESIGN 6; 2 is the CLI's, for errors). Suppressed claims never fail a run. */
export function exitCodeFor(ledger: Ledger, failOn: readonly Status[]): 0 | 1 {
  return reportClaims(ledger).some((c) => !c.suppressed && failOn.includes(c.status)) ? 1 : 0;
}
