import { describe, expect, it } from 'vitest';
import { claimreviewFormatter, RATING } from '../../src/report/formatters/claimreview.js';
import { draft2020Validator } from './ajv.js';
import { claimByQuote, fixtureLedger } from './fixture.js';

interface Review {
  '@context': string;
  '@type': string;
  identifier: string;
  claimReviewed: string;
  reviewRating: { '@type': string; ratingValue: number; bestRating: number; worstRating: number; name: string; alternateName: string };
  itemReviewed: { '@type': string; appearance: Record<string, string>; firstAppearance: Record<string, string> };
  author: { '@type': string; name: string };
  datePublished: string;
  url?: string;
  citation?: { '@type': string; url: string; name?: string };
}

const thing = (type: string, props: Record<string, object>, required: string[] = []): object => ({
  type: 'object',
  required: ['@type', ...required],
  additionalProperties: false,
  properties: { '@type': { const: type }, ...props },
});
const text = { type: 'string', minLength: 1 };
const absoluteUrl = { type: 'string', format: 'uri', pattern: '^https?://' };
const creativeWork = thing('CreativeWork', { url: absoluteUrl, identifier: text, name: text });

/**
 * The ClaimReview shape of schema.org (https://schema.org/ClaimReview) as search engines read it: only
 * properties schema.org defines on ClaimReview, Rating, Claim, CreativeWork and WebPage, with their types.
 */
const CLAIM_REVIEW_SCHEMA = {
  type: 'array',
  items: {
    ...thing(
      'ClaimReview',
      {
        '@context': { const: 'https://schema.org' },
        identifier: text,
        url: absoluteUrl,
        claimReviewed: text,
        reviewRating: {
          ...thing(
            'Rating',
            { ratingValue: { type: 'integer', minimum: 1, maximum: 5 }, bestRating: { const: 5 }, worstRating: { const: 1 }, name: text, alternateName: text, ratingExplanation: text },
            ['ratingValue', 'bestRating', 'worstRating', 'alternateName'],
          ),
        },
        itemReviewed: thing('Claim', { text: { type: 'string' }, appearance: creativeWork, firstAppearance: creativeWork }, ['appearance']),
        author: thing('Organization', { name: text }, ['name']),
        datePublished: { type: 'string', format: 'date-time' },
        reviewBody: text,
        citation: thing('WebPage', { url: absoluteUrl, name: text }, ['url']),
      },
      ['@context', 'claimReviewed', 'reviewRating', 'itemReviewed', 'author', 'datePublished'],
    ),
  },
};

describe('claimreview formatter', () => {
  const ledger = fixtureLedger();
  const out = claimreviewFormatter.render(ledger, { toolVersion: '9.9.9', articleUrl: 'https://example.org/latch' });
  const reviews = JSON.parse(out) as Review[];

  it("validates against schema.org's ClaimReview shape, one per rated checkworthy claim", () => {
    const validate = draft2020Validator(CLAIM_REVIEW_SCHEMA);
    expect(validate(reviews), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    expect(reviews).toHaveLength(12);
    // the shape check can fail: a relative url or an unknown property is refused
    expect(validate([{ ...reviews[0], url: 'test/fixtures/report/latch-article.md' }])).toBe(false);
    expect(validate([{ ...reviews[0], ratingValue: 3 }])).toBe(false);
    for (const r of reviews) {
      expect(r.itemReviewed.appearance).toMatchObject({ '@type': 'CreativeWork', url: 'https://example.org/latch', identifier: ledger.article });
      expect(r.itemReviewed.firstAppearance).toEqual(r.itemReviewed.appearance);
      expect(r.url).toBe('https://example.org/latch');
      expect(r.datePublished).toBe('2026-11-24T10:00:00Z');
    }
  });

  it('maps status to rating and names it', () => {
    const byStatus = Object.fromEntries(reviews.map((r) => [r.reviewRating.name, r.reviewRating.ratingValue]));
    expect(byStatus).toEqual(RATING);
    expect(reviews.find((r) => r.reviewRating.name === 'contradicted')?.reviewRating.alternateName).toBe('Contradicted by the documentation');
  });

  it('cites the page that decided the verdict: the refuting page for a contradicted claim, never a related page', () => {
    const contradicted = claimByQuote(ledger, 'Microsoft Graph exposes');
    expect(contradicted.evidence.some((e) => e.stance === 'refutes')).toBe(true);
    const review = reviews.find((r) => r.identifier === contradicted.id)!;
    expect(review.citation?.url).toBe(contradicted.evidence.find((e) => e.stance === 'refutes')!.url);
    const verified = reviews.find((r) => r.identifier === claimByQuote(ledger, 'The v2.0 endpoint').id)!;
    expect(verified.citation?.url).toBe('https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens#validate-the-issuer');
    // the hostile claim has only a related javascript: URL: nothing is cited
    const hostile = reviews.find((r) => r.claimReviewed.startsWith('Run `Get-Latch'))!;
    expect(hostile.citation).toBeUndefined();
    for (const r of reviews) {
      const claim = ledger.claims.find((c) => c.id === r.identifier)!;
      const deciding = claim.evidence.filter((e) => e.stance !== 'related').map((e) => e.url);
      if (r.citation) expect(deciding).toContain(r.citation.url);
    }
  });

  it('leaves url out, and keeps the path only as an identifier, when no published URL is known', () => {
    const plain = JSON.parse(claimreviewFormatter.render(ledger, { toolVersion: '1' })) as Review[];
    expect(draft2020Validator(CLAIM_REVIEW_SCHEMA)(plain)).toBe(true);
    for (const r of plain) {
      expect(r).not.toHaveProperty('url');
      expect(r.itemReviewed.appearance).not.toHaveProperty('url');
      expect(r.itemReviewed.appearance['identifier']).toBe(ledger.article);
    }
    // a relative "URL" given by mistake is not used as one
    const relative = JSON.parse(claimreviewFormatter.render(ledger, { toolVersion: '1', articleUrl: 'articles/latch.md' })) as Review[];
    expect(relative[0]).not.toHaveProperty('url');
  });

  it('escapes <, > and & so the JSON-LD can sit in a script block, and parses back to the same text', () => {
    expect(out).not.toMatch(/[<>&]/u);
    expect(out).toContain('\\u003c/script\\u003e');
    const hostile = reviews.find((r) => r.claimReviewed.startsWith('Run `Get-Latch'))!;
    expect(hostile.claimReviewed).toContain('<script>window.__pwned = 1</script>');
  });
});
