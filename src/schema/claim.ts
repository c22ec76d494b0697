import { z } from 'zod';

/** Values as DESIGN.md section 2 lists them; other tools read these strings, keep them stable. */
export const CLAIM_KINDS = ['definition', 'product-fact', 'api-surface', 'protocol', 'statistic', 'date-roadmap', 'attribution', 'recommendation', 'opinion', 'non-claim'] as const;
export const STATUSES = ['verified', 'partly-verified', 'contradicted', 'unverified', 'not-checkable'] as const;
export const ENTITY_TYPES = ['product', 'feature', 'identifier', 'api-path', 'header', 'error-code', 'url', 'date', 'number', 'person', 'document'] as const;
export const STANCES = ['supports', 'refutes', 'related'] as const;
export const SEVERITIES = ['error', 'warning', 'info'] as const;
/** `reused`: a verdict offered from a reviewed claim with the same text in another ledger; not reviewed until a person confirms it. */
export const ORIGINS = ['auto', 'reviewer', 'reused'] as const;

export const ClaimKind = z.enum(CLAIM_KINDS);
export const Status = z.enum(STATUSES);
export const EntityType = z.enum(ENTITY_TYPES);
export const Stance = z.enum(STANCES);
export const Severity = z.enum(SEVERITIES);
export const Origin = z.enum(ORIGINS);

export const Range = z.strictObject({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/** start/end index Document.text (UTF-16 code units); line/column are 1-based and point at start. */
export const Span = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});

export const Entity = z.strictObject({ text: z.string(), type: EntityType, span: Range });

export const Evidence = z.strictObject({
  url: z.string(),
  title: z.string().optional(),
  anchor: z.string().optional(),
  stance: Stance,
  source: z.string(),
  matched: z.array(z.string()).optional(),
  /** The aligned documentation sentence(s), verbatim (about 400 characters at most), so the citation can be re-checked later. */
  passage: z.string().optional(),
  /** sha256 (hex) of the whitespace-normalised passage. */
  passageHash: z.string().optional(),
  /** Which version of the docs the passage was read from: the docs commit, or the index time when there is no commit. */
  docsVersion: z.string().optional(),
  retrievedAt: z.string().optional(),
});

/** Set by `recheck` when what a claim's verdict rests on changed in the documentation. */
export const EvidenceChange = z.strictObject({
  at: z.string(),
  what: z.string(),
});

export const Finding = z.strictObject({
  checker: z.string(),
  messageId: z.string(),
  subject: z.string(),
  message: z.string(),
  severity: Severity,
});

export const HistoryEntry = z.strictObject({
  at: z.string(),
  by: z.string(),
  from: z.string(),
  to: z.string(),
  note: z.string().optional(),
});

export const Claim = z.strictObject({
  id: z.string().regex(/^c-[0-9a-f]{8}(-\d+)?$/, 'an id looks like c-1a2b3c4d or c-1a2b3c4d-2'),
  text: z.string(),
  quote: z.string(),
  span: Span,
  /**
   * The claim's exact source pieces when the words it keeps are not contiguous (a clause without its
   * cause or parameter): `span` runs from the first piece's start to the last piece's end, and the words
   * between the pieces are not part of the claim. Absent when the claim is the whole span.
   */
  parts: z
    .array(Range)
    .min(2)
    .refine((ps) => ps.every((p, i) => p.start < p.end && (i === 0 || (ps[i - 1]?.end ?? 0) <= p.start)), 'parts must be non-empty, in order and not overlap')
    .optional(),
  section: z.array(z.string()),
  kind: ClaimKind,
  checkworthy: z.boolean(),
  entities: z.array(Entity),
  status: Status,
  origin: Origin,
  evidence: z.array(Evidence),
  findings: z.array(Finding),
  note: z.string().optional(),
  reviewer: z.string().optional(),
  reviewedAt: z.string().optional(),
  stale: z.boolean().optional(),
  /** Set by `recheck`: the passage, section or page the verdict rests on changed since it was recorded. */
  evidenceChanged: EvidenceChange.optional(),
  /** Where a `reused` verdict was reviewed: `<ledger path>#<claim id>`. */
  reusedFrom: z.string().optional(),
  /** The claim sits under a claimcheck-disable comment in the article: listed, never judged. */
  suppressed: z.boolean().optional(),
  /** Set by the ledger merge when the claim's text is no longer in the article (kept until `status --prune`). */
  removed: z.boolean().optional(),
  history: z.array(HistoryEntry),
});

export type ClaimKind = z.infer<typeof ClaimKind>;
export type Status = z.infer<typeof Status>;
export type EntityType = z.infer<typeof EntityType>;
export type Stance = z.infer<typeof Stance>;
export type Severity = z.infer<typeof Severity>;
export type Origin = z.infer<typeof Origin>;
export type Range = z.infer<typeof Range>;
export type Span = z.infer<typeof Span>;
export type Entity = z.infer<typeof Entity>;
export type Evidence = z.infer<typeof Evidence>;
export type Finding = z.infer<typeof Finding>;
export type EvidenceChange = z.infer<typeof EvidenceChange>;
export type HistoryEntry = z.infer<typeof HistoryEntry>;
export type Claim = z.infer<typeof Claim>;
