import type { Claim, Entity } from '../schema/index.js';
import type { Passage } from '../evidence/types.js';
import { bestWindow, contentLemmas, prepare, tokens } from './text.js';
import { entityIn } from './match.js';
import { THRESHOLDS } from './thresholds.js';

export interface ScoredPassage {
  passage: Passage;
  /** Key entities the passage mentions / misses. */
  matched: Entity[];
  missing: Entity[];
  /** Share of the claim's content lemmas the passage contains. */
  coverage: number;
  /** Claim lemmas found in the passage. */
  words: string[];
  verdict: 'supports' | 'partly' | 'none';
}

/** Scores one passage against a claim's key entities and content lemmas (thresholds in thresholds.ts). */
export function scorePassage(claim: Claim, keys: Entity[], passage: Passage): ScoredPassage {
  const text = prepare(`${passage.title ?? ''}\n${passage.heading ?? ''}\n${passage.text}`);
  const matched = keys.filter((k) => entityIn(text, k));
  const missing = keys.filter((k) => !matched.includes(k));
  const lemmas = contentLemmas(claim.text);
  // Coverage counts the claim's words found close together (one window), not scattered over a long section.
  const size = Math.max(THRESHOLDS.windowMinTokens, Math.ceil(tokens(claim.text).length * THRESHOLDS.windowPerClaimToken));
  // Words of key entities the passage matched exactly count as covered wherever they are.
  const entityLemmas = new Set(matched.flatMap((m) => contentLemmas(m.text)));
  const have = bestWindow(text, lemmas.filter((l) => !entityLemmas.has(l)), size);
  const words = lemmas.filter((l) => have.has(l) || entityLemmas.has(l));
  const coverage = lemmas.length === 0 ? 0 : words.length / lemmas.length;
  const need = keys.length === 0 ? THRESHOLDS.supportWithoutEntities : THRESHOLDS.support;
  let verdict: ScoredPassage['verdict'] = 'none';
  const minLemmas = keys.length === 0 ? THRESHOLDS.minContentLemmasWithoutEntities : THRESHOLDS.minContentLemmas;
  if (missing.length === 0 && coverage >= need && lemmas.length >= minLemmas) verdict = 'supports';
  else if (matched.length > 0 && coverage >= THRESHOLDS.partial) verdict = 'partly';
  return { passage, matched, missing, coverage, words, verdict };
}

/** Best first: supports before partly, then more key entities, then coverage, then the index's rank. */
export function rankScored(list: ScoredPassage[]): ScoredPassage[] {
  const order = { supports: 0, partly: 1, none: 2 } as const;
  return [...list].sort((a, b) => order[a.verdict] - order[b.verdict] || b.matched.length - a.matched.length || b.coverage - a.coverage || b.passage.score - a.passage.score);
}
