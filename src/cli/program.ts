import { Command } from 'commander';
import { TOOL_VERSION } from '../version.js';
import { registerCheck } from './check.js';
import { registerCorpus } from './corpus.js';
import { registerExplain } from './explain.js';
import { registerExtract } from './extract.js';
import { registerReview } from './review.js';
import { registerStatus } from './status.js';
import { registerReport } from './report.js';
import { registerSchema } from './schema.js';

/**
 * The commander program. Each command lives in its own file and exports `registerX(program)`;
 * this file only lists them.
 */
export function buildProgram(): Command {
  const program = new Command('claimcheck')
    .description('Fact-check technical articles: atomic claims, linked to official documentation, reviewed in a ledger.')
    .version(TOOL_VERSION)
    .option('--debug', 'print stack traces for errors')
    .showHelpAfterError('(run with --help for usage and examples)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .addHelpText('after', `
Examples:
  $ claimcheck check sources/azure-latch-codes.md          # check the bundled article, print its report
  $ claimcheck corpus add ../entra-docs --preset entra-docs
  $ claimcheck review article.md c-3fa9 --status verified --evidence https://learn.microsoft.com/… --note "why"
  $ claimcheck report article.md --format html --output report.html`)
    .exitOverride();
  const registrations: Array<(p: Command) => void> = [
    // command registrations (one line each, keep sorted)
    registerCheck,
    registerCorpus,
    registerExplain,
    registerExtract,
    registerReport,
    registerReview,
    registerSchema,
    registerStatus,
  ];
  for (const register of registrations) register(program);
  return program;
}
