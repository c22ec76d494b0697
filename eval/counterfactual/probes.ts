/**
 * Probes and probe articles: which distortions of each seed go into the suite, and the synthetic markdown
 * article (one paragraph per probe) the CLI checks in one call. Every probe keeps the offsets of its
 * paragraph and of its changed words in the article, so tool claims map back to it by span.
 */
import { distort, DISTORTION_KINDS, type Distortion, type DistortionKind } from './distort.js';
import type { Seed } from './gold.js';
import { STILL_TRUE } from './reviewed.js';
import { nounPools, type NounPools } from './noun-swaps.js';
import { stableHash } from './text.js';

const STILL_TRUE_SET: ReadonlySet<string> = new Set(STILL_TRUE.map((s) => s.distorted));

/** How many distortions of these seeds were left out because a reviewer found them still true. */
export function countStillTrue(seeds: readonly Seed[]): number {
  const pools = nounPools(seeds.map((s) => s.text));
  return seeds.reduce((n, s) => n + distort(s.text, pools).filter((d) => STILL_TRUE_SET.has(d.distorted)).length, 0);
}

export const ARTICLE_HEADING = '# Counterfactual probes';
const PARAGRAPH_BREAK = '\n\n';

export interface Offsets {
  start: number;
  end: number;
}

export interface Probe {
  id: string;
  set: string;
  source: string;
  /** `control` for an undistorted original. */
  kind: DistortionKind | 'control';
  original: string;
  /** The sentence in the article (the original itself for a control probe). */
  sentence: string;
  changed: string;
  detail: string;
  paragraph: Offsets;
  /** Where the changed words stand in the article (the whole paragraph for a control probe). */
  changedSpan: Offsets;
}

export interface ProbeArticle {
  name: string;
  text: string;
  probes: Probe[];
}

/**
 * Up to `perKind` distortions of each kind for one seed, picked from a stable starting point, leaving out
 * the distortions reviewed as still true.
 */
export function pickDistortions(text: string, perKind: number, stillTrue: ReadonlySet<string> = STILL_TRUE_SET, pools?: NounPools): Distortion[] {
  const all = distort(text, pools).filter((d) => !stillTrue.has(d.distorted));
  const out: Distortion[] = [];
  for (const kind of DISTORTION_KINDS) {
    const ofKind = all.filter((d) => d.kind === kind);
    if (ofKind.length === 0) continue;
    const first = stableHash(`${kind}\u0000${text}`) % ofKind.length;
    for (let i = 0; i < Math.min(perKind, ofKind.length); i++) {
      const d = ofKind[(first + i) % ofKind.length];
      if (d) out.push(d);
    }
  }
  return out;
}

interface Entry {
  seed: Seed;
  distortion?: Distortion;
}

/** The article for a list of entries: the heading, then one paragraph per entry. */
export function buildArticle(name: string, entries: readonly Entry[]): ProbeArticle {
  let text = `${ARTICLE_HEADING}${PARAGRAPH_BREAK}`;
  const probes: Probe[] = [];
  entries.forEach((e, i) => {
    const start = text.length;
    const sentence = e.distortion?.distorted ?? e.seed.text;
    text += sentence + PARAGRAPH_BREAK;
    const paragraph = { start, end: start + sentence.length };
    const d = e.distortion;
    probes.push({
      id: `${name}-${i + 1}`,
      set: e.seed.set,
      source: e.seed.source,
      kind: d?.kind ?? 'control',
      original: e.seed.text,
      sentence,
      changed: d?.changed ?? sentence,
      detail: d?.detail ?? 'original',
      paragraph,
      changedSpan: d ? { start: start + d.at, end: start + d.at + d.changed.length } : paragraph,
    });
  });
  return { name, text, probes };
}

/**
 * The probe articles, in rounds: round r holds the r-th distortion of every seed that has one, so no article
 * has two versions of the same sentence. (With every distortion of a seed in one article, the checker
 * compared them with each other: "24 days" in one paragraph against "42 hours" in the next is an
 * in-article conflict, and a phrase repeated across the versions reads like a name. Neither says anything
 * about the sources.) Then one control article with every original.
 */
export function buildArticles(seeds: readonly Seed[], perKind: number, kinds: readonly DistortionKind[] = DISTORTION_KINDS): ProbeArticle[] {
  const pools = nounPools(seeds.map((s) => s.text));
  const picks = seeds.map((seed) => ({ seed, distortions: pickDistortions(seed.text, perKind, STILL_TRUE_SET, pools).filter((d) => kinds.includes(d.kind)) }));
  const rounds = Math.max(0, ...picks.map((p) => p.distortions.length));
  const articles: ProbeArticle[] = [];
  for (let r = 0; r < rounds; r++) {
    const entries = picks.flatMap(({ seed, distortions }): Entry[] => {
      const distortion = distortions[r];
      return distortion ? [{ seed, distortion }] : [];
    });
    articles.push(buildArticle(`round-${r + 1}`, entries));
  }
  articles.push(
    buildArticle(
      'control',
      seeds.map((seed) => ({ seed })),
    ),
  );
  return articles;
}
