import { ruleTester } from './rule-tester.js';
import { attribution } from '../../src/verify/checkers/attribution.js';

ruleTester(attribution, {
  valid: [
    { code: 'The Sign-in logs in Microsoft Entra ID documentation describes retention.', signal: 'found' },
    { code: 'A person named Dr. alone names nobody.' },
    { code: 'Microsoft Entra ID issues tokens.' },
  ],
  invalid: [
    { code: 'Mara Quillfeather said that tokens rotate hourly.', signal: 'unknown-subject', errors: [{ messageId: 'unknown-person', subject: 'Mara Quillfeather' }] },
    {
      code: 'The 2024 Glimmer Readiness Report found that tenants enable report-only mode.',
      signal: 'unknown-subject',
      errors: [{ messageId: 'unknown-document', subject: '2024 Glimmer Readiness Report' }],
    },
  ],
});
