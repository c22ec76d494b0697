import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scanPage } from '../../src/evidence/docs-index/scan-page.js';
import { slugify, headingText } from '../../src/evidence/anchors.js';
import { extractIdentifiers, normalizeApiPath } from '../../src/evidence/docs-index/identifiers.js';

const fixture = (rel: string) => readFileSync(fileURLToPath(new URL(`../fixtures/docs/${rel}`, import.meta.url)), 'utf8');

describe('anchors', () => {
  it('lower-cases, drops punctuation, turns spaces into dashes', () => {
    expect(slugify('Validate the issuer')).toBe('validate-the-issuer');
    expect(slugify('Notes: timing & limits (preview)')).toBe('notes-timing--limits-preview');
    expect(slugify('OAuth 2.0 flows')).toBe('oauth-20-flows');
  });
  it('strips inline markdown from heading text', () => {
    expect(headingText('The `exp` claim and [links](x.md) ##')).toBe('The exp claim and links');
  });
});

describe('scanPage', () => {
  const page = scanPage(fixture('entra-docs/docs/identity/tokens/session-revocation.md'));
  it('reads title and ms.date from front matter', () => {
    expect(page.title).toBe('Session revocation in the sample tenant');
    expect(page.msDate).toBe('03/14/2025');
  });
  it('splits into heading sections with anchors; the H1 has none; repeats are numbered', () => {
    expect(page.sections.map((s) => [s.level, s.anchor])).toEqual([
      [1, undefined],
      [2, 'how-revocation-events-reach-a-service'],
      [2, 'error-codes-you-might-see'],
      [2, 'how-revocation-events-reach-a-service-1'],
      [3, 'notes-timing--limits-preview'],
    ]);
  });
  it('does not take a # line inside a code fence for a heading', () => {
    const p = scanPage('# Top\n\n```bash\n# a comment\n```\n\n## Next\ntext');
    expect(p.sections.map((s) => s.heading)).toEqual(['Top', 'Next']);
  });
  it('keeps Learn tabs (`# [HTTP](#tab/http)`) in the section they belong to: no heading, no anchor', () => {
    const p = scanPage('# Get a widget\n\n## Request\n\n# [HTTP](#tab/http)\n\nGET /widgets/{id}\n\n# [C#](#tab/csharp)\n\nvar w = client.Get();\n\n---\n\n## Response\ntext');
    expect(p.sections.map((s) => [s.heading, s.anchor])).toEqual([
      ['Get a widget', undefined],
      ['Request', 'request'],
      ['Response', 'response'],
    ]);
    expect(p.sections[1]?.body).toContain('GET /widgets/{id}');
    expect(p.sections[1]?.body).toContain('HTTP:');
  });
  it('falls back to the H1 for the title', () => {
    expect(scanPage('# Only a heading\nbody').title).toBe('Only a heading');
  });
});

describe('identifiers', () => {
  const ids = extractIdentifiers(fixture('entra-docs/docs/identity/tokens/session-revocation.md'));
  it.each(['WWW-Authenticate', 'insufficient_claims', 'AADSTS50076', 'invalid_grant', '/me/messages', 'tokenLifetimePolicy', 'Authorization', 'claims'])('finds %s', (id) => {
    expect(ids.has(id)).toBe(true);
  });
  it('does not take ordinary words', () => {
    expect(ids.has('service')).toBe(false);
    expect(ids.has('Revocation')).toBe(false);
  });
  it('takes the cmdlet a PowerShell reference link names, and no other link segment', () => {
    const linked = extractIdentifiers(
      'Run the [revoke command](/powershell/module/microsoft.graph.users.actions/revoke-mgusersigninsession) to revoke them; see [the guide](/entra/identity/users/users-revoke-access).',
    );
    expect(linked.has('revoke-mgusersigninsession')).toBe(true);
    expect([...linked].some((id) => id.includes('users-revoke-access') || id.includes('microsoft.graph'))).toBe(false);
    expect(extractIdentifiers('Connect with [Connect-AzAccount](https://learn.microsoft.com/powershell/module/az.accounts/connect-azaccount?view=azps-12.0.0).').has('connect-azaccount')).toBe(true);
  });
  it('normalises API paths', () => {
    expect(normalizeApiPath('https://graph.microsoft.com/v1.0/users/{id}/messages?$top=5')).toBe('/users/{id}/messages');
    expect(normalizeApiPath('/beta/me/')).toBe('/me');
    expect(normalizeApiPath('not/a/path')).toBeUndefined();
  });
});
