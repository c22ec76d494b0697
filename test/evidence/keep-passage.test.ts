import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DocsIndex } from '../../src/evidence/docs-index/docs-index.js';
import { alignPassage, hashPassage, MAX_PASSAGE_CHARS, normalisePassage, withPassage } from '../../src/evidence/keep-passage.js';
import type { Evidence } from '../../src/schema/index.js';
import { tempWorkspace } from './helpers.js';

describe('alignPassage', () => {
  const text = 'Tokens carry claims.\nAn access token is valid for a limited time. The `exp` claim says when it stops being accepted.\n\n| a | b |\n|---|---|\n';

  it('picks the sentence that shares most words with the claim, verbatim', () => {
    const p = alignPassage(text, 'The exp claim says when the access token stops being accepted');
    expect(p).toBeDefined();
    expect(text.includes(p ?? '∅')).toBe(true);
    expect(p).toContain('`exp` claim says when it stops being accepted');
  });

  it('returns nothing when no sentence shares a word with the claim', () => {
    expect(alignPassage(text, 'Quantum routers federate bananas')).toBeUndefined();
  });

  it('keeps at most MAX_PASSAGE_CHARS, still a slice of the text', () => {
    const long = `The widget rotates keys ${'and keys again '.repeat(60)}every day.`;
    const p = alignPassage(long, 'widget rotates keys every day') ?? '';
    expect(p.length).toBeGreaterThan(0);
    expect(p.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
    expect(long.startsWith(p)).toBe(true);
  });

  it('hashes the whitespace-normalised passage', () => {
    const a = hashPassage('one  two\n three ');
    expect(a).toBe(createHash('sha256').update('one two three').digest('hex'));
    expect(hashPassage('one two three')).toBe(a);
    expect(normalisePassage(' x \t y ')).toBe('x y');
  });
});

describe('withPassage over a real index', () => {
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
  const url = 'https://learn.microsoft.com/en-us/entra/identity/tokens/token-basics';
  const claim = 'The exp claim of an access token says when it stops being accepted.';

  it('keeps the aligned sentence of the cited section, its hash and the docs version', () => {
    const ev: Evidence = { url: `${url}#lifetime`, anchor: 'lifetime', stance: 'supports', source: 'entra-docs@x' };
    const out = withPassage(ev, claim, index.sources());
    expect(out.passage).toContain('stops being accepted');
    expect(out.passageHash).toBe(hashPassage(out.passage ?? ''));
    expect(out.docsVersion).toBe(index.corpora()[0]?.indexed_at);
    const page = index.sources()[0]?.knownPage(url);
    const lifetime = page?.sections.find((s) => s.anchor === 'lifetime');
    expect(normalisePassage(lifetime?.text ?? '')).toContain(normalisePassage(out.passage ?? '∅'));
  });

  it('gives a reviewer URL in another locale its passage; related entries and unknown pages get none', () => {
    const reviewer = withPassage({ url: url.replace('en-us', 'de-de'), stance: 'supports', source: 'reviewer' }, claim, index.sources());
    expect(reviewer.passage).toContain('stops being accepted');
    expect(withPassage({ url, stance: 'related', source: 'x' }, claim, index.sources()).passage).toBeUndefined();
    expect(withPassage({ url: `${url}-gone`, stance: 'supports', source: 'x' }, claim, index.sources()).passage).toBeUndefined();
  });
});
