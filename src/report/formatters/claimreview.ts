import { keptQuote, type Claim, type Evidence, type Ledger, type Status } from '../../schema/index.js';
import type { FormatOptions, Formatter } from '../types.js';
import { isLinkable, reasonOf, reportClaims } from '../claims.js';
import { jsonForScript } from '../escape.js';

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

/** How each rating reads to people (schema.org `alternateName`, the textual rating search engines show). */
const RATING_NAME: Readonly<Record<Exclude<Status, 'not-checkable'>, string>> = {
  verified: 'Verified by the documentation',
  'partly-verified': 'Partly verified by the documentation',
  unverified: 'Unverified: no documentation supports it',
  contradicted: 'Contradicted by the documentation',
};

const ABSOLUTE_HTTP = /^https?:\/\/[^\s/]+/iu;

/**
 * The page the verdict rests on: the refuting page for a contradicted claim, the supporting page for a
 * (partly) verified one; nothing for an unverified claim (a related page did not decide it). http(s) only.
 */
export function decidingEvidence(claim: Claim): Evidence | undefined {
  const stance = claim.status === 'contradicted' ? 'refutes' : claim.status === 'verified' || claim.status === 'partly-verified' ? 'supports' : undefined;
  return stance ? claim.evidence.find((e) => e.stance === stance && isLinkable(e.url)) : undefined;
}

function render(ledger: Ledger, options: FormatOptions): string {
  // Only an absolute http(s) URL from the article's front matter is a URL; a repository path is not.
  const origin = options.articleUrl !== undefined && ABSOLUTE_HTTP.test(options.articleUrl) ? options.articleUrl : undefined;
  // Where the claims appear: the published article when known, else the repository path as its identifier.
  const article = {
    '@type': 'CreativeWork',
    ...(origin ? { url: origin } : {}),
    identifier: ledger.article,
    ...(ledger.title ? { name: ledger.title } : {}),
  };
  const reviews = reportClaims(ledger).flatMap((claim) => {
    if (!claim.checkworthy || claim.status === 'not-checkable') return [];
    const status = claim.status;
    const cited = decidingEvidence(claim);
    const body = status === 'verified' ? claim.note : reasonOf(claim);
    return [
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        identifier: claim.id,
        ...(origin ? { url: origin } : {}),
        claimReviewed: claim.text,
        reviewRating: {
          '@type': 'Rating',
          ratingValue: RATING[status],
          bestRating: 5,
          worstRating: 1,
          name: status,
          alternateName: RATING_NAME[status],
          ...(body ? { ratingExplanation: body } : {}),
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
        ...(cited ? { citation: { '@type': 'WebPage', url: cited.url, ...(cited.title ? { name: cited.title } : {}) } } : {}),
      },
    ];
  });
  // Escaped for a <script type="application/ld+json"> block: no `</script>` or `<!--` can appear (issue 22).
  return `${jsonForScript(reviews, 2)}\n`;
}

/** `--format claimreview`: schema.org ClaimReview JSON-LD, one per rated checkworthy claim, safe to embed in a script block. */
export const claimreviewFormatter: Formatter = { name: 'claimreview', render };
