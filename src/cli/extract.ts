import type { Command } from 'commander';
import { z } from 'zod';
import pc from 'picocolors';
import { ingestFile } from '../ingest/index.js';
import { extractClaims } from '../extract/index.js';
import { safeText } from '../errors.js';
import { toJsonReport } from '../report/json-report.js';
import { TOOL_VERSION } from '../version.js';
import type { Claim, Ledger } from '../schema/index.js';
import { MaxSizeMb, choice, displayPath, parseOptions, sha256, useColor } from './options.js';

const ExtractOptions = z.object({
  format: choice(['terminal', 'json'] as const, 'format').default('terminal'),
  all: z.boolean().default(false),
  inputFormat: choice(['markdown', 'text'] as const, 'input format').optional(),
  maxSize: MaxSizeMb.optional(),
});

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('split an article into atomic claims with exact positions (no checking)')
    .argument('<article>', 'markdown or plain-text file')
    .option('-f, --format <format>', 'terminal | json', 'terminal')
    .option('--all', 'also list claims that are not checkworthy (headings, questions, calls to action)')
    .option('--input-format <format>', 'read the article as markdown or text instead of detecting it')
    .option('--max-size <MB>', 'refuse articles larger than this (default 2 MB)')
    .addHelpText('after', '\nExamples:\n  $ claimcheck extract sources/azure-latch-codes.md\n  $ claimcheck extract article.md --format json > claims.json\n')
    .action(async (article: string, raw: unknown) => {
      const opts = parseOptions(ExtractOptions, raw, 'extract');
      const doc = await ingestFile(article, { ...(opts.inputFormat ? { format: opts.inputFormat } : {}), ...(opts.maxSize ? { maxBytes: opts.maxSize } : {}) });
      const claims = extractClaims(doc);
      if (opts.format === 'json') {
        const ledger: Ledger = {
          article: displayPath(article),
          articleSha256: sha256(doc.text),
          title: doc.title,
          checkedAt: new Date().toISOString(),
          sources: [],
          claims,
        };
        process.stdout.write(`${JSON.stringify(toJsonReport(ledger, TOOL_VERSION), null, 2)}\n`);
        return;
      }
      process.stdout.write(listing(displayPath(article), claims, opts.all, useColor(process.stdout)));
    });
}

/** `line:column  kind  text`, grouped under section headings, like a linter's listing. */
function listing(path: string, claims: Claim[], all: boolean, color: boolean): string {
  const c = color ? pc : pc.createColors(false);
  const out: string[] = [c.underline(safeText(path))];
  let section = '';
  for (const claim of claims) {
    if (!all && !claim.checkworthy) continue;
    const s = claim.section.at(-1) ?? '';
    if (s !== section) {
      section = s;
      out.push('', c.bold(safeText(section) || '(no section)'));
    }
    const pos = `${claim.span.line}:${claim.span.column}`.padEnd(9);
    const mark = claim.checkworthy ? c.cyan(claim.kind.padEnd(15)) : c.dim(claim.kind.padEnd(15));
    // article text is printed with its control characters escaped: it must not drive the terminal
    out.push(`  ${c.dim(pos)} ${mark} ${safeText(claim.text)}`);
  }
  const worthy = claims.filter((x) => x.checkworthy).length;
  out.push('', `${claims.length} claims, ${worthy} checkworthy${all ? '' : ' (shown; --all lists the rest)'}`, '');
  return out.join('\n');
}
