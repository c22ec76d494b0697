import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocsIndex } from '../../src/evidence/docs-index/docs-index.js';
import { withPassage } from '../../src/evidence/keep-passage.js';
import { describePassageState, findPassageAgain } from '../../src/evidence/find-again.js';
import type { Evidence } from '../../src/schema/index.js';

const BASE = 'https://learn.microsoft.com/en-us/entra/identity/demo';
const PAGE_A = `# Page A\n\nIntro of page A.\n\n## Keys\n\nThe demo service rotates keys every day.\n\n## Logs\n\nDemo logs are kept for a week.\n`;
const PAGE_B = `# Page B\n\nThe demo portal shows a banner to guests.\n`;

describe('findPassageAgain: a kept passage looked up in a re-indexed docs tree', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-again-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const docs = join(dir, 'docs-repo');
  mkdirSync(join(docs, 'docs/identity/demo'), { recursive: true });
  const write = (name: string, text: string): void => writeFileSync(join(docs, 'docs/identity/demo', name), text);
  const index = (): DocsIndex => {
    const ix = DocsIndex.open(join(dir, 'index.sqlite'), { create: true });
    ix.add({ dir: docs, preset: 'entra-docs', progress: false });
    return ix;
  };
  const kept = (ix: DocsIndex, url: string, anchor: string | undefined, claim: string): Evidence =>
    withPassage({ url: anchor ? `${url}#${anchor}` : url, ...(anchor ? { anchor } : {}), stance: 'supports', source: 'entra-docs@x' }, claim, ix.sources());

  it('tells intact, moved, section removed, passage gone and page removed apart', () => {
    write('a.md', PAGE_A);
    write('b.md', PAGE_B);
    let ix = index();
    const keys = kept(ix, `${BASE}/a`, 'keys', 'The demo service rotates keys every day.');
    const logs = kept(ix, `${BASE}/a`, 'logs', 'Demo logs are kept for a week.');
    const intro = kept(ix, `${BASE}/a`, undefined, 'Intro of page A.');
    const banner = kept(ix, `${BASE}/b`, undefined, 'The demo portal shows a banner to guests.');
    for (const e of [keys, logs, intro, banner]) expect(findPassageAgain(e, ix.sources(), true)).toEqual({ kind: 'intact' });
    ix.close();

    write('a.md', PAGE_A.replace('## Keys\n\nThe demo service rotates keys every day.\n\n', '').replace('## Logs', '## Log retention').replace('Intro of page A.', 'A new intro.'));
    unlinkSync(join(docs, 'docs/identity/demo/b.md'));
    ix = index();
    const s = ix.sources();
    expect(findPassageAgain(keys, s, true)).toEqual({ kind: 'section-removed', anchor: 'keys' });
    expect(findPassageAgain(logs, s, true)).toEqual({ kind: 'moved', from: 'logs', to: 'log-retention' });
    expect(findPassageAgain(intro, s, true)).toEqual({ kind: 'passage-gone', anchor: undefined });
    expect(findPassageAgain(banner, s, true)).toEqual({ kind: 'page-removed' });
    // without an index, a page nobody knows proves nothing
    expect(findPassageAgain(banner, s, false)).toEqual({ kind: 'unknown' });
    expect(describePassageState(findPassageAgain(keys, s, true), keys.url)).toBe(`section #keys removed (${BASE}/a)`);
    expect(describePassageState(findPassageAgain(banner, s, true), banner.url)).toBe(`page removed (${BASE}/b)`);
    expect(describePassageState(findPassageAgain(intro, s, true), intro.url)).toBe(`passage no longer on the page (${BASE}/a)`);
    ix.close();
  });
});
