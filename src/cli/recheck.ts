import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ClaimcheckError } from '../errors.js';
import { DEFAULT_INDEX_PATH, describePassageState, docsUpdatedSinceReview, findPassageAgain, graphDrift, openEvidence, withOfflineLinks, type OpenedEvidence } from '../evidence/index.js';
import { verifyClaims } from '../verify/index.js';
import { asAutomatic, ledgerPathFor, listLedgerFiles, loadLedger, recheckLedger, saveLedger, withLedgerLock, type RecheckProbes, type RecheckResult } from '../ledger/index.js';
import type { Claim } from '../schema/index.js';
import { IsoDate, parseOptions } from './options.js';

const RecheckOptions = z.object({
  index: z.string().min(1).optional(),
  asOf: IsoDate.optional(),
  quiet: z.boolean().default(false),
});

/** A ledger file is named as such; anything else is an article, whose ledger is claims/<slug>.yaml. */
const LEDGER_FILE = /\.ya?ml$/i;

export function registerRecheck(program: Command): void {
  program
    .command('recheck')
    .description('after `corpus add` refreshed the index: look up again the passages verdicts rest on, flag claims whose evidence changed')
    .argument('[targets...]', 'ledgers (claims/<slug>.yaml) or articles; default: every ledger under claims/')
    .option('--index <file>', 'docs index built by `claimcheck corpus add` (default: .claimcheck/index.sqlite)')
    .option('--as-of <date>', 'the check date for date rules when a claim is verified again, YYYY-MM-DD (default: today)')
    .option('-q, --quiet', 'print only the claims whose evidence changed')
    .addHelpText(
      'after',
      `
Examples:
  $ claimcheck corpus add ../entra-docs --preset entra-docs && claimcheck recheck
  $ claimcheck recheck claims/azure-latch-codes.yaml

An auto verdict whose evidence changed is verified again; a reviewer's verdict is kept and flagged
(evidenceChanged), never overwritten.
Exit codes: 0 nothing changed, 1 some claim's evidence changed, 2 usage or input error.`,
    )
    .action(async (targets: string[], raw: unknown) => {
      const opts = parseOptions(RecheckOptions, raw, 'recheck');
      const indexPath = resolve(opts.index ?? DEFAULT_INDEX_PATH);
      if (!existsSync(indexPath)) {
        throw new ClaimcheckError('EUSAGE', `recheck needs a docs index, and there is none at ${indexPath}`, {
          hint: 'index the documentation first: claimcheck corpus add <dir> --preset <name>',
        });
      }
      const files = targets.length > 0 ? targets.map((t) => (LEDGER_FILE.test(t) ? t : ledgerPathFor(t))) : await listLedgerFiles('claims');
      const evidence = await openEvidence({ indexPath });
      const at = new Date().toISOString();
      const asOf = opts.asOf ?? at.slice(0, 10);
      let changed = 0;
      try {
        for (const file of files) {
          const result = await withLedgerLock(file, async () => {
            const loaded = await loadLedger(file);
            if (!loaded) throw new ClaimcheckError('ENOENT', 'no such ledger', { place: { file }, hint: 'run `claimcheck check <article>` first' });
            const r = await recheckLedger(loaded.ledger, probes(evidence, asOf), at);
            if (r.changed.length > 0 || r.noted > 0) await saveLedger(file, r.ledger, loaded.doc);
            return r;
          });
          changed += result.changed.length;
          print(file, result, opts.quiet);
        }
      } finally {
        evidence.close();
      }
      process.exitCode = changed > 0 ? 1 : 0;
    });
}

/** The evidence and verify stages, as the ledger's recheck asks them. */
function probes(evidence: OpenedEvidence, asOf: string): RecheckProbes {
  const { sources, graph } = evidence;
  return {
    passageChanges: (claim) =>
      claim.evidence.flatMap((e) => {
        if (e.stance === 'related' || e.passage === undefined) return [];
        const what = describePassageState(findPassageAgain(e, sources, true), e.url);
        return what ? [what] : [];
      }),
    reverify: async (claims) => {
      const urls = [...new Set(claims.flatMap((c) => c.entities.filter((e) => e.type === 'url').map((e) => e.text)))];
      const links = withOfflineLinks(undefined, urls, sources);
      const { claims: out } = await verifyClaims(claims.map(asAutomatic), { sources, graph, asOf, online: false, links });
      return new Map(out.map((c) => [c.id, c]));
    },
    graphChanges: (recorded: Claim, fresh: Claim) => graphDrift(recorded, fresh, graph?.name),
    notes: (claim) => docsUpdatedSinceReview(claim, sources),
  };
}

function print(file: string, r: RecheckResult, quiet: boolean): void {
  for (const c of r.changed) {
    const kept = c.origin === 'auto' ? '' : ` (${c.origin} verdict ${c.status} kept)`;
    process.stdout.write(`${file}: ${c.id} evidence changed: ${c.what}${kept}\n`);
  }
  if (!quiet) {
    const notes = r.noted > 0 ? `, ${r.noted} reviewed claim(s) whose pages were updated since the review` : '';
    process.stdout.write(`${file}: ${r.changed.length === 0 ? 'no evidence changed' : `${r.changed.length} claim(s) whose evidence changed`}${notes}\n`);
  }
}
