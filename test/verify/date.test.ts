import { ruleTester } from './rule-tester.js';
import { date } from '../../src/verify/checkers/date.js';

const RETIRE = 'https://learn.microsoft.com/en-us/entra/conditional-access/concept-report-only#retirement-of-the-classic-policies';

ruleTester(date, {
  valid: [
    { code: 'Microsoft will retire the classic Conditional Access policies on March 31, 2027.', signal: 'found', evidence: [RETIRE] },
    // Another spelling of the same date.
    { code: 'Microsoft will retire the classic Conditional Access policies by 2027-03-31.', signal: 'found', evidence: [RETIRE] },
    // Not a roadmap claim: the date checker does not apply.
    { code: 'The sign-in logs record every sign-in since 2019.' },
  ],
  invalid: [
    {
      code: 'Microsoft will retire the classic Conditional Access policies on March 31, 2027.',
      asOf: '2027-06-01',
      signal: 'found',
      errors: [{ messageId: 'date-past', subject: 'March 31, 2027' }],
      evidence: [RETIRE],
    },
    {
      code: 'Microsoft will retire the Nimbus console on June 30, 2025.',
      signal: 'unknown-subject',
      errors: [
        { messageId: 'date-past', subject: 'June 30, 2025' },
        { messageId: 'date-unannounced', subject: 'June 30, 2025' },
      ],
    },
    { code: 'Legacy seals will be deprecated in Q3 2031.', signal: 'unknown-subject', errors: [{ messageId: 'date-unannounced', subject: 'Q3 2031' }] },
  ],
});
