import { ClaimcheckError } from '../errors.js';
import type { Claim } from '../schema/claim.js';
import type { Ledger } from '../schema/ledger.js';

/**
 * A claim by exact id or unique id prefix (`c-3fa9`, or `3fa9` without the `c-`).
 * Ambiguous or unknown → ClaimcheckError('EUSAGE') naming the candidates.
 */
export function resolveClaim(ledger: Ledger, idOrPrefix: string): Claim {
  const wanted = idOrPrefix.trim().toLowerCase();
  const prefix = wanted.startsWith('c-') ? wanted : `c-${wanted}`;
  const exact = ledger.claims.find((c) => c.id === prefix);
  if (exact) return exact;
  const candidates = wanted === '' ? [] : ledger.claims.filter((c) => c.id.startsWith(prefix));
  const [only, ...others] = candidates;
  if (only && others.length === 0) return only;
  if (only) {
    const list = candidates.slice(0, 10).map((c) => `${c.id}  ${truncate(c.quote, 60)}`);
    if (candidates.length > 10) list.push(`… and ${candidates.length - 10} more`);
    throw new ClaimcheckError('EUSAGE', `claim id prefix "${idOrPrefix}" matches ${candidates.length} claims:\n  ${list.join('\n  ')}`, {
      hint: 'give more characters of the id',
    });
  }
  throw new ClaimcheckError('EUSAGE', `no claim with id "${idOrPrefix}" in the ledger`, {
    hint: 'see the ids with `claimcheck report <article>` or in the ledger file',
  });
}

const SPACE_RUNS = /\s+/g;

function truncate(s: string, n: number): string {
  const one = s.replace(SPACE_RUNS, ' ');
  return one.length <= n ? one : `${one.slice(0, n - 1)}…`;
}
