import { Command } from 'commander';
import { TOOL_VERSION } from '../version.js';

type Register = (p: Command) => void;

/**
 * Every command, by name, with a loader for the file that registers it (one file per command, each
 * exporting `registerX(program)`). Loaders are dynamic imports so that a run pays only for the command it runs.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  // one line each, keep sorted
  check: async () => (await import('./check.js')).registerCheck,
  corpus: async () => (await import('./corpus.js')).registerCorpus,
  explain: async () => (await import('./explain.js')).registerExplain,
  extract: async () => (await import('./extract.js')).registerExtract,
  recheck: async () => (await import('./recheck.js')).registerRecheck,
  report: async () => (await import('./report.js')).registerReport,
  review: async () => (await import('./review.js')).registerReview,
  schema: async () => (await import('./schema.js')).registerSchema,
  status: async () => (await import('./status.js')).registerStatus,
};

/** Flags that need no command: the program answers them before any command is registered. */
const BARE_FLAGS = new Set(['--version', '-V', '--debug']);

/**
 * The commands an argument list needs: the one it names; none for a bare `--version`; all of them for
 * anything else (help, a mistyped command, which commander answers with the list of commands).
 */
export function commandsFor(args: readonly string[]): string[] {
  const named = args.find((a) => !a.startsWith('-'));
  if (named !== undefined && Object.hasOwn(COMMANDS, named)) return [named];
  if (named === undefined && args.length > 0 && args.every((a) => BARE_FLAGS.has(a)) && args.some((a) => a !== '--debug')) return [];
  return Object.keys(COMMANDS);
}

/**
 * The commander program, with the commands `args` (the arguments after the script name) need. This file
 * only lists the commands; each lives in its own file.
 */
export async function buildProgram(args: readonly string[]): Promise<Command> {
  const program = new Command('claimcheck')
    .description('Fact-check technical articles: atomic claims, linked to official documentation, reviewed in a ledger.')
    .version(TOOL_VERSION)
    .option('--debug', 'print stack traces for errors')
    .showHelpAfterError('(run with --help for usage and examples)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .addHelpText(
      'after',
      `
Examples:
  $ claimcheck check sources/azure-latch-codes.md          # check the bundled article, print its report
  $ claimcheck corpus add ../entra-docs --preset entra-docs
  $ claimcheck review article.md c-3fa9 --status verified --evidence https://learn.microsoft.com/… --note "why"
  $ claimcheck report article.md --format html --output report.html`,
    )
    .exitOverride();
  const registrations = await Promise.all(commandsFor(args).map((name) => COMMANDS[name]?.()));
  for (const register of registrations) register?.(program);
  return program;
}
