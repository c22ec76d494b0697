import type { Command } from 'commander';
import { z } from 'zod';
import { ClaimcheckError } from '../errors.js';
import { FormatNameSchema, exitCodeFor, parseFailOn, renderWorkspace, resolveColor, terminalWidth, writeOutput, type FormatOptions, type WorkspaceArticle } from '../report/index.js';
import { discoverArticles, loadConfig, resolveSettings, runCheck, type ArticleResult } from '../workspace/index.js';
import { TOOL_VERSION } from '../version.js';
import { IsoDate, MaxSizeMb, choice, parseOptions } from './options.js';

const CheckOptions = z.object({
  format: FormatNameSchema.default('terminal'),
  output: z.string().min(1).optional(),
  ledger: z.union([z.string().min(1), z.literal(false)]).optional(),
  index: z.string().min(1).optional(),
  online: z.boolean().optional(),
  failOn: z.string().optional(),
  quiet: z.boolean().default(false),
  asOf: IsoDate.optional(),
  width: z.coerce.number().int().min(40).max(1000).optional(),
  color: z.boolean().optional(),
  inputFormat: choice(['markdown', 'text'] as const, 'input format').optional(),
  maxSize: MaxSizeMb.optional(),
  config: z.string().min(1).optional(),
  printConfig: z.boolean().default(false),
  changed: z.union([z.string().min(1), z.literal(true)]).optional(),
  showIds: z.boolean().default(false),
});

