import { describe, expect, it } from 'vitest';
import { PRESETS, getPreset, templatePreset } from '../../src/evidence/presets.js';
import { ClaimcheckError } from '../../src/errors.js';

const url = (preset: string, rel: string) => getPreset(preset).toUrl(rel);

describe('path → URL rules, file by file', () => {
  it.each([
    ['entra-docs', 'docs/identity-platform/access-tokens.md', 'https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens'],
    [
      'entra-docs',
      'docs/identity/conditional-access/concept-continuous-access-evaluation.md',
      'https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-continuous-access-evaluation',
    ],
    ['entra-docs', 'docs/identity/index.md', 'https://learn.microsoft.com/en-us/entra/identity/'],
    ['entra-docs', 'docs/index.md', 'https://learn.microsoft.com/en-us/entra/'],
    ['microsoft-graph-docs', 'api-reference/v1.0/api/signin-list.md', 'https://learn.microsoft.com/en-us/graph/api/signin-list?view=graph-rest-1.0'],
    ['microsoft-graph-docs', 'api-reference/beta/api/signin-list.md', 'https://learn.microsoft.com/en-us/graph/api/signin-list?view=graph-rest-beta'],
    ['microsoft-graph-docs', 'api-reference/v1.0/resources/signin.md', 'https://learn.microsoft.com/en-us/graph/api/resources/signin?view=graph-rest-1.0'],
    ['microsoft-graph-docs', 'api-reference/beta/resources/signin.md', 'https://learn.microsoft.com/en-us/graph/api/resources/signin?view=graph-rest-beta'],
    ['microsoft-graph-docs', 'concepts/auth/auth-concepts.md', 'https://learn.microsoft.com/en-us/graph/auth/auth-concepts'],
    ['memdocs', 'memdocs/intune/protect/device-compliance-get-started.md', 'https://learn.microsoft.com/en-us/mem/intune/protect/device-compliance-get-started'],
    ['azure-docs', 'articles/key-vault/general/overview.md', 'https://learn.microsoft.com/en-us/azure/key-vault/general/overview'],
  ])('%s: %s', (preset, rel, expected) => {
    expect(url(preset, rel)).toBe(expected);
  });

  it.each([
    ['entra-docs', 'README.md'],
    ['entra-docs', 'docs/toc.yml'],
    ['microsoft-graph-docs', 'includes/snippet.md'],
    ['microsoft-graph-docs', 'api-reference/v1.0/includes/x.md'],
    ['memdocs', 'memdocs/configmgr/core/a.md'],
    ['azure-docs', 'includes/x.md'],
    ['msgraph-metadata', 'schemas/v1.0-Prod.csdl'],
  ])('%s: %s is not a published page', (preset, rel) => {
    expect(url(preset, rel)).toBeUndefined();
  });

  it('--url-template maps {path} and index pages', () => {
    const p = templatePreset('https://example.com/{path}');
    expect(p.toUrl('guide/setup.md')).toBe('https://example.com/guide/setup');
    expect(p.toUrl('guide/index.md')).toBe('https://example.com/guide/');
    expect(p.toUrl('guide/image.png')).toBeUndefined();
  });

  it('rejects a template without {path} and an unknown preset', () => {
    expect(() => templatePreset('https://example.com/')).toThrow(ClaimcheckError);
    expect(() => getPreset('nope')).toThrow(/unknown corpus preset/);
  });

  it('every preset has a repository and sparse folders for corpus fetch', () => {
    for (const p of Object.values(PRESETS)) {
      expect(p.repo).toMatch(/^https:\/\/github\.com\/.+\.git$/);
      expect(p.sparse.length).toBeGreaterThan(0);
    }
  });
});
