import { describe, expect, it } from 'vitest';
import { agreedLongForm, articleLongForm, claimAcronyms, definitionsIn, inClaimAcronyms, spelledOutQuery } from '../../src/verify/doc-acronyms.js';
import { claimsOf } from './helpers.js';

describe('acronyms the documentation defines', () => {
  it('reads a definition as the fewest last words that spell the acronym', () => {
    expect(definitionsIn('Turn on Microsoft Entra multifactor authentication (MFA) for every user.', 'MFA')).toEqual(['multifactor authentication']);
    expect(definitionsIn('Use self-service password reset (SSPR) so users can unlock themselves.', 'SSPR')).toEqual(['self-service password reset']);
    // one word that merely holds the letters is no definition
    expect(definitionsIn('Require multifactor (MFA) prompts.', 'MFA')).toEqual([]);
  });

  it('takes a long form only when the definitions agree on it', () => {
    const mfa = agreedLongForm(['multifactor authentication', 'multi-factor authentication', 'multifactor authentication', 'multifactor authentications']);
    expect(mfa?.words).toBe('multifactor authentication');
    expect('Require Multi-factor authentication for admins.'.replace(mfa?.pattern ?? /(?!)/, 'X')).toBe('Require X for admins.');
    // "CA" is Conditional Access on one page and a certificate authority on another
    expect(agreedLongForm(['conditional access', 'conditional access', 'certificate authorities'])).toBeUndefined();
    // one definition is not enough
    expect(agreedLongForm(['temporary access pass'])).toBeUndefined();
  });

  it('writes the acronym after each long form of a passage, keeping the words', () => {
    const long = agreedLongForm(['microsoft account', 'microsoft account']);
    if (!long) throw new Error('no long form');
    const glossary = new Map([['MSA', long]]);
    const p = inClaimAcronyms({ url: 'u', title: 'Sign-in', text: 'Users sign in with Microsoft accounts or work accounts.', score: 1, source: 's' }, glossary);
    expect(p.text).toBe('Users sign in with Microsoft accounts (MSA) or work accounts.');
    expect(spelledOutQuery('endpoint supports msa accounts', glossary)).toBe('endpoint supports microsoft account accounts');
    expect(spelledOutQuery('endpoint supports accounts', glossary)).toBeUndefined();
  });

  it('looks up the acronyms a claim uses, not those inside code or a URL', () => {
    const [claim] = claimsOf('# Notes\n\nAdmins must complete MFA before they call `GET /me/SSPR` on https://contoso.example/CAE.\n').filter((c) => c.checkworthy);
    if (!claim) throw new Error('no claim');
    expect(claimAcronyms(claim)).toEqual(['MFA']);
  });

  it('reads an acronym the article defines as the article spells it out, from one definition', () => {
    const long = articleLongForm('Temporary Widget Pass');
    expect(long?.words).toBe('temporary widget pass');
    expect('Create a temporary widget pass for the user.'.replace(long?.pattern ?? /(?!)/, 'X')).toBe('Create a X for the user.');
  });
});
