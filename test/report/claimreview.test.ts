import { describe, expect, it } from 'vitest';
import { claimreviewFormatter } from '../../src/report/formatters/claimreview.js';
import { claimByQuote, fixtureLedger } from './fixture.js';

interface Review {
  '@context': string;
  '@type': string;
  claimReviewed: string;
  reviewRating: { '@type': string; ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
  itemReviewed: { '@type': string; appearance: Record<string, string>; firstAppearance: Record<string, string> };
  author: { '@type': string; name: string };
  datePublished: string;
  url?: string;
}

describe('claimreview formatter', () => {
  const ledger = fixtureLedger();
  const reviews = JSON.parse(claimreviewFormatter.render(ledger, { toolVersion: '9.9.9', articleUrl: 'https://example.org/latch' })) as Review[];

  it('has one ClaimReview per rated checkworthy claim, each with the required properties', () => {
    expect(reviews).toHaveLength(12);
    for (const r of reviews) {
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('ClaimReview');
      expect(typeof r.claimReviewed).toBe('string');
      expect(r.reviewRating['@type']).toBe('Rating');
      expect(r.reviewRating.bestRating).toBe(5);
      expect(r.reviewRating.worstRating).toBe(1);
      expect(r.reviewRating.ratingValue).toBeGreaterThanOrEqual(1);
      expect(r.reviewRating.ratingValue).toBeLessThanOrEqual(5);
      expect(r.itemReviewed['@type']).toBe('Claim');
      expect(r.itemReviewed.appearance).toMatchObject({ '@type': 'CreativeWork', url: 'https://example.org/latch', identifier: ledger.article });
      expect(r.itemReviewed.firstAppearance).toEqual(r.itemReviewed.appearance);
      expect(r.author).toEqual({ '@type': 'Organization', name: 'claimcheck' });
      expect(r.datePublished).toBe('2026-11-24T10:00:00Z');
    }
  });

  it('maps status to rating and names it', () => {
    const byStatus = new Map(reviews.map((r) => [r.reviewRating.alternateName, r.reviewRating.ratingValue]));
    expect(Object.fromEntries(byStatus)).toEqual({ verified: 5, 'partly-verified': 3, unverified: 2, contradicted: 1 });
  });

  it('links the supporting evidence when there is some, never a javascript: URL', () => {
    const verified = reviews.find((r) => r.claimReviewed === claimByQuote(ledger, 'The v2.0 endpoint').text);
    expect(verified?.url).toBe('https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens#validate-the-issuer');
    const hostile = reviews.find((r) => r.claimReviewed.startsWith('Run `Get-Latch'));
    expect(hostile).toBeDefined();
    expect(hostile && 'url' in hostile).toBe(false);
  });

  it('uses the article path as the appearance url when no published URL is known', () => {
    const [first] = JSON.parse(claimreviewFormatter.render(ledger, { toolVersion: '1' })) as Review[];
    expect(first?.itemReviewed.appearance['url']).toBe('test/fixtures/report/latch-article.md');
  });
});
