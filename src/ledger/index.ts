/** The ledger stage: load/validate/merge/save claims/<slug>.yaml, review actions, status, lock + atomic write. */
export { loadLedger, parseLedger, type LoadedLedger } from './load.js';
export { mergeLedger, isHumanTouched, type MergeMeta, type MergeResult, type MergeStats } from './merge.js';
export { saveLedger, stringifyLedger, ledgerDigest, LedgerChangedError, type SaveOptions } from './save.js';
export { commitLedger, checkIntoLedger, readSnapshot, remergeVerified, type Snapshot } from './commit.js';
export { withLedgerLock, heldLock, lockPathFor, type LockOptions, type HeldLock } from './lock.js';
export { reviewClaim, parseEvidenceUrl, stanceFor, type ReviewInput } from './review.js';
export { resolveClaim } from './resolve-id.js';
export { summariseLedger, summariseDir, listLedgerFiles, prune, type LedgerSummary, type StatusEntry } from './status.js';
export { ledgerPathFor, articleSlug, resolveLedgerPath, disambiguatedLedgerPath } from './path.js';
export { SIMILARITY_THRESHOLD } from './similarity.js';
export { recheckLedger, asAutomatic, type RecheckProbes, type RecheckResult, type RecheckedClaim } from './recheck.js';
export { keepDateWhenUnchanged } from './stable.js';
export { normaliseText } from './similarity.js';
