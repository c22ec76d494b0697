import type { Command } from 'commander';
import { z } from 'zod';
import { ClaimcheckError } from '../errors.js';
import { ingestText, readArticle } from '../ingest/index.js';
import { loadLedger, resolveLedgerPath } from '../ledger/index.js';
import { FormatNameSchema, exitCodeFor, parseFailOn, renderWorkspace, resolveColor, terminalWidth, writeOutput, type FormatOptions, type WorkspaceArticle } from '../report/index.js';
import { discoverArticles, loadConfig, resolveSettings } from '../workspace/index.js';
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
  config: z.string().min(1).optional(),
  showIds: z.boolean().default(false),
});

const HTTP_URL = /^https?:\/\//u;

/** The article's text and published URL (front matter `origin`), or nothing when the file is gone. */
async function readArticleIfThere(path: string): Promise<{ text?: string; url?: string }> {
  try {
    const text = await readArticle(path);
    const origin = ingestText(text, path).frontMatter?.data['origin'];
    return { text, ...(typeof origin === 'string' && HTTP_URL.test(origin) ? { url: origin } : {}) };
  } catch (err) {
    if (err instanceof ClaimcheckError && err.code === 'ENOENT') return {};
    throw err;
  }
}

/** One article's ledger and text, with a warning when the two no longer match; undefined (with a note) when a workspace article has no ledger. */
async function loadOne(article: string, ledgerFile: string, many: boolean): Promise<WorkspaceArticle | undefined> {
  const loaded = await loadLedger(ledgerFile);
  if (!loaded) {
    if (many) {
      process.stderr.write(`claimcheck: ${article}: no ledger yet (${ledgerFile}); run \`claimcheck check ${article}\`\n`);
      return undefined;
    }
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
  return {
    ledger,
    options: { ...(source.text !== undefined ? { articleText: source.text } : {}), ...(source.url !== undefined ? { articleUrl: source.url } : {}) },
  };
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('render the ledgers of articles (no checking): terminal, markdown, html, json, sarif or claimreview')
    .argument('<articles...>', 'the articles whose ledgers to render: files, folders or globs')
    .option('-f, --format <format>', 'terminal | markdown | html | json | sarif | claimreview', 'terminal')
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--ledger <file>', 'the ledger to read, one article only (default: claims/<slug>.yaml)')
    .option('--fail-on <statuses>', 'exit 1 when a claim has one of these statuses (comma-separated, or none; default contradicted)')
    .option('-q, --quiet', 'list only unverified and contradicted claims')
    .option('--width <columns>', "terminal width for the terminal format (default: the terminal's, else 80)")
    .option('--color', 'force colour in the terminal format')
    .option('--no-color', 'no colour (NO_COLOR is honoured too)')
    .option('--config <file>', 'read this configuration file instead of looking for one, e.g. --config ci/claimcheck.json')
    .option('--show-ids', 'print each claim id beside its line:col, for `explain` and `review`, e.g. report article.md --show-ids')
    .addHelpText(
      'after',
      `
Examples:
  $ claimcheck report sources/azure-latch-codes.md
  $ claimcheck report sources/azure-latch-codes.md --format html --output report.html
  $ claimcheck report docs/ --format sarif --fail-on unverified,contradicted
  $ claimcheck report "docs/**/*.md" --show-ids --quiet

Exit codes: 0 no claim matches --fail-on, 1 some do, 2 usage or input error.`,
    )
    .action(async (args: string[], raw: unknown) => {
      const opts = parseOptions(ReportOptions, raw, 'report');
      const { config, file: configFile } = await loadConfig(opts.config ? { file: opts.config } : {});
      const settings = resolveSettings(opts, config, configFile);
      const failOn = parseFailOn(settings.failOn);
      // a single named file keeps its old meaning even when it is gone (rendered from the ledger alone)
      const single = args.length === 1 && args[0] !== undefined && (opts.ledger !== undefined || args[0].endsWith('.md') || args[0].endsWith('.txt'));
      const articles = single ? args : (await discoverArticles(args, { ignore: settings.ignore })).articles;
      if (opts.ledger !== undefined && articles.length > 1) throw new ClaimcheckError('EUSAGE', '--ledger names one ledger file; it cannot be used with more than one article');
      if (articles.length === 0) throw new ClaimcheckError('EUSAGE', 'report: no article found', { hint: `nothing under ${args.join(', ')} is a .md or .txt file that the ignore rules let through` });
      const many = articles.length > 1;
      const items: WorkspaceArticle[] = [];
      for (const article of articles) {
        const item = await loadOne(article, opts.ledger ?? (await resolveLedgerPath(article)), many);
        if (item) items.push(item);
      }
      if (items.length === 0) throw new ClaimcheckError('ENOENT', 'no ledger for any of these articles', { hint: `run \`claimcheck check ${args.join(' ')}\` first` });
      const base: FormatOptions = {
        toolVersion: TOOL_VERSION,
        quiet: opts.quiet,
        color: opts.color ?? resolveColor(process.env, process.stdout.isTTY === true, opts.output !== undefined),
        width: terminalWidth(opts.width, process.stdout, process.env),
        showIds: opts.showIds,
      };
      await writeOutput(renderWorkspace(opts.format, items, base), opts.output);
      if (opts.output !== undefined) process.stderr.write(`claimcheck: wrote ${opts.format} report to ${opts.output}\n`);
      process.exitCode = Math.max(0, ...items.map((i) => exitCodeFor(i.ledger, failOn)));
    });
}
