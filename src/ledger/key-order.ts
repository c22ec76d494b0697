/** Key order of a new ledger file (DESIGN §2 example): people read id, quote and verdict first. */
export const LEDGER_KEYS = ['article', 'articleSha256', 'title', 'checkedAt', 'sources', 'claims'] as const;

export const CLAIM_KEYS = [
  'id',
  'quote',
  'text',
  'status',
  'origin',
  'stale',
  'evidenceChanged',
  'removed',
  'suppressed',
  'reusedFrom',
  'evidence',
  'note',
  'reviewer',
  'reviewedAt',
  'kind',
  'checkworthy',
  'section',
  'span',
  'parts',
  'entities',
  'findings',
  'history',
] as const;

export const EVIDENCE_KEYS = ['url', 'anchor', 'title', 'stance', 'source', 'matched', 'passage', 'passageHash', 'docsVersion', 'retrievedAt'] as const;
export const HISTORY_KEYS = ['at', 'by', 'from', 'to', 'note'] as const;
export const SPAN_KEYS = ['start', 'end', 'line', 'column'] as const;
export const FINDING_KEYS = ['checker', 'messageId', 'subject', 'message', 'severity'] as const;
export const ENTITY_KEYS = ['text', 'type', 'span'] as const;
export const SOURCE_KEYS = ['name', 'commit', 'indexedAt'] as const;
export const EVIDENCE_CHANGE_KEYS = ['at', 'what'] as const;

/** The canonical key order for the object found at a path of the ledger ('' = top level). */
export function orderFor(path: ReadonlyArray<string | number>): readonly string[] | undefined {
  const named = path.filter((p): p is string => typeof p === 'string');
  const last = named[named.length - 1];
  if (path.length === 0) return LEDGER_KEYS;
  if (last === 'claims') return CLAIM_KEYS;
  if (last === 'evidence') return EVIDENCE_KEYS;
  if (last === 'history') return HISTORY_KEYS;
  if (last === 'span') return SPAN_KEYS;
  if (last === 'findings') return FINDING_KEYS;
  if (last === 'entities') return ENTITY_KEYS;
  if (last === 'sources') return SOURCE_KEYS;
  if (last === 'evidenceChanged') return EVIDENCE_CHANGE_KEYS;
  if (last === 'parts') return SPAN_KEYS;
  return undefined;
}

/** A copy of `obj` with keys in `order` first (others after, in their own order), undefined values left out. */
export function ordered(obj: Record<string, unknown>, order: readonly string[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of order ?? []) if (obj[k] !== undefined) out[k] = obj[k];
  for (const [k, v] of Object.entries(obj)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}
