import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DocsIndex } from '../../src/evidence/docs-index/docs-index.js';
import { DOCS_UPDATED, docsUpdatedSinceReview, msDateIso } from '../../src/evidence/docs-updated.js';
import type { Claim } from '../../src/schema/index.js';
import { tempWorkspace } from './helpers.js';

const URL = 'https://learn.microsoft.com/en-us/entra/identity/tokens/token-basics#lifetime';

function reviewed(reviewedAt: string | undefined, stance: 'supports' | 'related' = 'supports'): Claim {
  const c: Claim = {
    id: 'c-00000001',
    text: 'An access token is valid for a limited time.',
    quote: 'An access token is valid for a limited time.',
    span: { start: 0, end: 44, line: 1, column: 1 },
    section: [],
    kind: 'product-fact',
    checkworthy: true,
    entities: [],
    status: 'verified',
    origin: 'reviewer',
    evidence: [{ url: URL, anchor: 'lifetime', stance, source: 'reviewer' }],
    findings: [],
    history: [],
  };
  if (reviewedAt) c.reviewedAt = reviewedAt;
  return c;
}

describe('docs updated since review', () => {
  const ws = tempWorkspace('entra-docs');
  let index: DocsIndex;
  beforeAll(() => {
    index = DocsIndex.open(join(ws.dir, 'index.sqlite'), { create: true });
    index.add({ dir: join(ws.dir, 'entra-docs'), preset: 'entra-docs', progress: false });
  });
  afterAll(() => {
    index.close();
    ws.cleanup();
  });

  it('reads ms.date in both forms Learn uses', () => {
    expect(msDateIso('6/1/2024')).toBe('2024-06-01');
    expect(msDateIso('12/31/2025')).toBe('2025-12-31');
    expect(msDateIso('2024-06-01')).toBe('2024-06-01');
    expect(msDateIso('soon')).toBeUndefined();
  });

  it('a page whose ms.date (2024-06-01) is after the review gets one finding naming it; before or on the day, none', () => {
    const f = docsUpdatedSinceReview(reviewed('2024-05-20T10:00:00Z'), index.sources());
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ ...DOCS_UPDATED, severity: 'info' });
    expect(f[0]?.message).toContain('updated on 2024-06-01, after the review on 2024-05-20');
    expect(docsUpdatedSinceReview(reviewed('2024-06-01T10:00:00Z'), index.sources())).toEqual([]);
    expect(docsUpdatedSinceReview(reviewed(undefined), index.sources())).toEqual([]);
    expect(docsUpdatedSinceReview(reviewed('2024-05-20T10:00:00Z', 'related'), index.sources())).toEqual([]);
  });
});
