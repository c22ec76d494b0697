import type { Command } from 'commander';
import { maskControls, maskControlsDeep } from '../errors.js';
import { z } from 'zod';
import { ingestFile } from '../ingest/index.js';
import { extractClaims } from '../extract/index.js';
import { DEFAULT_INDEX_PATH, LearnOnlineSource, openEvidence, resolveLinks } from '../evidence/index.js';
import { verifyClaims } from '../verify/index.js';
import { checkIntoLedger, resolveLedgerPath, mergeLedger } from '../ledger/index.js';
import { FormatNameSchema, exitCodeFor, getFormatter, parseFailOn, resolveColor, writeOutput, type FormatOptions } from '../report/index.js';
import type { Claim, Ledger } from '../schema/index.js';
import { TOOL_VERSION } from '../version.js';
import { IsoDate, MaxSizeMb, choice, displayPath, parseOptions, sha256 } from './options.js';

const CheckOptions = z.object({
  format: FormatNameSchema.default('terminal'),
  output: z.string().min(1).optional(),
  ledger: z.union([z.string().min(1), z.literal(false)]).optional(),
  index: z.string().min(1).optional(),
  online: z.boolean().default(false),
  failOn: z.string().optional(),
  quiet: z.boolean().default(false),
  asOf: IsoDate.optional(),
  width: z.coerce.number().int().min(40).max(1000).optional(),
  color: z.boolean().optional(),
  inputFormat: choice(['markdown', 'text'] as const, 'input format').optional(),
  maxSize: MaxSizeMb.optional(),
});

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('extract the claims of an article, check them against the documentation, update its ledger and report')
    .argument('<article>', 'markdown or plain-text file')
    .option('-f, --format <format>', 'terminal | markdown | html | json | sarif | claimreview', 'terminal')
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--ledger <file>', 'the ledger to merge into and write (default: claims/<slug>.yaml)')
    .option('--no-ledger', 'do not read or write a ledger: check the article as it is')
    .option('--index <file>', 'docs index built by `claimcheck corpus add` (default: .claimcheck/index.sqlite, used when present)')
    .option('--online', 'also ask learn.microsoft.com (sends claim keywords to its search)')
    .option('--fail-on <statuses>', 'exit 1 when a claim has one of these statuses (comma-separated, or none)', 'contradicted')
    .option('-q, --quiet', 'list only unverified and contradicted claims')
    .option('--as-of <date>', 'the check date for date rules, YYYY-MM-DD (default: today)')
    .option('--width <columns>', "terminal width for the terminal format (default: the terminal's, else 80)")
    .option('--color', 'force colour in the terminal format')
    .option('--no-color', 'no colour (NO_COLOR is honoured too)')
    .option('--input-format <format>', 'read the article as markdown or text instead of detecting it')
    .option('--max-size <MB>', 'refuse articles larger than this (default 2 MB)')
    .addHelpText(
      'after',
      `
Examples:
  $ claimcheck check sources/azure-latch-codes.md
  $ claimcheck check article.md --no-ledger --format json > report.json
  $ claimcheck check article.md --format sarif --output claims.sarif --fail-on unverified,contradicted

Sources: the committed pack under sources/packs/ always; the docs index when it exists.
Exit codes: 0 no claim matches --fail-on, 1 some do, 2 usage or input error.`,
    )
    .action(async (article: string, raw: unknown) => {
      const opts = parseOptions(CheckOptions, raw, 'check');
      const failOn = parseFailOn(opts.failOn);
      const doc = await ingestFile(article, { ...(opts.inputFormat ? { format: opts.inputFormat } : {}), ...(opts.maxSize ? { maxBytes: opts.maxSize } : {}) });
      const fresh = extractClaims(doc);
      const evidence = await openEvidence(opts.index ? { indexPath: opts.index, requireIndex: true } : {});
      const learn = opts.online ? new LearnOnlineSource({ cache: opts.index ?? DEFAULT_INDEX_PATH, ...learnEndpoint(process.env) }) : undefined;
      if (learn) {
        evidence.sources.push(learn);
        evidence.infos.push(learn.info());
      }
      const links = learn ? await checkLinks(fresh, learn) : undefined;
      const checkedAt = new Date().toISOString();
      const meta = { article: displayPath(article), articleSha256: sha256(doc.text), title: doc.title, checkedAt, sources: evidence.infos };
      const asOf = opts.asOf ?? checkedAt.slice(0, 10);
      const verify = async (ledger: Ledger): Promise<Ledger> => {
        const { claims } = await verifyClaims(ledger.claims, { sources: evidence.sources, graph: evidence.graph, asOf, online: opts.online, ...(links ? { links } : {}) });
        return { ...ledger, claims: learn?.unavailable ? claims.map((c) => noteUnavailable(c, learn)) : claims };
      };

      let ledger: Ledger;
      try {
        if (opts.ledger === false) {
          ledger = await verify(mergeLedger(undefined, fresh, meta).ledger);
        } else {
          const file = opts.ledger ?? (await resolveLedgerPath(article));
          // verify a snapshot, then read–merge–write under the lock; a concurrent `review` is never lost
          ledger = await checkIntoLedger(file, fresh, meta, verify);
        }
      } finally {
        evidence.close();
        learn?.close();
      }
      for (const note of learn?.notes() ?? []) process.stderr.write(`claimcheck: ${note}\n`);

      const options: FormatOptions = {
        toolVersion: TOOL_VERSION,
        quiet: opts.quiet,
        color: opts.color ?? resolveColor(process.env, process.stdout.isTTY === true, opts.output !== undefined),
        width: opts.width ?? (process.stdout.isTTY ? process.stdout.columns : undefined) ?? 80,
        articleText: doc.text,
      };
      const origin = doc.frontMatter?.data['origin'];
      if (typeof origin === 'string' && /^https?:\/\//.test(origin)) options.articleUrl = origin;
      // a terminal shows article text, ledger fields and URLs with their control characters masked
      const shown = opts.format === 'terminal' ? maskControlsDeep(ledger) : ledger;
      if (opts.format === 'terminal' && options.articleText !== undefined) options.articleText = maskControls(options.articleText);
      await writeOutput(getFormatter(opts.format).render(shown, options), opts.output);
      if (opts.output !== undefined) process.stderr.write(`claimcheck: wrote ${opts.format} report to ${opts.output}\n`);
      process.exitCode = exitCodeFor(ledger, failOn);
    });
}

