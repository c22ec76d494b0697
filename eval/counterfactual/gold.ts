/**
 * The true sentences the counterfactual suite starts from: every gold claim labelled `verified`, from the
 * project's eval sets (eval/sets.ts) and from ../shared/eval-real when that directory is present.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { GoldFile } from '../gold-schema.js';
import { GOLD_SETS, GOLD_SET_NAMES, REPO } from '../sets.js';

/** The eval-real gold keys live next to the repository, outside it. */
export const EVAL_REAL_GOLD = resolve(REPO, '../shared/eval-real/gold');
const EVAL_REAL_SUFFIX = '.gold.yaml';
const JSON_SUFFIX = '.json';
const TRAILING_SEPARATOR = /[\s;:,]+$/;
const SENTENCE_END = /[.!?]$/;
const LEADING_LOWER = /^[a-z]/;

/** The fields of an eval-real gold claim this suite reads (the files carry more, which is fine). */
const RealClaim = z.looseObject({
  quote: z.string().min(1),
  claim: z.string().min(1).optional(),
  status: z.enum(['verified', 'partly-verified', 'contradicted', 'unverified', 'not-checkable']),
  checkworthy: z.boolean(),
});
const RealGold = z.looseObject({ article: z.string().min(1), claims: z.array(RealClaim) });

export interface Seed {
  /** The gold set it comes from: main, holdout, fresh, unseen or real. */
  set: string;
  /** The gold file, for reading the results. */
  source: string;
  /** The claim as one sentence with a full stop. */
  text: string;
}

/** A gold quote made into a sentence that stands alone in a paragraph: capital first letter, full stop. */
export function asSentence(quote: string): string {
  const trimmed = quote.trim().replace(TRAILING_SEPARATOR, '');
  const capital = trimmed.replace(LEADING_LOWER, (c) => c.toUpperCase());
  return SENTENCE_END.test(capital) ? capital : `${capital}.`;
}

function projectSeeds(): Seed[] {
  const out: Seed[] = [];
  for (const set of GOLD_SET_NAMES) {
    const dir = GOLD_SETS[set];
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith(JSON_SUFFIX))
      .sort()) {
      const gold = GoldFile.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      for (const c of gold.claims) if (c.status === 'verified') out.push({ set, source: f, text: asSentence(c.quote) });
    }
  }
  return out;
}

/** The eval-real seeds, or the reason there are none. */
export function realSeeds(dir = EVAL_REAL_GOLD): { seeds: Seed[]; skipped?: string } {
  if (!existsSync(dir)) return { seeds: [], skipped: `${dir} is absent` };
  const out: Seed[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith(EVAL_REAL_SUFFIX))
    .sort()) {
    const gold = RealGold.parse(parse(readFileSync(join(dir, f), 'utf8')));
    for (const c of gold.claims) if (c.status === 'verified') out.push({ set: 'real', source: f, text: asSentence(c.claim ?? c.quote) });
  }
  return { seeds: out };
}

/** Every verified gold claim, once each (the same sentence in two sets is kept once). */
export function loadSeeds(realDir?: string): { seeds: Seed[]; skipped: string[] } {
  const real = realSeeds(realDir);
  const seen = new Set<string>();
  const seeds = [...projectSeeds(), ...real.seeds].filter((s) => {
    if (seen.has(s.text)) return false;
    seen.add(s.text);
    return true;
  });
  return { seeds, skipped: real.skipped ? [`eval-real: ${real.skipped}`] : [] };
}
