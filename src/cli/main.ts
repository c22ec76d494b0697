import { CommanderError } from 'commander';
import { buildProgram } from './program.js';
import { ClaimcheckError, explainSystemError, safeText } from '../errors.js';

/** Entry point: run the program, print errors people can act on, set the exit code (0/1 by command, 2 for errors). */
async function main(argv: string[]): Promise<void> {
  const program = await buildProgram(argv.slice(2));
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; usage errors (already printed by commander) exit 2
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    // file-system and SQLite conditions (permission, disk full, read-only, locked index) said in words
    const known = err instanceof ClaimcheckError ? err : explainSystemError(err);
    if (known) {
      process.stderr.write(`claimcheck: ${known.format()}\n`);
      if (debug && known.stack) process.stderr.write(`${known.stack}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`claimcheck: internal error: ${safeText(err instanceof Error ? err.message : String(err))}\n`);
    if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    else process.stderr.write('  (run again with --debug for a stack trace)\n');
    process.exitCode = 2;
  }
}

// A closed pipe (`claimcheck extract … | head`) is a normal way to stop reading, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

await main(process.argv);
