import { ruleTester } from './rule-tester.js';
import { identifierExists } from '../../src/verify/checkers/identifier-exists.js';

const MSAL = 'https://learn.microsoft.com/en-us/entra/identity-platform/msal-js-acquire-token#acquire-a-token-silently-first';

ruleTester(identifierExists, {
  valid: [
    { code: 'MSAL.js applications call `acquireTokenSilent` first.', signal: 'found', evidence: [MSAL] },
    { code: 'Call acquireTokenPopup() when silent acquisition fails.', signal: 'found', evidence: [MSAL] },
    { code: 'The `exp` claim gives the expiry time.', signal: 'found' },
    // Known to the Graph metadata only: exists, no prose page.
    { code: 'The `authenticationStepDateTime` value records when the step happened.', signal: 'found' },
    // Bare HTTP status codes and wildcard header families are generic: nothing to look up.
    { code: 'A bad request returns HTTP 403 to the caller.' },
  ],
  invalid: [
    { code: 'The `refreshVortexHint` parameter skips the cache.', signal: 'unknown-subject', errors: [{ messageId: 'unknown-identifier', subject: 'refreshVortexHint' }] },
    { code: 'The X-Ms-Quasar-Seal header carries the seal.', signal: 'unknown-subject', errors: [{ messageId: 'unknown-identifier', subject: 'X-Ms-Quasar-Seal' }] },
    { code: 'A failure returns the error code quasar_seal_broken.', signal: 'unknown-subject', errors: [{ messageId: 'unknown-identifier', subject: 'quasar_seal_broken' }] },
    {
      code: 'Apps call `acquireTokenSilent` and then `acquireTokenGently`.',
      signal: 'unknown-subject',
      errors: [{ messageId: 'unknown-identifier', subject: 'acquireTokenGently' }],
      evidence: [MSAL],
    },
  ],
});
