import { ClaimcheckError } from '../errors.js';
import type { Claim, Evidence, Stance, Status } from '../schema/claim.js';
import type { Ledger } from '../schema/ledger.js';
import { resolveClaim } from './resolve-id.js';

export interface ReviewInput {
  status: Status;
  /** http(s) URLs; a `#fragment` becomes the evidence's `anchor` */
  evidence: string[];
  note?: string;
  by: string;
  /** ISO timestamp */
  at: string;
}

/** Which stance a reviewer's URL takes for a status: refuting for contradicted, merely related for the unsure ones. */
export function stanceFor(status: Status): Stance {
  if (status === 'contradicted') return 'refutes';
  if (status === 'verified' || status === 'partly-verified') return 'supports';
  return 'related';
}

const HASH_START = /^#/;

/** Parse a URL a reviewer typed: http/https only, the fragment split off into `anchor`. */
export function parseEvidenceUrl(raw: string, stance: Stance): Evidence {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ClaimcheckError('EUSAGE', `--evidence "${raw}" is not a URL`, { hint: 'give a full URL such as https://learn.microsoft.com/…' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ClaimcheckError('EUSAGE', `--evidence "${raw}" must be an http or https URL (got ${url.protocol})`);
  }
  const anchor = url.hash.replace(HASH_START, '');
  url.hash = '';
  return { url: url.toString(), ...(anchor ? { anchor: decodeURIComponent(anchor) } : {}), stance, source: 'reviewer' };
}

/** One reference whether the anchor sits in the URL (as checkers write it) or in `anchor` (as reviews do). */
function refKey(e: Evidence): string {
  const hash = e.url.indexOf('#');
  const base = hash < 0 ? e.url : e.url.slice(0, hash);
  const anchor = e.anchor ?? (hash < 0 ? '' : decodeURIComponent(e.url.slice(hash + 1)));
  return `${base}#${anchor}`;
}

const sameRef = (a: Evidence, b: Evidence) => refKey(a) === refKey(b);

/**
 * Record a reviewer's verdict on one claim (by id or unique prefix) and return the new ledger.
 * `verified`/`partly-verified` need a supporting URL: one given now, or a `supports` item the claim
 * already has (e.g. found by a checker) — the reviewer then confirms that evidence.
 */
export function reviewClaim(ledger: Ledger, idOrPrefix: string, input: ReviewInput): Ledger {
  const target = resolveClaim(ledger, idOrPrefix);
  const stance = stanceFor(input.status);
  const given = input.evidence.map((u) => parseEvidenceUrl(u, stance));
  // The reviewer's verdict decides what the evidence means: when they cite their own URLs, or reach a
  // status that has no support, what the checkers had found stays on the claim only as related reading.
  const confirming = given.length === 0 && (input.status === 'verified' || input.status === 'partly-verified');
  const kept = target.evidence
    .filter((e) => !given.some((g) => sameRef(e, g)))
    .map((e): Evidence => (confirming || e.source === 'reviewer' || e.stance === 'related' ? e : { ...e, stance: 'related' }));
  const evidence = [...kept, ...given];
  if ((input.status === 'verified' || input.status === 'partly-verified') && !evidence.some((e) => e.stance === 'supports')) {
    throw new ClaimcheckError('EUSAGE', `status ${input.status} needs at least one supporting evidence URL`, {
      hint: 'add --evidence https://… (the documentation page that supports the claim)',
    });
  }
  if (input.by.trim() === '') throw new ClaimcheckError('EUSAGE', 'the reviewer name (--by) is empty');
  const note = input.note ?? target.note;
  const updated: Claim = {
    ...target,
    status: input.status,
    origin: 'reviewer',
    evidence,
    reviewer: input.by,
    reviewedAt: input.at,
    history: [...target.history, { at: input.at, by: input.by, from: target.status, to: input.status, ...(input.note !== undefined ? { note: input.note } : {}) }],
  };
  if (note !== undefined) updated.note = note;
  delete updated.stale;
  delete updated.evidenceChanged;
  // a reused verdict a person confirms becomes theirs: no longer offered from elsewhere
  delete updated.reusedFrom;
  return { ...ledger, claims: ledger.claims.map((c) => (c.id === target.id ? updated : c)) };
}
