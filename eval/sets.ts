import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (eval/ sits at its top). */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The labelled article sets, by name → their gold directory: `main` (the six articles the tool was tuned on),
 * `holdout` (written after that tuning; one of its misses was later fixed, so it is no longer strictly held
 * out), `fresh` (written after that fix, until its first run led to fixes), `unseen` (written after those,
 * run once and then used for one round of fixes). One list for the runner and the gold-file tests.
 */
export const GOLD_SETS = {
  main: join(REPO, 'eval/gold'),
  holdout: join(REPO, 'eval/holdout/gold'),
  fresh: join(REPO, 'eval/fresh/gold'),
  unseen: join(REPO, 'eval/unseen/gold'),
} as const;
export type GoldSetName = keyof typeof GOLD_SETS;
export const GOLD_SET_NAMES = Object.keys(GOLD_SETS) as GoldSetName[];
