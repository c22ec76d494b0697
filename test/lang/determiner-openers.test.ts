import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import model from 'wink-eng-lite-web-model';
import { TAGGER_DETERMINER_OPENERS } from '../../src/lang/determiner-openers.js';
import { mayOpenWithDeterminer, tag } from '../../src/lang/nlp.js';
import { markdownPages } from './markdown-pages.js';

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
const entraDocs = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'entra-docs');
/** Where a sentence or line ends, for cutting pages into texts the way clauses start. */
const TEXT_END = /(?<=[.!?:])\s+|\n+/;
const MARKDOWN_PREFIX = /^[\s#>*-]+/;
const PAGES = 400;

const Cache = require('wink-nlp/src/cache.js') as (core: unknown, featureFn: unknown) => WinkCache;

describe('lang/determiner-openers: the first words wink can tag DET', () => {
  it('lets through every word of the model that is or may be DET, carries a tagging hint, or expands into tokens', () => {
    const m = model as unknown as { core(): { pos: { hash: Record<string, number> } }; featureFn: unknown };
    const core = m.core();
    const cache = Cache(core, m.featureFn);
    const det = core.pos.hash['DET'] ?? -1;
    const missing: string[] = [];
    let flagged = 0;
    for (let i = 0; i < cache.intrinsicSize(); i++) {
      const v = cache.value(i);
      const expands = (cache.lookup(v)?.length ?? 1) > 1;
      const may = cache.posOf(cache.mappedSpelling(i)) === det || cache.property(i, 'posHint') !== 0 || cache.isMemberPOS(cache.normal(i), det) || expands;
      if (!may) continue;
      flagged++;
      // as the first word of a text, in any case (an unknown spelling takes its lower-case form's tags)
      for (const w of [v, v.toLowerCase(), v.toUpperCase()]) if (!mayOpenWithDeterminer(`${w} gateway`)) missing.push(w);
    }
    expect(missing).toEqual([]);
    expect(flagged).toBeGreaterThan(100);
    expect(new Set(TAGGER_DETERMINER_OPENERS).has('the')).toBe(true);
    expect(mayOpenWithDeterminer('Gateway tokens expire.') || mayOpenWithDeterminer('[Gateway](x) tokens')).toBe(false);
  });

  it('no sentence of the bundled articles that it turns away is tagged DET first', () => {
    const dir = join(import.meta.dirname, '..', '..', 'sources');
    const sentences = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/(?<=[.!?:])\s+|\n+/))
      .flatMap((s) => [s, s.replace(/^[\s#>*-]+/, '')])
      .filter((s) => s.trim() !== '');
    expect(sentences.length).toBeGreaterThan(100);
    let determinerFirst = 0;
    let turnedAway = 0;
    for (const s of sentences) {
      if (!mayOpenWithDeterminer(s)) turnedAway++;
      if (tag(s)[0]?.pos !== 'DET') continue;
      determinerFirst++;
      expect(mayOpenWithDeterminer(s), s).toBe(true);
    }
    expect(determinerFirst).toBeGreaterThan(10);
    expect(turnedAway).toBeGreaterThan(100);
  });
});

const present = existsSync(entraDocs);
if (!present) console.warn(`skipping determiner-openers corpus suite: ${entraDocs} is absent`);

describe.skipIf(!present)('lang/determiner-openers over real docs pages', () => {
  it('no line or sentence of 400 entra-docs pages that it turns away is tagged DET first', () => {
    const texts = new Set(
      markdownPages(entraDocs, PAGES)
        .flatMap((f) => readFileSync(f, 'utf8').split(TEXT_END))
        .flatMap((s) => [s, s.replace(MARKDOWN_PREFIX, '')])
        .map((s) => s.slice(0, 200))
        .filter((s) => s.trim() !== ''),
    );
    expect(texts.size).toBeGreaterThan(5000);
    let determinerFirst = 0;
    const wrong: string[] = [];
    for (const s of texts) {
      if (tag(s)[0]?.pos !== 'DET') continue;
      determinerFirst++;
      if (!mayOpenWithDeterminer(s)) wrong.push(s);
    }
    expect(wrong).toEqual([]);
    expect(determinerFirst).toBeGreaterThan(500);
  });
});
