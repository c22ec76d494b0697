import { ruleTester } from './rule-tester.js';
import { url } from '../../src/verify/checkers/url.js';

ruleTester(url, {
  valid: [
    { code: 'Tokens are issued by https://login.microsoftonline.com/<tenant-id>/v2.0 for the tenant.', signal: 'not-applicable' },
    { code: 'Keys are published at https://login.microsoftonline.com/common/discovery/keys for everyone.', signal: 'not-applicable' },
  ],
  invalid: [
    { code: 'Send the token to https://api.example.com/v1/check for validation.', signal: 'not-applicable', errors: [{ messageId: 'placeholder-host', subject: 'https://api.example.com/v1/check' }] },
    { code: 'Sign in at https://<tenant>.login.microsoftonline.com/start to begin.', signal: 'not-applicable', errors: [{ messageId: 'placeholder-host' }] },
  ],
});
