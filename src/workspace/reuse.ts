import { resolve } from 'node:path';
import { listLedgerFiles, loadLedger, normaliseText } from '../ledger/index.js';
import type { Claim, Ledger } from '../schema/index.js';

/** A reviewed claim another article's ledger offers: where it is and what a person decided. */
export interface ReviewedClaim {
  /** The ledger file, as given (relative paths stay relative, so `reusedFrom` reads the same on every machine). */
  ledgerFile: string;
  claim: Claim;
}

/** Reviewed claims of the workspace by normalised text; the first ledger (sorted by path) wins a tie. */
export class ReuseIndex {
  private readonly byText = new Map<string, ReviewedClaim>();

  add(ledgerFile: string, ledger: Ledger): void {
    for (const claim of ledger.claims) {
      if (claim.origin !== 'reviewer' || claim.removed || claim.stale || claim.suppressed) continue;
      const key = normaliseText(claim.text);
      if (key !== '' && !this.byText.has(key)) this.byText.set(key, { ledgerFile, claim });
    }
  }

  /** The reviewed claim with this text in a ledger other than `ownLedger`. */
  find(text: string, ownLedger: string | undefined): ReviewedClaim | undefined {
    const hit = this.byText.get(normaliseText(text));
    if (!hit || (ownLedger !== undefined && resolve(hit.ledgerFile) === resolve(ownLedger))) return undefined;
    return hit;
  }

  get size(): number {
    return this.byText.size;
  }
}

/** Every readable ledger of a claims folder; a broken or missing one is simply not offered (check reports it itself). */
export async function loadReuseIndex(claimsDir: string): Promise<ReuseIndex> {
  const index = new ReuseIndex();
  const files = await listLedgerFiles(claimsDir).catch(() => [] as string[]);
  for (const file of files) {
    const loaded = await loadLedger(file).catch(() => undefined);
    if (loaded) index.add(file.split('\\').join('/'), loaded.ledger);
  }
  return index;
}

/** Before verification: a verdict offered last run is offered afresh (or withdrawn) this run, never judged as the claim's own. */
export function clearReuse(claim: Claim): Claim {
  if (claim.origin !== 'reused') return claim;
  const out: Claim = { ...claim, origin: 'auto' };
  delete out.reusedFrom;
  return out;
}

/**
 * After verification: a checked claim of this article whose text matches a reviewed claim of another ledger
 * takes that verdict as `origin: reused`, with `reusedFrom` naming where it was reviewed. The checkers'
 * findings stay, so the report still says what the sources alone would conclude. A person's own verdict,
 * and a suppressed claim, are never replaced.
 */
export function applyReuse(claims: readonly Claim[], index: ReuseIndex, ownLedger: string | undefined): { claims: Claim[]; reused: number } {
  let reused = 0;
  const out = claims.map((claim) => {
    if (claim.origin !== 'auto' || claim.suppressed || claim.removed || !claim.checkworthy) return claim;
    const hit = index.find(claim.text, ownLedger);
    if (!hit) return claim;
    reused++;
    return { ...claim, status: hit.claim.status, origin: 'reused' as const, reusedFrom: `${hit.ledgerFile}#${hit.claim.id}`, evidence: hit.claim.evidence };
  });
  return { claims: out, reused };
}
