/**
 * `node --import tsx eval/counterfactual/run.ts [--index FILE] [--as-of YYYY-MM-DD] [--per-kind N] [--kinds k1,k2]`:
 * the counterfactual suite on its own (README.md here). Exit 1 when any distortion comes back verified,
 * 2 on a broken setup (CLI not built, a gold file or a report that breaks its schema).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO } from '../sets.js';
import { DISTORTION_KINDS, type DistortionKind } from './distort.js';
import { gate } from './gate.js';
import { runSuite } from './suite.js';

const DEFAULT_AS_OF = '2026-12-01';
const DEFAULT_INDEX = join(REPO, '.claimcheck/index.sqlite');
const POSITIVE_INT = /^[1-9]\d*$/;
const LIST_SEPARATOR = /\s*,\s*/;
const isKind = (k: string): k is DistortionKind => (DISTORTION_KINDS as readonly string[]).includes(k);

function parseKinds(list: string | undefined): DistortionKind[] {
  if (list === undefined) return [...DISTORTION_KINDS];
  const kinds = list.split(LIST_SEPARATOR).filter((k) => k !== '');
  const bad = kinds.filter((k) => !isKind(k));
  if (bad.length) throw new Error(`--kinds: unknown kind(s) ${bad.join(', ')}; kinds are ${DISTORTION_KINDS.join(', ')}`);
  return kinds.filter(isKind);
}

function options(): { index: string | undefined; asOf: string; perKind: number; kinds: DistortionKind[] } {
  const { values } = parseArgs({
    options: {
      index: { type: 'string' },
      'as-of': { type: 'string', default: DEFAULT_AS_OF },
      'per-kind': { type: 'string', default: '1' },
      kinds: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'usage: node --import tsx eval/counterfactual/run.ts [--index FILE] [--as-of YYYY-MM-DD] [--per-kind N] [--kinds k1,k2]\n' +
        '  --index     docs index (default: CLAIMCHECK_INDEX, else .claimcheck/index.sqlite when present, else the packs only)\n' +
        '  --per-kind  distortions of each kind per gold claim (default 1)\n' +
        `  --kinds     only these kinds (${DISTORTION_KINDS.join(', ')}); results.json then holds only them\n`,
    );
    process.exit(0);
  }
  const perKind = values['per-kind'] ?? '1';
  if (!POSITIVE_INT.test(perKind)) throw new Error(`--per-kind must be a positive integer (got "${perKind}")`);
  const env = process.env['CLAIMCHECK_INDEX'];
  const index = values.index ? resolve(values.index) : env ? resolve(env) : existsSync(DEFAULT_INDEX) ? DEFAULT_INDEX : undefined;
  return { index, asOf: values['as-of'] ?? DEFAULT_AS_OF, perKind: Number(perKind), kinds: parseKinds(values.kinds) };
}

async function main(): Promise<number> {
  if (!existsSync(join(REPO, 'dist'))) throw new Error('the CLI is not built: run `npm run build`');
  const summary = await runSuite(options());
  const verdict = gate(summary.verified, summary.probes);
  process.stderr.write(`${verdict.line}\n`);
  return verdict.code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`counterfactual: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
