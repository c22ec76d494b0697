import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schema/claim.js';
import { loadLedger } from '../../src/ledger/index.js';
import { ensureBuilt, FIXTURES, runCli, tmpDir } from './helpers/env.js';

/**
 * The "done when" edit test end to end with the real CLI: `check` (real ingest + extract +
 * verify) writes the ledger, `review` records verdicts, the article is edited (paragraphs inserted,
 * sections reordered, a sentence reworded, one deleted), `check` runs again.
 */
beforeAll(() => ensureBuilt(), 120_000);

const verdicts = [
  ['Access tokens issued by the v2.0 endpoint are valid for between 60 and 90 minutes.', 'verified', 'https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens#token-lifetime'],
  ['Refresh tokens for single-page apps expire after 24 hours.', 'contradicted', 'https://learn.microsoft.com/en-us/entra/identity-platform/refresh-tokens'],
  ['A revoked refresh token stops working within a few minutes.', 'unverified', undefined],
  ['The jwks_uri property in that document points at the current key set.', 'verified', 'https://learn.microsoft.com/en-us/entra/identity-platform/signing-key-rollover'],
  ['Clients must not parse access tokens meant for another resource.', 'not-checkable', undefined],
] as const;

// A check may add the page title to a URL the reviewer cited (metadata, not part of the verdict); everything else must stay.
const verdictOf = (c: Claim) => ({
  status: c.status,
  origin: c.origin,
  evidence: c.evidence.map(({ title: _title, ...e }) => e),
  note: c.note,
  reviewer: c.reviewer,
  reviewedAt: c.reviewedAt,
  history: c.history,
});

describe('edit the article and re-run check', () => {
  it('keeps every reviewer verdict on the right claim; reworded → stale, deleted → removed', async () => {
    const dir = tmpDir();
    mkdirSync(join(dir, 'sources'));
    const articlePath = join(dir, 'sources', 'article.md');
    const ledgerPath = join(dir, 'claims', 'article.yaml');
    copyFileSync(join(FIXTURES, 'article.md'), articlePath);

    const first = await runCli(['check', 'sources/article.md', '--quiet'], dir);
    expect([0, 1]).toContain(first.code);
    const v1 = (await loadLedger(ledgerPath))!.ledger;
    for (const [i, [quote, status, url]] of verdicts.entries()) {
      const id = v1.claims.find((c) => c.quote === quote)!.id;
      const r = await runCli(['review', 'sources/article.md', id, '--status', status, ...(url ? ['--evidence', url] : []), '--note', `verdict ${i}`, '--by', 'alice'], dir);
      expect([r.code, r.stderr]).toEqual([0, '']);
    }
    const reviewed = (await loadLedger(ledgerPath))!.ledger;

    copyFileSync(join(FIXTURES, 'article-edited.md'), articlePath);
    const second = await runCli(['check', 'sources/article.md', '--quiet'], dir);
    expect([0, 1]).toContain(second.code);
    const after = (await loadLedger(ledgerPath))!.ledger;
    const text = readFileSync(articlePath, 'utf8');
    const byNote = (i: number) => after.claims.filter((c) => c.note === `verdict ${i}`);

    // every verdict exactly once, unchanged
    for (const [i] of verdicts.entries()) {
      expect(byNote(i)).toHaveLength(1);
      expect(verdictOf(byNote(i)[0]!)).toEqual(verdictOf(reviewed.claims.find((c) => c.note === `verdict ${i}`)!));
    }
    // unchanged / moved sentences: same quote, live, not stale, span points at the sentence in the new text
    for (const i of [0, 3, 4]) {
      const c = byNote(i)[0]!;
      expect([c.quote, c.stale, c.removed]).toEqual([verdicts[i]![0], undefined, undefined]);
      expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
    }
    expect(byNote(1)[0]).toMatchObject({ quote: 'Refresh tokens issued to single-page apps expire after 24 hours.', stale: true });
    expect(byNote(2)[0]).toMatchObject({ removed: true });
    // nothing else: only these carry stale/removed, and no other claim became a reviewer claim
    expect(after.claims.filter((c) => c.stale).map((c) => c.note)).toEqual(['verdict 1']);
    expect(after.claims.filter((c) => c.removed).map((c) => c.note)).toEqual(['verdict 2']);
    expect(after.claims.filter((c) => c.origin === 'reviewer')).toHaveLength(5);
    expect(after.claims.at(-1)!.removed).toBe(true);

    const status = await runCli(['status', '--json'], dir);
    expect(JSON.parse(status.stdout)[0]).toMatchObject({ reviewed: 4, stale: 1, removed: 1, total: after.claims.length - 1 });
  }, 60_000);
});