/** A published URL in front matter (`origin`), for the claimreview report. */
const HTTP_URL = /^https?:\/\//;

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('extract the claims of articles, check them against the documentation, update their ledgers and report')
    .argument('[articles...]', 'markdown or plain-text files, folders (every .md/.txt under them) or globs; - reads standard input')
    .option('-f, --format <format>', 'terminal | markdown | html | json | sarif | claimreview', 'terminal')
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--ledger <file>', 'the ledger to merge into and write, one article only (default: claims/<slug>.yaml)')
    .option('--no-ledger', 'do not read or write a ledger: check the article as it is')
    .option('--index <file>', 'docs index built by `claimcheck corpus add` (default: .claimcheck/index.sqlite, used when present)')
    .option('--online', 'also ask learn.microsoft.com (sends claim keywords to its search)')
    .option('--fail-on <statuses>', 'exit 1 when a claim has one of these statuses (comma-separated, or none; default contradicted)')
    .option('-q, --quiet', 'list only unverified and contradicted claims')
    .option('--as-of <date>', 'the check date for date rules, YYYY-MM-DD (default: today)')
    .option('--width <columns>', "terminal width for the terminal format (default: the terminal's, else 80)")
    .option('--color', 'force colour in the terminal format')
    .option('--no-color', 'no colour (NO_COLOR is honoured too)')
    .option('--input-format <format>', 'read the article as markdown or text instead of detecting it')
    .option('--max-size <MB>', 'refuse articles larger than this, e.g. --max-size 10 (default 2 MB)')
    .option('--config <file>', 'read this configuration file instead of looking for one, e.g. --config ci/claimcheck.json')
    .option('--print-config', 'print the settings the run would use (file merged with flags) as JSON and stop, e.g. check --print-config --fail-on none')
    .option('--changed [ref]', 'check only claims on lines changed since a git ref (default: the merge base with the upstream, else HEAD), e.g. --changed origin/main')
    .option('--show-ids', 'print each claim id beside its line:col, for `explain` and `review`, e.g. check article.md --show-ids')
    .addHelpText(
      'after',
      `
Examples:
  $ claimcheck check sources/azure-latch-codes.md
  $ claimcheck check docs/ "blog/**/*.md" --format sarif --output claims.sarif
  $ claimcheck check docs/ --changed origin/main --fail-on unverified,contradicted
  $ cat draft.md | claimcheck check - --no-ledger --show-ids
  $ claimcheck check article.md --no-ledger --format json > report.json
  $ claimcheck check --print-config

Configuration: claimcheck.config.json, .claimcheckrc (JSON or YAML) or a "claimcheck" key in package.json,
looked for from the working directory up; flags override it. Keys: index, failOn, ignore, asOf, online,
sources, presets, reviewer. Folders and globs skip what .gitignore, .claimcheckignore and "ignore" list.
Suppress claims with <!-- claimcheck-disable-next-line --> or <!-- claimcheck-disable --> … <!-- claimcheck-enable -->.

Sources: the committed pack under sources/packs/ always; the docs index when it exists.
Exit codes: 0 no claim matches --fail-on, 1 some do, 2 usage or input error.`,
    )
    .action(async (args: string[], raw: unknown) => {
      const opts = parseOptions(CheckOptions, raw, 'check');
      const { config, file: configFile } = await loadConfig(opts.config ? { file: opts.config } : {});
      const settings = resolveSettings(opts, config, configFile);
      if (opts.printConfig) {
        await writeOutput(`${JSON.stringify(settings, null, 2)}\n`, opts.output);
        return;
      }
      if (args.length === 0) throw new ClaimcheckError('EUSAGE', 'check: no article given', { hint: 'e.g. `claimcheck check sources/azure-latch-codes.md`, a folder, or a glob' });
      if (settings.asOf !== null && !IsoDate.safeParse(settings.asOf).success) throw new ClaimcheckError('EUSAGE', 'asOf: expected a date as YYYY-MM-DD');
      const failOn = parseFailOn(settings.failOn);
      const { articles, ignoredExplicit } = await discoverArticles(args, { ignore: settings.ignore });
      for (const f of ignoredExplicit) process.stderr.write(`claimcheck: ${f}: skipped (matched by an ignore rule)\n`);
      if (articles.length === 0) throw new ClaimcheckError('EUSAGE', 'check: no article found', { hint: `nothing under ${args.join(', ')} is a .md or .txt file that the ignore rules let through` });

      const run = await runCheck({
        articles,
        ...(opts.ledger !== undefined ? { ledger: opts.ledger } : {}),
        ...(settings.index !== null ? { index: settings.index } : {}),
        online: settings.online,
        ...(settings.asOf !== null ? { asOf: settings.asOf } : {}),
        ingest: { ...(opts.inputFormat ? { format: opts.inputFormat } : {}), ...(opts.maxSize ? { maxBytes: opts.maxSize } : {}) },
        onlySources: settings.sources,
        ...(opts.changed !== undefined ? { changed: opts.changed } : {}),
      });
      for (const note of run.notes) process.stderr.write(`claimcheck: ${note}\n`);
      if (run.changedRef !== undefined) {
        const checked = run.results.reduce((n, r) => n + (r.changedChecked ?? 0), 0);
        process.stderr.write(
          `claimcheck: --changed ${run.changedRef}: ${checked} claim(s) on changed lines checked in ${run.results.length} article(s); ${run.skippedUnchanged.length} article(s) unchanged\n`,
        );
      }

      const base: FormatOptions = {
        toolVersion: TOOL_VERSION,
        quiet: opts.quiet,
        color: opts.color ?? resolveColor(process.env, process.stdout.isTTY === true, opts.output !== undefined),
        width: terminalWidth(opts.width, process.stdout, process.env),
        showIds: opts.showIds,
      };
      const items = run.results.map(toWorkspaceArticle);
      if (items.length > 0) await writeOutput(renderWorkspace(opts.format, items, base), opts.output);
      if (opts.output !== undefined) process.stderr.write(`claimcheck: wrote ${opts.format} report to ${opts.output}\n`);
      for (const err of run.errors) process.stderr.write(`claimcheck: ${err.format()}\n`);
      process.exitCode = run.errors.length > 0 ? 2 : Math.max(0, ...run.results.map((r) => exitCodeFor(r.ledger, failOn)));
    });
}

function toWorkspaceArticle(r: ArticleResult): WorkspaceArticle {
  const origin = r.doc.frontMatter?.data['origin'];
  return {
    ledger: r.ledger,
    options: { articleText: r.doc.text, ...(typeof origin === 'string' && HTTP_URL.test(origin) ? { articleUrl: origin } : {}) },
    ...(r.stats ? { changes: { added: r.stats.added, stale: r.stats.stale, removed: r.stats.removed } } : {}),
  };
}
