import { keptQuote, type Claim, type Ledger, type Status } from '../../schema/index.js';
import type { FormatOptions, Formatter } from '../types.js';
import { isLinkable, reasonOf, reportClaims } from '../claims.js';

/**
 * schema.org Rating for a status, on the 1 (false) … 5 (true) scale fact-checkers use.
 * `not-checkable` has no rating: such claims get no ClaimReview.
 */
export const RATING: Readonly<Record<Exclude<Status, 'not-checkable'>, number>> = {
  verified: 5,
  'partly-verified': 3,
  unverified: 2,
  contradicted: 1,
};

function ratingOf(status: Status): number | undefined {
  return status === 'not-checkable' ? undefined : RATING[status];
}

function supportingUrl(claim: Claim): string | undefined {
  return claim.evidence.find((e) => e.stance === 'supports' && isLinkable(e.url))?.url ?? claim.evidence.find((e) => isLinkable(e.url))?.url;
}

function render(ledger: Ledger, options: FormatOptions): string {
  // The article as a CreativeWork: its published URL when known, else its repository path.
  const article = {
    '@type': 'CreativeWork',
    url: options.articleUrl ?? ledger.article,
    identifier: ledger.article,
    ...(ledger.title ? { name: ledger.title } : {}),
  };
  const reviews = reportClaims(ledger).flatMap((claim) => {
    const rating = ratingOf(claim.status);
    if (!claim.checkworthy || rating === undefined) return [];
    const url = supportingUrl(claim);
    const body = claim.status === 'verified' ? claim.note : reasonOf(claim);
    return [
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        identifier: claim.id,
        claimReviewed: claim.text,
        reviewRating: {
          '@type': 'Rating',
          ratingValue: rating,
          bestRating: 5,
          worstRating: 1,
          alternateName: claim.status,
        },
        itemReviewed: {
          '@type': 'Claim',
          text: keptQuote(claim),
          appearance: article,
          firstAppearance: article,
        },
        author: { '@type': 'Organization', name: 'claimcheck' },
        datePublished: ledger.checkedAt,
        ...(body ? { reviewBody: body } : {}),
        ...(url ? { url } : {}),
      },
    ];
  });
  return `${JSON.stringify(reviews, null, 2)}\n`;
}

/** `--format claimreview`: schema.org ClaimReview JSON-LD, one per rated checkworthy claim. */
export const claimreviewFormatter: Formatter = { name: 'claimreview', render };
