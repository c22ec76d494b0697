import { describe, expect, it } from 'vitest';
import { inClaimNaming } from '../../src/verify/acronyms.js';

describe('verify: a page sentence read in the claim’s naming', () => {
  it('spells out an acronym made of the initials of a name in the claim', () => {
    expect(inClaimNaming('The Primary Refresh Token remains valid for 14 days.', 'Once issued, a PRT is valid for 14 days.')).toBe('Once issued, a Primary Refresh Token is valid for 14 days.');
    expect(inClaimNaming('A Temporary Access Pass expires after one hour.', 'TAPs expire after one hour.')).toBe('Temporary Access Passes expire after one hour.');
  });
  it('puts a spelled-out name as the acronym the claim uses', () => {
    expect(inClaimNaming('A PRT is valid for 14 days.', 'A Primary Refresh Token is valid for 14 days.')).toBe('A PRT is valid for 14 days.');
  });
  it('leaves an acronym that is not the initials of a claim name, and one the claim itself uses', () => {
    expect(inClaimNaming('The Primary Refresh Token is renewed.', 'The PAT is renewed.')).toBe('The PAT is renewed.');
    expect(inClaimNaming('The Primary Refresh Token (PRT) is renewed.', 'The PRT is renewed.')).toBe('The PRT is renewed.');
  });
});
