import type { Claim, Finding } from '../schema/index.js';
import type { EvidenceSource } from './types.js';
import { findPage } from './keep-passage.js';

/** `ms.date` as Learn front matter writes it: MM/DD/YYYY (month and day may lack a leading zero). */
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** An `ms.date` value as ISO yyyy-mm-dd; undefined when it is neither form. */
export function msDateIso(value: string): string | undefined {
  const us = US_DATE.exec(value.trim());
  if (us) return `${us[3]}-${(us[1] ?? '').padStart(2, '0')}-${(us[2] ?? '').padStart(2, '0')}`;
  const iso = ISO_DATE.exec(value.trim());
  return iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : undefined;
}

/** The finding kind the reports read: checker `recheck`, messageId `docs-updated`. */
export const DOCS_UPDATED = { checker: 'recheck', messageId: 'docs-updated' } as const;

/**
 * A reviewed claim whose evidence page was updated (its `ms.date`) after the review: one info finding per
 * page, so the report can say the reviewer read an older version.
 */
export function docsUpdatedSinceReview(claim: Claim, sources: readonly EvidenceSource[]): Finding[] {
  if (claim.reviewedAt === undefined) return [];
  const reviewed = claim.reviewedAt.slice(0, 10);
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const e of claim.evidence) {
    if (e.stance === 'related') continue;
    const page = findPage(sources, e.url);
    const updated = page?.msDate ? msDateIso(page.msDate) : undefined;
    if (!page || !updated || updated <= reviewed || seen.has(page.url)) continue;
    seen.add(page.url);
    out.push({
      ...DOCS_UPDATED,
      subject: page.url,
      severity: 'info',
      message: `${page.title ?? page.url} was updated on ${updated}, after the review on ${reviewed}: read it again`,
    });
  }
  return out;
}
