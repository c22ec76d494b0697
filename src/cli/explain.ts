import type { Command } from 'commander';
import { z } from 'zod';
import pc from 'picocolors';
import { ClaimcheckError } from '../errors.js';
import { ingestFile } from '../ingest/index.js';
import { extractClaims } from '../extract/index.js';
import { openEvidence } from '../evidence/index.js';
import { CHECKERS, verifyClaims } from '../verify/index.js';
import type { Claim } from '../schema/index.js';
import { IsoDate, displayPath, parseOptions, useColor } from './options.js';

const ExplainFlags = z.strictObject({
  index: z.string().min(1).optional(),
  asOf: IsoDate.optional(),
  json: z.boolean().optional(),
});

function pick(claims: Claim[], idOrPrefix: string, article: string): Claim {
  const exact = claims.find((c) => c.id === idOrPrefix);
  if (exact) return exact;
  const matches = claims.filter((c) => c.id.startsWith(idOrPrefix));
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length > 1) {
    throw new ClaimcheckError(
      'EUSAGE',
      `"${idOrPrefix}" matches ${matches.length} claims: ${matches
        .slice(0, 6)
        .map((c) => c.id)
        .join(', ')}`,
      { hint: 'give more characters of the id' },
    );
  }
  throw new ClaimcheckError('EUSAGE', `no claim "${idOrPrefix}" in ${article}`, { hint: `list the ids with \`claimcheck extract ${article}\`` });
}

/** `claimcheck explain <article> <claim-id>`: every checker's queries, hits and reasoning for one claim. */
export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('show what every checker searched and found for one claim, and which policy rule decided it')
    .argument('<article>', 'the article (markdown or plain text)')
    .argument('<claim-id>', 'a claim id, or a unique prefix of one')
    .option('--index <file>', 'docs index (default .claimcheck/index.sqlite when present)')
    .option('--as-of <date>', 'the check date for date rules, YYYY-MM-DD (default: today)')
    .option('--json', 'print the explanation as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ claimcheck explain sources/example.md c-3fa91b2e
  $ claimcheck explain sources/example.md c-3fa --as-of 2026-01-01 --json`,
    )
    .action(async (article: string, id: string, raw: Record<string, unknown>) => {
      const flags = parseOptions(ExplainFlags, raw, 'explain');
      const claims = extractClaims(await ingestFile(article));
      const claim = pick(claims, id, displayPath(article));
      const opened = await openEvidence(flags.index === undefined ? {} : { indexPath: flags.index });
      try {
        const asOf = flags.asOf ?? new Date().toISOString().slice(0, 10);
        const out = await verifyClaims(claims, { sources: opened.sources, graph: opened.graph, asOf, online: false });
        const detail = out.details.get(claim.id);
        const results = detail?.results ?? [];
        const decision = detail?.decision;
        const checkers = [...CHECKERS.map((c) => c.id), ...results.map((r) => r.checker).filter((x) => !CHECKERS.some((c) => c.id === x))].map((cid) => {
          const r = results.find((x) => x.checker === cid);
          return { id: cid, applies: r !== undefined, signal: r?.result.signal, trace: r?.result.trace ?? [], findings: r?.result.findings ?? [], evidence: r?.result.evidence ?? [] };
        });
        if (flags.json) {
          process.stdout.write(`${JSON.stringify({ claim: { ...claim, history: undefined }, asOf, sources: opened.infos, checkers, decision }, null, 2)}\n`);
          return;
        }
        const c = useColor(process.stdout) ? pc : pc.createColors(false);
        const lines: string[] = [];
        lines.push(c.bold(`${claim.id}  ${displayPath(article)}:${claim.span.line}:${claim.span.column}`), `  ${claim.text}`);
        lines.push(`  kind ${claim.kind} · ${claim.checkworthy ? 'checkworthy' : 'not checkworthy'} · as of ${asOf}`);
        lines.push(`  entities: ${claim.entities.map((e) => `${e.type} "${e.text}"`).join(', ') || 'none'}`);
        lines.push(`  sources: ${opened.infos.map((i) => i.name).join(', ') || 'none'}`, '');
        for (const k of checkers) {
          if (!k.applies) {
            lines.push(c.dim(`[${k.id}] does not apply`));
            continue;
          }
          lines.push(`${c.bold(`[${k.id}]`)} ${k.signal ?? ''}`);
          for (const t of k.trace) lines.push(`    ${t}`);
          for (const f of k.findings) lines.push(`    ${f.severity} ${f.messageId}: ${f.message}`);
          for (const e of k.evidence) lines.push(`    ${e.stance} ${e.url}${e.matched?.length ? ` (${e.matched.join(', ')})` : ''}`);
        }
        if (decision) lines.push('', c.bold(`verdict: ${decision.status}`), `  ${decision.reason}`);
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        opened.close();
      }
    });
}
