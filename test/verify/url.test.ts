import { describe, expect, it } from 'vitest';
import { ruleTester } from './rule-tester.js';
import { url } from '../../src/verify/checkers/url.js';
import { claimsOf } from './helpers.js';
import type { CheckContext } from '../../src/verify/types.js';

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

describe('url checker with --online link results', () => {
  const claim = claimsOf('# Fixture\n\nThe keys are published at https://login.microsoftonline.com/common/discovery/keys for apps.\n').find((c) => c.checkworthy)!;
  const ctxWith = (links: CheckContext['links']): CheckContext => ({ sources: [], graph: undefined, asOf: '2026-12-01', claims: [claim], online: true, ...(links ? { links } : {}) });
  const link = 'https://login.microsoftonline.com/common/discovery/keys';
  it('reports a link that does not resolve', async () => {
    const r = await url.check(claim, ctxWith(new Map([[link, { status: 'broken' as const, httpStatus: 404 }]])));
    expect(r.findings.map((f) => [f.messageId, f.message])).toEqual([['broken-link', `${link} does not resolve: HTTP 404`]]);
  });
  it('records where a link redirects to', async () => {
    const r = await url.check(claim, ctxWith(new Map([[link, { status: 'ok' as const, finalUrl: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' }]])));
    expect(r.findings.map((f) => f.messageId)).toEqual(['redirected-link']);
  });
  it('says nothing about a link that resolves where it points', async () => {
    const r = await url.check(claim, ctxWith(new Map([[link, { status: 'ok' as const, finalUrl: link }]])));
    expect(r.findings).toEqual([]);
  });
});
