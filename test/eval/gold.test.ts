import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldFile } from '../../eval/gold-schema.js';
import { GOLD_SETS, GOLD_SET_NAMES, REPO, type GoldSetName } from '../../eval/sets.js';
import { comparableUrl, corpusPathToUrl, headingAnchor } from '../../eval/corpus-url.js';
import { locateGold, matchGold, scoreArticle, type ToolClaim } from '../../eval/metrics.js';

const GOLD_DIR = GOLD_SETS.main;
const CORPUS = resolve(REPO, '../shared/corpus');
/** The Graph docs tarball of the corpus, unpacked (GRAPH_DOCS, else /tmp/gd/microsoft-graph-docs); `microsoft-graph-docs/…` corpus files resolve here. */
const GRAPH_DOCS = resolve(process.env['GRAPH_DOCS'] ?? '/tmp/gd/microsoft-graph-docs');
const GRAPH_PREFIX = 'microsoft-graph-docs/';
const goldFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []).filter((f) => f.endsWith('.json')).sort();
const files = goldFiles(GOLD_SETS.main);
const holdoutFiles = goldFiles(GOLD_SETS.holdout);
const freshFiles = goldFiles(GOLD_SETS.fresh);
const unseenFiles = goldFiles(GOLD_SETS.unseen);
/** Every gold file as `set/file`, so that the sets keep apart in test names. */
const allFiles = GOLD_SET_NAMES.flatMap((set) => goldFiles(GOLD_SETS[set]).map((f) => `${set}/${f}`));
const dirOf = (id: string) => GOLD_SETS[id.slice(0, id.indexOf('/')) as GoldSetName] ?? GOLD_DIR;
const baseOf = (id: string) => id.slice(id.indexOf('/') + 1);
const load = (id: string) => GoldFile.parse(JSON.parse(readFileSync(join(dirOf(id), baseOf(id)), 'utf8')));
const corpusPath = (corpusFile: string) => (corpusFile.startsWith(GRAPH_PREFIX) ? join(GRAPH_DOCS, corpusFile.slice(GRAPH_PREFIX.length)) : join(CORPUS, corpusFile));

