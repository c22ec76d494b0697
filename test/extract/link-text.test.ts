import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.js';
import { extractClaims } from '../../src/extract/index.js';

const claimsOf = (md: string) => extractClaims(ingestText(md, 'links.md'));

describe('a markdown link in a claim', () => {
  const [claim] = claimsOf(
    '# Links\n\nBy default, an [ID token](https://learn.microsoft.com/entra/identity-platform/id-tokens "ID tokens") stays valid for one hour ![clock](img/clock(1).png).\n',
  ).filter((c) => c.checkworthy);
  it('leaves its words in the text, and neither its target nor an image', () => {
    expect(claim?.text).toBe('By default, an ID token stays valid for one hour.');
  });
  it('keeps the source in the quote, and its target as a url entity', () => {
    expect(claim?.quote).toContain('](https://learn.microsoft.com/entra/identity-platform/id-tokens "ID tokens")');
    expect(claim?.entities.some((e) => e.type === 'url' && e.text === 'https://learn.microsoft.com/entra/identity-platform/id-tokens')).toBe(true);
  });
});
