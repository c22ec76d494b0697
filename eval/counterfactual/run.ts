/**
 * `node --import tsx eval/counterfactual/run.ts [--index FILE] [--as-of YYYY-MM-DD] [--per-kind N]`:
 * the counterfactual suite on its own (README.md here). Exit 1 when any distortion comes back verified,
 * 2 on a broken setup (CLI not built, a gold file or a report that breaks its schema).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO } from '../sets.js';
import { runSuite } from './suite.js';

const DEFAULT_AS_OF = '2026-12-01';
const DEFAULT_INDEX = join(REPO, '.claimcheck/index.sqlite');
const POSITIVE_INT = /^[1-9]\d*$/;

function options(): { index: string | undefined; asOf: string; perKind: number } {
  const { values } = parseArgs({
    options: {
      index: { type: 'string' },
      'as-of': { type: 'string', default: DEFAULT_AS_OF },
      'per-kind': { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'usage: node --import tsx eval/counterfactual/run.ts [--index FILE] [--as-of YYYY-MM-DD] [--per-kind N]\n' +
        '  --index     docs index (default: CLAIMCHECK_INDEX, else .claimcheck/index.sqlite when present, else the packs only)\n' +
        '  --per-kind  distortions of each kind per gold claim (default 1)\n',
    );
    process.exit(0);
  }
  const perKind = values['per-kind'] ?? '1';
  if (!POSITIVE_INT.test(perKind)) throw new Error(`--per-kind must be a positive integer (got "${perKind}")`);
  const env = process.env['CLAIMCHECK_INDEX'];
  const index = values.index ? resolve(values.index) : env ? resolve(env) : existsSync(DEFAULT_INDEX) ? DEFAULT_INDEX : undefined;
  return { index, asOf: values['as-of'] ?? DEFAULT_AS_OF, perKind: Number(perKind) };
}

async function main(): Promise<number> {
  if (!existsSync(join(REPO, 'dist'))) throw new Error('the CLI is not built: run `npm run build`');
  const summary = await runSuite(options());
  if (summary.verified > 0) {
    process.stderr.write(`counterfactual: FAIL — ${summary.verified} of ${summary.probes} distortions of verified gold claims came back verified\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`counterfactual: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
