import { ruleTester } from './rule-tester.js';
import { consistency } from '../../src/verify/checkers/consistency.js';

ruleTester(consistency, {
  valid: [
    { code: 'Seal tokens expire within 2–3 minutes, shorter than session cookies (which last 8 hours).' },
    { code: 'Seal tokens expire within 10 minutes.' },
    // Two subjects, two durations: not a contradiction.
    { code: 'The Quasar Seal expires within 10 minutes.\n\nThe Nimbus Gate expires within 2 hours.' },
  ],
  invalid: [
    {
      code: 'Seal tokens expire within 10–15 minutes, significantly shorter than standard codes (which may last 3–5 minutes).',
      signal: 'not-applicable',
      errors: [{ messageId: 'comparison-contradicts', subject: '10–15 minutes' }],
    },
    {
      code: 'The Quasar Seal expires within 10 minutes.\n\nIn practice the Quasar Seal expires after 2 hours.',
      signal: 'not-applicable',
      errors: [{ messageId: 'conflicting-durations', subject: 'Quasar Seal' }],
    },
  ],
});