/** With --online: resolve every link the article makes, once per URL. */
async function checkLinks(claims: Claim[], learn: LearnOnlineSource) {
  const urls = [...new Set(claims.flatMap((c) => c.entities.filter((e) => e.type === 'url').map((e) => e.text)))];
  const results = await resolveLinks(
    urls.map((u) => (/^https?:\/\//i.test(u) ? u : `https://${u}`)),
    { http: learn.http },
  );
  return new Map(urls.map((u, i) => [u, results[i] ?? { status: 'error' as const, reason: 'not checked' }]));
}

/** An unverified claim says which online source could not be asked. */
function noteUnavailable(claim: Claim, learn: LearnOnlineSource): Claim {
  if (!claim.checkworthy || claim.status === 'verified' || claim.origin === 'reviewer') return claim;
  const reason = learn.unavailable?.reason ?? 'unreachable';
  return {
    ...claim,
    findings: [...claim.findings, { checker: 'policy', messageId: 'source-unavailable', subject: 'learn-online', message: `learn-online unavailable: ${reason}`, severity: 'info' }],
  };
}

/** CLAIMCHECK_LEARN_URL points --online at another Learn-compatible server (a mirror, or a test server). */
function learnEndpoint(env: NodeJS.ProcessEnv): { baseUrl?: string; searchUrl?: string } {
  const base = env['CLAIMCHECK_LEARN_URL'];
  return base ? { baseUrl: base, searchUrl: `${base.replace(/\/$/, '')}/api/search` } : {};
}
