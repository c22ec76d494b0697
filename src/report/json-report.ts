import { basename, extname } from 'node:path';
import { JsonReport, type Ledger } from '../schema/index.js';
import { countByStatus, reportClaims } from './claims.js';
import { decisionJson, decisionOfClaims } from './decision/index.js';

/**
 * DESIGN 2's JSON report: the ledger's live claims (removed ones left out) without their history,
 * and a summary counted from those claims (with the decision summary of src/report/decision). Parsed with the zod schema, so what we print is what we document.
 */
export function toJsonReport(ledger: Ledger, toolVersion: string): JsonReport {
  const claims = reportClaims(ledger);
  return JsonReport.parse({
    tool: { name: 'claimcheck', version: toolVersion },
    article: {
      path: ledger.article,
      sha256: ledger.articleSha256,
      title: ledger.title ?? basename(ledger.article, extname(ledger.article)),
    },
    checkedAt: ledger.checkedAt,
    sources: ledger.sources,
    claims: claims.map(({ history: _history, ...rest }) => rest),
    summary: {
      total: claims.length,
      checkworthy: claims.filter((c) => c.checkworthy).length,
      byStatus: countByStatus(claims),
      decision: decisionJson(decisionOfClaims(claims)),
    },
  });
}
