import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/evidence/types.js';
import { passageKeys } from '../../src/verify/key-entities.js';
import { scorePassage } from '../../src/verify/passage-score.js';
import { claimsOf } from './helpers.js';

const passage = (text: string): Passage => ({ url: 'https://learn.microsoft.com/en-us/x/methods', title: 'Sign-in methods', text, score: 1, source: 'fixture' });

const scored = (article: string, quote: string, text: string) => {
  const claim = claimsOf(article).find((c) => c.checkworthy && c.quote.includes(quote));
  if (!claim) throw new Error(`no checkworthy claim with ${quote}`);
  return scorePassage(claim, passageKeys(claim), passage(text));
};

describe('what support asks beyond shared words', () => {
  it('does not support a claim whose subject is still a pronoun', () => {
    const page = 'Microsoft Entra ID offers several sign-in methods, and the policy compares the methods of each user.';
    expect(scored('# Notes\n\nMicrosoft Entra ID compares the methods the policy offers.\n', 'compares', page).verdict).toBe('supports');
    const it = scored('I put together this table while planning our rollout. It compares the methods Microsoft Entra ID offers.\n', 'It compares', page);
    expect(it.verdict).toBe('partly');
    expect(it.short?.()).toContain('pronoun');
  });

  it('does not support a yes-or-no table cell from a passage that never states its column', () => {
    const table = '| Method | Works offline |\n|---|---|\n| Phone sign-in with Microsoft Authenticator | No |\n';
    const lacking = scored(table, 'No', 'Phone sign-in with Microsoft Authenticator works on iOS and Android devices.');
    expect(lacking.verdict).not.toBe('supports');
    expect(lacking.short?.()).toContain('Works offline');
    // a "No" needs the page to deny it: a page that says it works offline does not support it, one that denies it does
    expect(scored(table, 'No', 'Phone sign-in with Microsoft Authenticator works offline on iOS and Android devices.').verdict).not.toBe('supports');
    expect(scored(table, 'No', 'Phone sign-in with Microsoft Authenticator doesn’t work offline on iOS and Android devices.').verdict).toBe('supports');
  });

  it('does not support a claim whose object is a pronoun that nothing in the claim stands for', () => {
    const page = 'In Contoso Pipelines, a workflow uses the exchanged token to reach Contoso Cloud resources.';
    const article = (object: string) => `The external token is exchanged for a Contoso token, and the workflow uses ${object} to reach Contoso Cloud resources.\n`;
    expect(scored(article('the exchanged token'), 'workflow uses', page).verdict).toBe('supports');
    const split = scored(article('it'), 'workflow uses', page);
    expect(split.verdict).not.toBe('supports');
    expect(split.short?.()).toContain('object is a pronoun');
    // the referent is named in the claim itself, in a clause before the verb
    const page2 = 'When the Contoso token expires, the workflow renews the Contoso token.';
    expect(scored('# Notes\n\nWhen the Contoso token expires, the workflow renews it.\n', 'renews it', page2).verdict).toBe('supports');
  });

  it('reads the items of a table cell apart: a negation in one is no denial of the next', () => {
    const table = "| Benefit | Description |\n|---|---|\n| Secure | - Widget passwords don't need to be stored in the cloud.<br>- Widget certificates are phishing-resistant for every sign-in. |\n";
    const r = scored('# Notes\n\nWidget certificates are phishing-resistant for every sign-in.\n', 'phishing-resistant', table);
    expect(r.conflict).toBeUndefined();
  });

  it('does not ask a page that gives an address to say that something points to it', () => {
    const page = '{\n  "widget_endpoint": "https://widgets.contoso.com/{tenant}/api/v3/widgets",\n  "other_endpoint": "https://widgets.contoso.com/{tenant}/api/v3/other"\n}';
    expect(scored('# Notes\n\nThe v3 widget endpoint points to https://widgets.contoso.com/fabrikam/api/v3/widgets.\n', 'points', page).verdict).toBe('supports');
    // another address does not
    expect(scored('# Notes\n\nThe v3 widget endpoint points to https://widgets.contoso.com/fabrikam/api/v3/gadgets.\n', 'points', page).verdict).not.toBe('supports');
  });
});
