import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import model from 'wink-eng-lite-web-model';
import { TAGGER_DETERMINER_OPENERS } from '../../src/lang/determiner-openers.js';
import { tag } from '../../src/lang/nlp.js';

/** wink-nlp's lexicon reader: the same module wink builds its cache with, over the same model. */
interface WinkCache {
  intrinsicSize(): number;
  value(i: number): string;
  lookup(text: string): number[] | null;
  posOf(i: number): number;
  mappedSpelling(i: number): number;
  normal(i: number): number;
  property(i: number, prop: string): unknown;
  isMemberPOS(i: number, pos: number): boolean;
}
const require = createRequire(import.meta.url);
const Cache = require('wink-nlp/src/cache.js') as (core: unknown, featureFn: unknown) => WinkCache;
const PLAIN = /^[A-Za-z]+$/;
const FIRST_PLAIN_WORD = /^([A-Za-z]+) /;

describe('lang/determiner-openers: the first words wink can tag DET', () => {
  it('holds every plain word of the model that is or may be DET, carries a tagging hint, or expands into tokens', () => {
    const m = model as unknown as { core(): { pos: { hash: Record<string, number> } }; featureFn: unknown };
    const core = m.core();
    const cache = Cache(core, m.featureFn);
    const det = core.pos.hash['DET'] ?? -1;
    const listed = new Set(TAGGER_DETERMINER_OPENERS);
    const missing: string[] = [];
    for (let i = 0; i < cache.intrinsicSize(); i++) {
      const v = cache.value(i);
      if (!PLAIN.test(v)) continue;
      const expands = (cache.lookup(v)?.length ?? 1) > 1;
      const may = cache.posOf(cache.mappedSpelling(i)) === det || cache.property(i, 'posHint') !== 0 || cache.isMemberPOS(cache.normal(i), det) || expands;
      if (may && !listed.has(v.toLowerCase())) missing.push(v);
    }
    expect(missing).toEqual([]);
    expect(listed.has('the') && listed.has('every')).toBe(true);
  });

  it('no sentence of the bundled articles whose first word is outside the list is tagged DET first', () => {
    const dir = join(import.meta.dirname, '..', '..', 'sources');
    const sentences = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/(?<=[.!?:])\s+|\n+/))
      .map((s) => s.replace(/^[\s#>*-]+/, ''))
      .filter((s) => FIRST_PLAIN_WORD.test(s));
    expect(sentences.length).toBeGreaterThan(100);
    const listed = new Set(TAGGER_DETERMINER_OPENERS);
    let determinerFirst = 0;
    for (const s of sentences) {
      const first = FIRST_PLAIN_WORD.exec(s)?.[1]?.toLowerCase() ?? '';
      if (tag(s)[0]?.pos !== 'DET') continue;
      determinerFirst++;
      expect(listed.has(first), s).toBe(true);
    }
    expect(determinerFirst).toBeGreaterThan(10);
  });
});
