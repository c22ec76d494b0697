import { ruleTester } from './rule-tester.js';
import { statistic } from '../../src/verify/checkers/statistic.js';

ruleTester(statistic, {
  valid: [
    {
      code: 'The default access token lifetime averages 60 minutes, a rate of 90 minutes at most.',
      signal: 'found',
      evidence: ['https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens#token-lifetime'],
    },
  ],
  invalid: [
    { code: 'A study found that 12.7% of sign-in failures were traced to browser extensions.', signal: 'unknown-subject', errors: [{ messageId: 'figure-unsourced', subject: '12.7%' }] },
    { code: 'Seal issuance success drops by 41% when TLS 1.2 is enforced.', signal: 'unknown-subject', errors: [{ messageId: 'figure-unsourced', subject: '41%' }] },
  ],
});
