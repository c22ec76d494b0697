import { ruleTester } from './rule-tester.js';
import { productTerm } from '../../src/verify/checkers/product-term.js';

ruleTester(productTerm, {
  valid: [
    { code: 'Microsoft Entra ID issues access tokens.', signal: 'found' },
    { code: 'Conditional Access policies can run in report-only mode.', signal: 'found' },
    // Plural-tolerant: the docs say "Conditional Access policy templates".
    { code: 'Administrators use Conditional Access policy template files.', signal: 'found' },
    // Generic acronyms that are not the subject do not make a claim unknown.
    { code: 'Microsoft Entra ID sends the token over TLS and HTTP.', signal: 'found' },
    // Example lists in parentheses are not key names.
    { code: 'Microsoft Entra ID works behind reverse proxies (e.g., Zorblax or Quintar).', signal: 'found' },
  ],
  invalid: [
    { code: 'Every access token is checked by the Flux Relay Service.', signal: 'unknown-subject', errors: [{ messageId: 'unknown-name', subject: 'Flux Relay Service' }] },
    // An acronym that is the grammatical subject is looked up.
    { code: 'The FRS evaluates every sign-in before Microsoft Entra ID issues a token.', signal: 'unknown-subject', errors: [{ messageId: 'unknown-name', subject: 'FRS' }] },
    {
      code: 'Microsoft will retire the Nimbus Gate console.',
      signal: 'unknown-subject',
      errors: [{ messageId: 'unknown-name', subject: 'Nimbus Gate' }],
    },
  ],
});
