import type { Command } from 'commander';
import { z } from 'zod';
import { ClaimcheckError, maskControls, maskControlsDeep } from '../errors.js';
import { ingestText, readArticle } from '../ingest/index.js';
import { resolveLedgerPath, loadLedger } from '../ledger/index.js';
import { FormatNameSchema, exitCodeFor, getFormatter, parseFailOn, resolveColor, writeOutput, type FormatOptions } from '../report/index.js';
import { TOOL_VERSION } from '../version.js';
import { parseOptions, sha256 } from './options.js';

const ReportOptions = z.object({
  format: FormatNameSchema.default('terminal'),
  output: z.string().min(1).optional(),
  ledger: z.string().min(1).optional(),
  failOn: z.string().optional(),
  quiet: z.boolean().default(false),
  width: z.coerce.number().int().min(40).max(1000).optional(),
  color: z.boolean().optional(),
});

/** The article's text and published URL (front matter `origin`), or nothing when the file is gone. */
async function readArticleIfThere(path: string): Promise<{ text?: string; url?: string }> {
  try {
    const text = await readArticle(path);
    const origin = ingestText(text, path).frontMatter?.data['origin'];
    return { text, ...(typeof origin === 'string' && /^https?:\/\//u.test(origin) ? { url: origin } : {}) };
  } catch (err) {
    if (err instanceof ClaimcheckError && err.code === 'ENOENT') return {};
    throw err;
  }
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('render the ledger of an article (no checking): terminal, markdown, html, json, sarif or claimreview')
    .argument('<article>', 'the article whose ledger to render')
    .option('-f, --format <format>', 'terminal | markdown | html | json | sarif | claimreview', 'terminal')
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--ledger <file>', 'the ledger to read (default: claims/<slug>.yaml)')
    .option('--fail-on <statuses>', 'exit 1 when a claim has one of these statuses (comma-separated, or none)', 'contradicted')
    .option('-q, --quiet', 'list only unverified and contradicted claims')
    .option('--width <columns>', "terminal width for the terminal format (default: the terminal's, else 80)")
    .option('--color', 'force colour in the terminal format')
    .option('--no-color', 'no colour (NO_COLOR is honoured too)')
    .addHelpText(
      'after',
      `
Examples:
  $ claimcheck report sources/azure-latch-codes.md
  $ claimcheck report sources/azure-latch-codes.md --format html --output report.html
  $ claimcheck report sources/azure-latch-codes.md --format sarif --fail-on unverified,contradicted

Exit codes: 0 no claim matches --fail-on, 1 some do, 2 usage or input error.`,
    )
    .action(async (article: string, raw: unknown) => {
      const opts = parseOptions(ReportOptions, raw, 'report');
      const failOn = parseFailOn(opts.failOn);
      const ledgerFile = opts.ledger ?? (await resolveLedgerPath(article));
      const loaded = await loadLedger(ledgerFile);
      if (!loaded) {
        throw new ClaimcheckError('ENOENT', 'no ledger for this article', {
          place: { file: ledgerFile },
          hint: `run \`claimcheck check ${article}\` first, or pass --ledger FILE`,
        });
      }
      const { ledger } = loaded;
      const source = await readArticleIfThere(article);
      if (source.text === undefined) {
        process.stderr.write(`claimcheck: ${article}: article not found; rendering from the ledger's quotes alone\n`);
      } else if (sha256(source.text) !== ledger.articleSha256) {
        process.stderr.write(`claimcheck: ${article}: the article changed since the ledger was written; run \`claimcheck check ${article}\` to refresh it\n`);
      }
      const options: FormatOptions = {
        toolVersion: TOOL_VERSION,
        quiet: opts.quiet,
        color: opts.color ?? resolveColor(process.env, process.stdout.isTTY === true, opts.output !== undefined),
        width: opts.width ?? (process.stdout.isTTY ? process.stdout.columns : undefined) ?? 80,
        ...(source.text !== undefined ? { articleText: source.text } : {}),
        ...(source.url !== undefined ? { articleUrl: source.url } : {}),
      };
      // a terminal shows article text, ledger fields and URLs with their control characters masked
      const shown = opts.format === 'terminal' ? maskControlsDeep(ledger) : ledger;
      if (opts.format === 'terminal' && options.articleText !== undefined) options.articleText = maskControls(options.articleText);
      await writeOutput(getFormatter(opts.format).render(shown, options), opts.output);
      if (opts.output !== undefined) process.stderr.write(`claimcheck: wrote ${opts.format} report to ${opts.output}\n`);
      process.exitCode = exitCodeFor(ledger, failOn);
    });
}
