import { execFileSync } from 'node:child_process';
import type { Command } from 'commander';
import { z } from 'zod';
import { ClaimcheckError } from '../errors.js';
import { STATUSES } from '../schema/claim.js';
import { commitLedger, resolveLedgerPath, resolveClaim, reviewClaim } from '../ledger/index.js';
import { loadConfig } from '../workspace/index.js';

const ReviewFlags = z.strictObject({
  status: z.enum(STATUSES, { error: () => `--status must be one of: ${STATUSES.join(', ')}` }),
  evidence: z.array(z.string().min(1)),
  note: z.string().optional(),
  by: z.string().trim().min(1, '--by must not be empty').optional(),
  ledger: z.string().min(1).optional(),
});

/** Who is reviewing: `git config user.name`, else $USER, else "unknown". */
function defaultReviewer(): string {
  try {
    const name = execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (name) return name;
  } catch {
    // no git or no user.name: fall through
  }
  return process.env['USER'] ?? process.env['USERNAME'] ?? 'unknown';
}

const collect = (value: string, previous: string[]) => [...previous, value];

function parseFlags(raw: unknown) {
  const parsed = ReviewFlags.safeParse(raw);
  if (!parsed.success) {
    throw new ClaimcheckError('EUSAGE', parsed.error.issues.map((i) => i.message).join('; '), { hint: 'see claimcheck review --help' });
  }
  return parsed.data;
}

export function registerReview(program: Command): void {
  program
    .command('review')
    .description("record a reviewer's verdict on one claim in the article's ledger")
    .argument('<article>', 'the article (used to find claims/<slug>.yaml; it need not be readable)')
    .argument('<claim-id>', 'a claim id, or a unique prefix of one (c-3fa9 or 3fa9)')
    .requiredOption('--status <status>', `new status: ${STATUSES.join(' | ')}`)
    .option('--evidence <url>', 'supporting (or, for contradicted, refuting) URL; repeat for more', collect, [] as string[])
    .option('--note <text>', 'why; stored on the claim and in its history')
    .option('--by <name>', "reviewer name (default: the configuration's reviewer, else git config user.name, else $USER)")
    .option('--ledger <file>', 'ledger file (default: claims/<slug>.yaml)')
    .addHelpText(
      'after',
      `
Examples:
  $ claimcheck review sources/example.md c-3fa9 --status verified \\
      --evidence https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens#validate-the-issuer
  $ claimcheck review sources/example.md 3fa91b2e --status contradicted --note "v1.0 only" --by alice
  $ claimcheck review sources/example.md c-77 --status not-checkable --ledger claims/other.yaml

verified and partly-verified need at least one supporting URL (given now or already on the claim).
The ledger is locked while it is read, changed and written, so concurrent reviews never lose a change.`,
    )
    .action(async (article: string, id: string, rawFlags: Record<string, unknown>) => {
      const flags = parseFlags(rawFlags);
      const file = flags.ledger ?? (await resolveLedgerPath(article));
      const by = flags.by ?? (await loadConfig()).config.reviewer ?? defaultReviewer();
      let line = '';
      await commitLedger(file, ({ loaded }) => {
        if (!loaded) {
          throw new ClaimcheckError('ENOENT', 'no ledger for this article', {
            place: { file },
            hint: `run \`claimcheck check ${article}\` first, or pass --ledger FILE`,
          });
        }
        const before = resolveClaim(loaded.ledger, id);
        const ledger = reviewClaim(loaded.ledger, id, {
          status: flags.status,
          evidence: flags.evidence,
          ...(flags.note !== undefined ? { note: flags.note } : {}),
          by,
          at: new Date().toISOString(),
        });
        const n = flags.evidence.length;
        line = `${before.id}: ${before.status} → ${flags.status} by ${by}${n ? ` (+${n} evidence)` : ''}  ${file}`;
        return ledger;
      });
      process.stdout.write(`${line}\n`);
    });
}
