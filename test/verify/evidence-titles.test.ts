import { describe, expect, it } from 'vitest';
import { PackSource } from '../../src/evidence/pack/pack-source.js';
import type { PackFile } from '../../src/evidence/pack/format.js';
import { withTitles } from '../../src/verify/evidence-access.js';

const pack: PackFile = {
  format: 'claimcheck-pack',
  version: 1,
  name: 'fixture',
  createdAt: '2026-12-01T00:00:00.000Z',
  corpora: [{ name: 'fixture-docs', preset: 'entra-docs', indexedAt: '2026-12-01T00:00:00.000Z', files: 2 }],
  pages: [
    [
      0,
      'https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens',
      'Access tokens in the Microsoft identity platform',
      null,
      [
        ['', ''],
        ['validate-the-issuer', 'Validate the issuer'],
      ],
    ],
    [0, 'https://learn.microsoft.com/en-us/graph/api/resources/signin?view=graph-rest-1.0', 'signIn resource type', null, [['', '']]],
  ],
  identifiers: {},
};

describe('evidence titles for URLs a reviewer cites', () => {
  const source = new PackSource(pack);
  it('finds the page title whatever the anchor, the view query or the case', () => {
    expect(source.pageTitle('https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens#validate-the-issuer')).toBe('Access tokens in the Microsoft identity platform');
    expect(source.pageTitle('https://learn.microsoft.com/en-us/graph/api/resources/signIn?view=graph-rest-beta')).toBe('signIn resource type');
    expect(source.pageTitle('https://learn.microsoft.com/en-us/entra/unknown-page')).toBeUndefined();
  });
  it('fills a missing title and keeps one that is there', () => {
    const out = withTitles(
      [
        { url: 'https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens', anchor: 'validate-the-issuer', stance: 'supports', source: 'reviewer' },
        { url: 'https://learn.microsoft.com/en-us/graph/api/resources/signin?view=graph-rest-1.0', title: 'Reviewer’s own title', stance: 'supports', source: 'reviewer' },
        { url: 'https://example.com/blog', stance: 'related', source: 'reviewer' },
      ],
      [source],
    );
    expect(out.map((e) => e.title)).toEqual(['Access tokens in the Microsoft identity platform', 'Reviewer’s own title', undefined]);
  });
});
