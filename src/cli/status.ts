import type { Command } from 'commander';
import pc from 'picocolors';
import { z } from 'zod';
import { ClaimcheckError } from '../errors.js';
import { STATUSES } from '../schema/claim.js';
import { commitLedger, prune, readSnapshot, summariseDir, type LedgerSummary } from '../ledger/index.js';
import { verdictLine } from '../report/decision/index.js';

const StatusFlags = z.strictObject({ json: z.boolean().optional(), prune: z.boolean().optional() });

function line(s: LedgerSummary): string {
  const counts = STATUSES.map((st) => `${st} ${s.byStatus[st]}`).join(' · ');
  const review = `reviewed ${s.reviewed} · auto ${s.auto} · stale ${s.stale} · removed ${s.removed}`;
  const staleMark = s.stale > 0 ? pc.yellow(review) : review;
  return `${s.file}  ${s.total} claims  ${counts}  ${staleMark}${s.verdict !== undefined ? `  ${s.verdict}` : ''}`;
}

/** Drop removed claims from one ledger under its lock; returns how many went. */
async function pruneFile(file: string): Promise<number> {
  const { loaded } = await readSnapshot(file);
  if (!loaded || prune(loaded.ledger).claims.length === loaded.ledger.claims.length) return 0;
  let gone = 0;
  await commitLedger(file, ({ loaded: now }) => {
    if (!now) throw new LedgerVanished();
    const pruned = prune(now.ledger);
    gone = now.ledger.claims.length - pruned.claims.length;
    return pruned;
  }).catch((err: unknown) => {
    if (!(err instanceof LedgerVanished)) throw err;
  });
  return gone;
}

/** The ledger was deleted between the listing and the prune: nothing to do. */
class LedgerVanished extends Error {}

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description("one line per ledger: counts by status, reviewed vs auto, stale, removed, and the report's overall verdict")
    .argument('[dir]', 'directory of ledgers', 'claims')
    .option('--json', 'print the summaries as JSON')
    .option('--prune', 'first drop claims marked removed (their text left the article)')
    .addHelpText(
      'after',
      `
Examples:
  $ claimcheck status
  $ claimcheck status claims/ --json
  $ claimcheck status --prune        # forget verdicts on sentences deleted from the articles

A broken ledger is reported with file:line:column and left untouched (exit 2).`,
    )
    .action(async (dir: string, rawFlags: Record<string, unknown>) => {
      const parsed = StatusFlags.safeParse(rawFlags);
      if (!parsed.success) throw new ClaimcheckError('EUSAGE', parsed.error.issues.map((i) => i.message).join('; '));
      const flags = parsed.data;
      let entries = await summariseDir(dir, verdictLine);
      if (flags.prune) {
        const pruned = new Map<string, number>();
        let failed = false;
        for (const e of entries) {
          if (!('summary' in e)) continue;
          try {
            pruned.set(e.file, await pruneFile(e.file));
          } catch (err) {
            // one ledger that cannot be written does not stop the others
            if (!(err instanceof ClaimcheckError)) throw err;
            process.stderr.write(`claimcheck: ${err.format()}\n`);
            failed = true;
          }
        }
        if (failed) process.exitCode = 2;
        entries = await summariseDir(dir, verdictLine);
        if (!flags.json) for (const [file, n] of pruned) if (n > 0) process.stderr.write(`pruned ${n} removed claim(s) from ${file}\n`);
      }
      const broken = entries.filter((e) => 'error' in e);
      if (flags.json) {
        const out = entries.map((e) => ('summary' in e ? e.summary : { file: e.file, error: e.error.format() }));
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      } else {
        if (entries.length === 0) process.stdout.write(`no ledgers in ${dir}\n`);
        for (const e of entries) {
          if ('summary' in e) process.stdout.write(`${line(e.summary)}\n`);
          else process.stderr.write(`${pc.red(`claimcheck: ${e.error.format()}`)}\n`);
        }
      }
      if (broken.length > 0 || process.exitCode === 2) process.exitCode = 2;
    });
}
