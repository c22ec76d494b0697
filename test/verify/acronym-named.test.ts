import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/evidence/types.js';
import { passageKeys } from '../../src/verify/key-entities.js';
import { scorePassage } from '../../src/verify/passage-score.js';
import { claimsOf } from './helpers.js';

const passage = (text: string): Passage => ({ url: 'https://learn.microsoft.com/en-us/x/password-reset', title: 'How password reset works', text, score: 1, source: 'fixture' });

const verdictOf = (sentence: string, text: string): string => {
  const claim = claimsOf(`# Reset\n\n${sentence}\n`).find((c) => c.checkworthy);
  if (!claim) throw new Error(`no checkworthy claim in ${sentence}`);
  return scorePassage(claim, passageKeys(claim), passage(text)).verdict;
};

describe('an acronym the claim names must be named by the passage', () => {
  const page = 'Self-service password reset (SSPR) lets users change or reset their own password with no administrator or help desk involvement.';

  it('supports the claim about the thing the page names', () => {
    expect(verdictOf('SSPR lets users change or reset their own password with no administrator or help desk involvement.', page)).toBe('supports');
  });

  it('does not support the same claim said of another acronym the page never names, even one too generic to be a key name', () => {
    const plain = 'Users can reset their own password with no administrator or help desk involvement.';
    expect(verdictOf('Users can reset their own password with no administrator or help desk involvement.', plain)).toBe('supports');
    expect(verdictOf('Users can reset their own password with MFA and no administrator or help desk involvement.', plain)).not.toBe('supports');
  });

  it('reads a plural acronym by its singular ("TVs" on a page that says "TV")', () => {
    const tv = 'Users sign in to input-constrained devices such as a smart TV or a printer with the device code flow.';
    expect(verdictOf('Users sign in to input-constrained devices such as smart TVs or printers with the device code flow.', tv)).toBe('supports');
  });
});

describe('partial support is no support where the passage speaks of something else or denies the claim', () => {
  const licensing = (claimed: string) => verdictOf(claimed, 'Microsoft Entra ID P2 is available in every tenant that buys it, and P2 tenants get ID Protection.');

  it('gives no partial support from a passage that never names an acronym the claim names', () => {
    expect(licensing('Microsoft Entra ID P2 is available in every tenant.')).not.toBe('none');
    expect(licensing('That said, CAE is only available in tenants with Microsoft Entra ID P2.')).toBe('none');
  });

  it('gives no partial support from a passage whose sentence naming the same product denies it', () => {
    const claimed = 'SharePoint Online supports user risk events, so a risky user is cut off right away.';
    expect(verdictOf(claimed, 'Note that SharePoint Online supports user risk events for every tenant.')).toBe('partly');
    expect(verdictOf(claimed, 'Note that SharePoint Online doesn’t support user risk events.')).toBe('none');
    // a sentence that denies it of another thing leaves the partial support
    expect(verdictOf(claimed, 'The legacy portal doesn’t support user risk events. Note that SharePoint Online supports user risk events for every tenant.')).toBe('partly');
  });
});
