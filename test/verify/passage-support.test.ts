import { ruleTester } from './rule-tester.js';
import { passageSupport } from '../../src/verify/checkers/passage-support.js';

const ISSUER = 'https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens#validate-the-issuer';
const MSAL = 'https://learn.microsoft.com/en-us/entra/identity-platform/msal-js-acquire-token#acquire-a-token-silently-first';
const REPORT_ONLY = 'https://learn.microsoft.com/en-us/entra/conditional-access/concept-report-only';
// a second paragraph that makes "app roles" and "service principal" recurring terms of the article (concepts)
const ROLE_TERMS = '\n\nEvery service principal can hold app roles, and app roles can be granted to a service principal.';
const ID_LIFETIME = 'https://learn.microsoft.com/en-us/entra/identity-platform/id-tokens#lifetime';
const ID_TOKENS = 'https://learn.microsoft.com/en-us/entra/identity-platform/id-tokens';
const ROLES = 'https://learn.microsoft.com/en-us/entra/identity-platform/app-roles-scope#roles-on-the-application-or-on-a-service-principal';
const SSPR_NOTIFY = 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-howitworks#notifications';

ruleTester(passageSupport, {
  valid: [
    { code: 'Tokens from the v2.0 endpoint carry the issuer `https://login.microsoftonline.com/<tenant-id>/v2.0`.', signal: 'supported', evidence: [ISSUER] },
    { code: 'MSAL.js applications call `acquireTokenSilent` first and fall back to `acquireTokenPopup` when silent acquisition fails.', signal: 'supported', evidence: [MSAL] },
    { code: 'Policies in report-only mode are evaluated at sign-in but not enforced.', signal: 'supported', evidence: [REPORT_ONLY] },
    // A negation in the passage that governs a word the claim does not use ("not enforced") is no conflict.
    { code: 'Policies in report-only mode are evaluated at sign-in and the result of each policy is recorded in the sign-in logs.', signal: 'supported', evidence: [REPORT_ONLY] },
    // "A, rather than B": the passage says it of A, so it supports the claim.
    {
      code: `App roles declared on the application object, rather than on a service principal, are available in every tenant where the application is used.${ROLE_TERMS}`,
      signal: 'supported',
      evidence: [ROLES],
    },
    // A name in an aside ("(OpenID Connect)") that the section stating the fact does not repeat: the fact is
    // supported without the aside, and one sentence elsewhere ties the aside to its name; both are cited.
    { code: 'ID Token (OpenID Connect) is valid for one hour by default.', signal: 'supported', evidence: [ID_LIFETIME, ID_TOKENS] },
    // An acronym the pages define ("self-service password reset (SSPR)") and a section that spells it out: the
    // section states the claim
    { code: 'SSPR can notify users when their password is reset.', signal: 'supported', evidence: [SSPR_NOTIFY] },
  ],
  invalid: [
    // An aside that no page ties to its name keeps the claim partial, though the rest is stated.
    {
      code: 'ID Token (Kerberos Ticket Service) is valid for one hour by default.',
      signal: 'partly-supported',
      errors: [{ messageId: 'unknown-words' }, { messageId: 'partial-passage' }],
      evidence: [ID_LIFETIME],
    },
    // Without the aside, the figure is still compared: the page says one hour.
    {
      code: 'ID Token (OpenID Connect) is valid for one day by default.',
      signal: 'partly-supported',
      errors: [{ messageId: 'slot-conflict' }, { messageId: 'partial-passage' }],
    },
    // A figure the passage does not state keeps the claim partial, however well the words match; the partial
    // finding names the figure the best passage lacks.
    {
      code: 'MSAL.js applications call `acquireTokenSilent` 5 times before they fall back to `acquireTokenPopup`.',
      signal: 'partly-supported',
      errors: [{ messageId: 'slot-unstated' }, { messageId: 'partial-passage', message: /covers [\d.]+ of the claim; missing 5 times$/ }],
      evidence: [MSAL],
    },
    // Words the best passage lacks are named, not "some content words".
    {
      code: 'MSAL.js applications call `acquireTokenSilent` first and fall back to `acquireTokenPopup` when the signature check of the issuer fails on the tenant.',
      signal: 'partly-supported',
      errors: [{ messageId: 'slot-unstated' }, { messageId: 'partial-passage', message: /lacks the words .*"signature"/ }],
      evidence: [MSAL],
    },
    // The page states another range for the same subject: evidence against the claim, both values named.
    {
      code: 'The default lifetime of an access token is a random value between 20 and 30 minutes.',
      signal: 'conflicts',
      errors: [{ messageId: 'slot-refutes' }],
    },
    // A word no source has ("frobnicate") blocks full support.
    {
      code: 'MSAL.js applications call `acquireTokenSilent` first and frobnicate `acquireTokenPopup` when silent acquisition fails.',
      signal: 'partly-supported',
      errors: [{ messageId: 'unknown-words', subject: '"frobnicate"' }, { messageId: 'partial-passage' }],
      evidence: [MSAL],
    },
    { code: 'Quasar seals are renewed by the relay every twelve minutes.', signal: 'no-support', errors: [{ messageId: 'no-passage' }] },
    // for a statistic the figure is the claim: a passage with its other words and not the figure supports no part of it
    {
      code: 'In 87% of sign-ins, MSAL.js applications call `acquireTokenSilent` first and fall back to `acquireTokenPopup` when silent acquisition fails.',
      signal: 'no-support',
      errors: [{ messageId: 'slot-unstated' }, { messageId: 'no-passage' }],
      evidence: [MSAL],
    },
    // A restriction or a negation the passage leaves unstated reverses or narrows the claim: the passage's words
    // then state no part of it, so it is no partial support; it is cited as related, with what it lacks.
    {
      code: 'Only MSAL.js applications call `acquireTokenSilent` first and fall back to `acquireTokenPopup` when silent acquisition fails.',
      signal: 'no-support',
      errors: [{ messageId: 'slot-unstated' }, { messageId: 'no-passage' }],
      evidence: [MSAL],
    },
    // The passage negates what the claim affirms on the same subject: the same words, the opposite meaning,
    // so the passage is evidence against the claim.
    {
      code: 'Policies in report-only mode are evaluated at sign-in and their grant controls are enforced.',
      signal: 'conflicts',
      errors: [{ messageId: 'slot-refutes' }],
      evidence: [REPORT_ONLY],
    },
    // The same words with A and B swapped: the passage says it of the application object, not of a service principal.
    {
      code: `App roles that you add to a service principal, rather than on the application object, are available in every tenant where the application is used.${ROLE_TERMS}`,
      signal: 'partly-supported',
      errors: [{ messageId: 'contrast-unsupported' }, { messageId: 'partial-passage' }],
      evidence: [ROLES],
    },
  ],
});
