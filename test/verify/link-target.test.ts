import { describe, expect, it } from 'vitest';
import { isLinkTarget, passageKeys } from '../../src/verify/key-entities.js';
import { claimOf } from './helpers.js';

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
