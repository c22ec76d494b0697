import { describe, expect, it } from 'vitest';
import { namesAlone } from '../../src/verify/match.js';

describe('verify: a name met only as the tail of a longer name is not met', () => {
  it('a capitalised modifier before the name makes another name', () => {
    expect(namesAlone('Understanding Primary Refresh Token (PRT) in Microsoft Entra ID', 'Refresh Token')).toBe(false);
    expect(namesAlone('A Personal Access Token works for scripts.', 'Access Token')).toBe(false);
  });
  it('a vendor word, a function word, a line or sentence start, or a lower-case mention leave the name itself', () => {
    expect(namesAlone('Use Microsoft Entra Conditional Access to block legacy sign-in.', 'Conditional Access')).toBe(true);
    expect(namesAlone('The Refresh Token is kept.', 'Refresh Token')).toBe(true);
    expect(namesAlone('Understanding Primary Refresh Token (PRT)', 'Primary Refresh Token')).toBe(true);
    expect(namesAlone('These FIDO2 security keys are typically USB devices.', 'Security keys')).toBe(true);
  });
  it('a name met both ways is met', () => {
    expect(namesAlone('A Primary Refresh Token differs from a Refresh Token.', 'Refresh Token')).toBe(true);
  });
});
