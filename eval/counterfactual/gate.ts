import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { REPO } from '../sets.js';

/**
 * The gate on the counterfactual suite. The target is 0 distortions verified. Until the verifier gets there,
 * `ceiling.json` records the count last measured, and a run fails when more come back verified than that: a
 * change that lets one more distorted fact through is caught, and the ceiling only ever goes down (lower it
 * in the same commit as the fix that earns it).
 */
const Ceiling = z.strictObject({ verified: z.number().int().nonnegative(), measured: z.string(), note: z.string() });
export type Ceiling = z.infer<typeof Ceiling>;

export const CEILING_FILE = join(REPO, 'eval/counterfactual/ceiling.json');

export function readCeiling(file = CEILING_FILE): Ceiling {
  return Ceiling.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Exit code and a line for people: 0 at or under the ceiling, 1 above it. */
export function gate(verified: number, probes: number, ceiling: Ceiling = readCeiling()): { code: 0 | 1; line: string } {
  const status = `${verified} of ${probes} distortions of verified gold claims came back verified (target 0, ceiling ${ceiling.verified} measured ${ceiling.measured})`;
  if (verified > ceiling.verified) return { code: 1, line: `counterfactual: FAIL — ${status}` };
  const lower = verified < ceiling.verified ? `; lower the ceiling in ${CEILING_FILE.slice(REPO.length + 1)} to ${verified}` : '';
  return { code: 0, line: `counterfactual: ${verified === 0 ? 'PASS' : 'within the ceiling'} — ${status}${lower}` };
}
