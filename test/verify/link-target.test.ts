import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLinkTarget, passageKeys } from '../../src/verify/key-entities.js';
import { citedPassages, passageSupport } from '../../src/verify/checkers/passage-support.js';
import { claimOf, fixtureEvidence } from './helpers.js';

describe('a link’s target is the page the author cites, not a word of the claim', () => {
  const claim = claimOf('Gadget passes are checked by the [Quillon relay](https://relay.example.com/docs) every ten minutes.');
  it('is read as a link target', () => {
    const url = claim.entities.find((e) => e.type === 'url');
    expect(url?.text).toBe('https://relay.example.com/docs');
    expect(url && isLinkTarget(claim, url)).toBe(true);
  });
  it('is no key a supporting passage must name', () => {
    expect(passageKeys(claim).map((k) => k.text)).not.toContain('https://relay.example.com/docs');
  });
  it('a URL the claim states in its words still is', () => {
    const stated = claimOf('Gadget passes are checked at https://relay.example.com/docs every ten minutes.');
    expect(passageKeys(stated).map((k) => k.text)).toContain('https://relay.example.com/docs');
  });
});

describe('the page a claim links to is read as well as the pages the search finds', () => {
  let ev: Awaited<ReturnType<typeof fixtureEvidence>>;
  beforeAll(async () => {
    ev = await fixtureEvidence();
  });
  afterAll(() => ev.cleanup());
  // the link has no locale, as articles often write it; the index keys pages with one
  const linked = 'By default, an [ID token](https://learn.microsoft.com/entra/identity-platform/id-tokens) stays valid for one hour after it is issued.';
  it('gives the linked page’s sections, cited with their anchors', () => {
    const urls = citedPassages(claimOf(linked), ev.ctx).map((p) => p.url);
    expect(urls).toContain('https://learn.microsoft.com/en-us/entra/identity-platform/id-tokens#lifetime');
  });
  it('gives nothing for a URL the claim states in its words, or a page no source knows', () => {
    expect(citedPassages(claimOf('An ID token is checked at https://learn.microsoft.com/entra/identity-platform/id-tokens every hour.'), ev.ctx)).toEqual([]);
    expect(citedPassages(claimOf('An ID token is valid for one hour, as [a blog](https://blog.example.com/id-tokens) says.'), ev.ctx)).toEqual([]);
  });
  it('passage-support cites the linked page that states the fact', async () => {
    const claim = claimOf(linked);
    const r = await passageSupport.check(claim, { ...ev.ctx, claims: [claim] });
    expect(r.signal).toBe('supported');
    expect(r.evidence.map((e) => e.url)).toContain('https://learn.microsoft.com/en-us/entra/identity-platform/id-tokens#lifetime');
  });
});
