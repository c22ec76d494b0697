import { ruleTester } from './rule-tester.js';
import { graphPath } from '../../src/verify/checkers/graph-path.js';

const SIGNIN = 'https://learn.microsoft.com/en-us/graph/api/resources/signin?view=graph-rest-1.0';
const DETAIL = 'https://learn.microsoft.com/en-us/graph/api/resources/authenticationdetail?view=graph-rest-1.0';

ruleTester(graphPath, {
  valid: [
    { code: 'The GET /v1.0/auditLogs/signIns request lists sign-ins.', signal: 'supported', evidence: [SIGNIN] },
    { code: 'Call https://graph.microsoft.com/v1.0/auditLogs/signIns to read the log.', signal: 'supported', evidence: [SIGNIN] },
    { code: 'authenticationDetail: Includes authenticationMethod and succeeded.', signal: 'supported', evidence: [DETAIL] },
    // A beta path cannot be refuted: beta is known by type names only.
    { code: 'The GET /beta/auditLogs/glimmerTrails request lists trails.', signal: 'not-applicable' },
    // nor can a path the claim's words place in beta
    { code: 'The beta endpoint GET /auditLogs/glimmerTrails lists trails.', signal: 'not-applicable' },
    // "X property of Y": not a property claim on a type (the type is not the subject).
    { code: 'In Microsoft Graph the details are the `authenticationDetails` property of the `signIn` resource.' },
    // Example values in parentheses are not properties.
    { code: 'authenticationDetail: Includes succeeded (e.g., trueValue, falseValue).' },
    // A plain noun phrase names the type ("Sign-In" → signIn); the claim says nothing else, so the metadata answers all of it.
    { code: 'The Sign-In logs dashboard includes the AuthenticationDetails field.', signal: 'covered', evidence: [SIGNIN] },
    { code: 'The sign-in log has an appDisplayName column.', signal: 'covered', evidence: [SIGNIN] },
    // A qualifier in front of the type must be a name some source uses: "Microsoft Entra" is, "Quorvex" is not.
    { code: 'The Microsoft Entra sign-in logs include the userPrincipalName field.', signal: 'covered', evidence: [SIGNIN] },
    { code: 'The Quorvex sign-in logs include the userPrincipalName field.', signal: 'supported', evidence: [SIGNIN] },
    // The property exists but the claim says more than which fields exist: support, not an answer to the whole claim.
    { code: 'The sign-in log includes the appDisplayName field, encrypted with tenant keys.', signal: 'supported', evidence: [SIGNIN] },
    // Reading a type from plain words can support a property, never refute one: "sign-in" might mean something else.
    { code: 'The sign-in logs include the glowFactor field.', signal: 'not-applicable' },
    // Slot nouns alone ("logs", "dashboard") and sub-namespace types name no type.
    { code: 'The dashboard logs include the appDisplayName field.', signal: 'not-applicable' },
  ],
  invalid: [
    {
      code: 'The GET /v1.0/auditLogs/glimmerTrails request lists trails.',
      signal: 'refuted',
      errors: [{ messageId: 'no-such-segment', subject: 'GET /v1.0/auditLogs/glimmerTrails' }],
    },
    {
      code: 'Microsoft exposes https://graph.microsoft.com/v1.0/tenantRelationships/managedTenants for partners.',
      signal: 'refuted',
      errors: [{ messageId: 'beta-only', subject: '/v1.0/tenantRelationships/managedTenants' }],
      evidence: ['https://learn.microsoft.com/en-us/graph/api/resources/tenantrelationship?view=graph-rest-beta'],
    },
    {
      // right after a collection, "evaluate" could still be read as a key, so the metadata cannot refute it
      code: 'Devices report to POST /deviceManagement/deviceCompliancePolicies/evaluate for a verdict.',
      signal: 'no-support',
      errors: [{ messageId: 'unresolved-path', subject: 'POST /deviceManagement/deviceCompliancePolicies/evaluate' }],
    },
    {
      code: 'Devices report to POST /deviceManagement/deviceCompliancePolicies/{id}/evaluate for a verdict.',
      signal: 'refuted',
      errors: [{ messageId: 'no-such-segment', subject: 'POST /deviceManagement/deviceCompliancePolicies/{id}/evaluate' }],
    },
    {
      code: 'authenticationDetail: Includes vortexScore and succeeded.',
      signal: 'refuted',
      errors: [{ messageId: 'no-such-property', subject: 'vortexScore' }],
      evidence: [DETAIL],
    },
    // Type names match case-insensitively and singular/plural: AuthenticationDetails → authenticationDetail.
    {
      code: 'AuthenticationDetails: Includes glowFactor and succeeded.',
      signal: 'refuted',
      errors: [{ messageId: 'no-such-property', subject: 'glowFactor' }],
    },
  ],
});

import { describe as describeScope, expect as expectScope, it as itScope } from 'vitest';
import { keyApiPaths } from '../../src/verify/key-entities.js';
import { extractClaims } from '../../src/extract/index.js';
import { ingestText } from '../../src/ingest/index.js';

describeScope('graph-path scope', () => {
  const pathsOf = (t: string) => extractClaims(ingestText(t, 'a.md')).flatMap((c) => keyApiPaths(c).map((e) => e.text));
  itScope('takes versioned Graph paths and paths in claims that name Microsoft Graph', () => {
    expectScope(pathsOf('Call GET /v1.0/users/{id}/memberOf to list groups.')).toEqual(['GET /v1.0/users/{id}/memberOf']);
    expectScope(pathsOf('The Microsoft Graph endpoint /deviceManagement/managedDevices lists devices.')).toEqual(['/deviceManagement/managedDevices']);
  });
  itScope('leaves other APIs’ paths alone', () => {
    expectScope(pathsOf('Post the token to the /oauth2/v2.0/token endpoint of the tenant.')).toEqual([]);
  });
});