describe('eval gold files', () => {
  it('has at least five articles, markdown and plain text', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    const exts = new Set(files.map((f) => load(`main/${f}`).article.split('.').pop()));
    expect(exts).toEqual(new Set(['md', 'txt']));
  });

  it('has a held-out set of at least three articles, markdown and plain text, kept apart from the main set', () => {
    expect(holdoutFiles.length).toBeGreaterThanOrEqual(3);
    const articles = holdoutFiles.map((f) => load(`holdout/${f}`).article);
    for (const a of articles) expect(a).toMatch(/^eval\/holdout\/articles\//);
    expect(new Set(articles.map((a) => a.split('.').pop()))).toEqual(new Set(['md', 'txt']));
    const mainNames = new Set(files.map((f) => load(`main/${f}`).article.replace(/^.*\//, '')));
    for (const a of articles) expect(mainNames.has(a.replace(/^.*\//, '')), a).toBe(false);
  });

  it.each([
    ['fresh', freshFiles],
    ['unseen', unseenFiles],
  ] as const)('keeps the %s set in its own articles folder, apart from the other sets', (set, list) => {
    const others = new Set(allFiles.filter((id) => !id.startsWith(`${set}/`)).map((id) => load(id).article.replace(/^.*\//, '')));
    for (const f of list) {
      const a = load(`${set}/${f}`).article;
      expect(a.startsWith(`eval/${set}/articles/`), a).toBe(true);
      expect(others.has(a.replace(/^.*\//, '')), a).toBe(false);
    }
  });

  describe.each(allFiles)('%s', (id) => {
    const f = baseOf(id);
    const gold = load(id);
    const text = readFileSync(resolve(REPO, gold.article), 'utf8');

    it('names its article by the same basename', () => {
      expect(gold.article.replace(/^.*\//, '').replace(/\.[^.]+$/, '')).toBe(f.replace(/\.json$/, ''));
    });

    it('has an article of 300 to 1,500 words', () => {
      const words = text.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThanOrEqual(1500);
    });

    it('quotes exact substrings of the article, in article order, without overlaps', () => {
      for (const c of gold.claims) expect(text.includes(c.quote), c.quote).toBe(true);
      const spans = locateGold(text, gold.claims);
      for (let i = 1; i < spans.length; i++) expect((spans[i]?.start ?? 0) >= (spans[i - 1]?.end ?? 0), gold.claims[i]?.quote).toBe(true);
    });

    it('gives every verified or partly-verified claim a learn.microsoft.com URL and a corpus file', () => {
      for (const c of gold.claims.filter((c) => c.status === 'verified' || c.status === 'partly-verified')) {
        expect(c.url, c.quote).toMatch(/^https:\/\/learn\.microsoft\.com\/en-us\//);
        expect(c.corpusFile, c.quote).toBeDefined();
      }
    });

    it('mixes documented facts, invented specifics and non-checkworthy sentences', () => {
      const n = (p: (c: (typeof gold.claims)[number]) => boolean) => gold.claims.filter(p).length;
      expect(n((c) => c.status === 'verified')).toBeGreaterThanOrEqual(8);
      expect(n((c) => c.invented === true)).toBeGreaterThanOrEqual(5);
      expect(n((c) => !c.checkworthy)).toBeGreaterThanOrEqual(2);
    });
  });
});

const reason = `../shared/corpus not found at ${CORPUS}: corpus-file checks skipped`;
if (!existsSync(CORPUS)) console.warn(reason);

describe.skipIf(!existsSync(CORPUS))('eval gold files against ../shared/corpus', () => {
  describe.each(allFiles)('%s', (id) => {
    const gold = load(id);
    for (const c of gold.claims.filter((c) => c.corpusFile !== undefined)) {
      const graph = (c.corpusFile ?? '').startsWith(GRAPH_PREFIX);
      it.skipIf(graph && !existsSync(GRAPH_DOCS))(`cites ${c.corpusFile} for "${c.quote.slice(0, 50)}"`, () => {
        const path = corpusPath(c.corpusFile ?? '');
        expect(existsSync(path), path).toBe(true);
        const page = corpusPathToUrl(c.corpusFile ?? '');
        expect(page).toBeDefined();
        expect(comparableUrl(c.url ?? '')).toBe(comparableUrl(page ?? ''));
        if (c.heading !== undefined) {
          const headings = readFileSync(path, 'utf8')
            .split('\n')
            .map((l) => /^(#{1,6})\s+(.*?)\s*$/.exec(l))
            .filter((m): m is RegExpExecArray => m !== null)
            .map((m) => ({ level: m[1]?.length ?? 0, text: m[2] ?? '' }));
          const h = headings.find((x) => x.text === c.heading);
          expect(h, `heading "${c.heading}" in ${c.corpusFile}`).toBeDefined();
          const hash = new URL(c.url ?? '').hash;
          expect(hash).toBe(h && h.level > 1 ? `#${headingAnchor(c.heading)}` : '');
        }
      });
    }
  });
});

describe('eval metrics', () => {
  const text = 'Alpha is one. Beta is two. Gamma is three.';
  const tool = (quote: string, status: ToolClaim['status'], checkworthy = true, url?: string): ToolClaim => {
    const start = text.indexOf(quote);
    return { id: 'c-00000000', quote, text: quote, span: { start, end: start + quote.length }, checkworthy, status, findings: [], evidence: url ? [{ url, stance: 'supports' }] : [] };
  };

  it('matches a gold span when a tool span covers at least half of it', () => {
    const [g] = locateGold(text, [{ quote: 'Beta is two.', checkworthy: true, status: 'verified', note: '' }]);
    expect(matchGold(g!, [tool('Beta is', 'verified')]).tool).toBeDefined();
    expect(matchGold(g!, [tool('Beta', 'verified')]).tool).toBeUndefined();
  });

  it('counts false verified, invented recall, balanced agreement and URL hits', () => {
    const m = scoreArticle(
      'x',
      text,
      [
        { quote: 'Alpha is one.', checkworthy: true, status: 'verified', url: 'https://learn.microsoft.com/en-us/entra/a#h', note: '' },
        { quote: 'Beta is two.', checkworthy: true, status: 'unverified', invented: true, note: '' },
        { quote: 'Gamma is three.', checkworthy: false, status: 'not-checkable', note: '' },
      ],
      [tool('Alpha is one.', 'verified', true, 'https://learn.microsoft.com/en-us/entra/a?view=x#other'), tool('Beta is two.', 'verified'), tool('Gamma is three.', 'unverified')],
    );
    expect(m.falseVerified).toHaveLength(1);
    expect(m.inventedRecall.value).toBe(0);
    expect(m.documentedRecall.value).toBe(1);
    expect(m.urlHit.value).toBe(1);
    expect(m.urlExactHit.value).toBe(0);
    expect(m.balancedAgreement).toBeCloseTo(1 / 3);
    expect(m.spurious.count).toBe(1);
    expect(m.spanIntegrity.value).toBe(1);
  });
});
