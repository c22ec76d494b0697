import type { Claim, Ledger, Status } from '../../schema/index.js';
import type { FormatOptions, Formatter } from '../types.js';
import { reasonOf, reportClaims } from '../claims.js';
import { pieceClaims, regionOf } from '../positions.js';
import { describeRule, fingerprintsOf, ruleIdOf, ruleIdOfFinding, RULES_HELP_URL } from '../sarif-rules.js';

export { FALLBACK_RULE } from '../sarif-rules.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

type Level = 'error' | 'warning' | 'note';

/** DESIGN 7: only non-verified checkworthy claims become results. */
function levelOf(status: Status): Level | undefined {
  switch (status) {
    case 'contradicted':
      return 'error';
    case 'unverified':
      return 'warning';
    case 'partly-verified':
      return 'note';
    default:
      return undefined;
  }
}

function messageOf(claim: Claim): string {
  const reason = reasonOf(claim);
  return `${claim.status}: ${claim.text}${reason ? ` — ${reason}` : ''}`;
}

function render(ledger: Ledger, options: FormatOptions): string {
  const claims = reportClaims(ledger).filter((c) => c.checkworthy && levelOf(c.status) !== undefined);
  const ruleIds = [...new Set(claims.map(ruleIdOf))].sort();
  const rules = ruleIds.map((id) => describeRule(id, options.ruleDescriptions));
  const results = claims.map((claim) => {
    const level = levelOf(claim.status) ?? 'note';
    const ruleId = ruleIdOf(claim);
    return {
      ruleId,
      ruleIndex: ruleIds.indexOf(ruleId),
      level,
      message: { text: messageOf(claim) },
      // one location per piece the claim keeps: words between its parts are not part of the claim
      locations: pieceClaims(claim).map((piece) => ({
        physicalLocation: {
          artifactLocation: { uri: ledger.article, index: 0 },
          region: { ...regionOf(piece, options.articleText), snippet: { text: piece.quote } },
        },
      })),
      partialFingerprints: fingerprintsOf(claim, ruleId),
      properties: {
        claimId: claim.id,
        status: claim.status,
        origin: claim.origin,
        section: claim.section,
        kind: claim.kind,
        evidence: claim.evidence.map((e) => e.url),
        // every finding's rule, the one filed under first
        rules: [...new Set([ruleId, ...claim.findings.map(ruleIdOfFinding)])],
      },
    };
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'claimcheck', version: options.toolVersion, informationUri: RULES_HELP_URL, rules } },
        // category (up to the last slash) per article, so code scanning keeps each article's alerts apart; the instance is the check time
        automationDetails: { id: `claimcheck/${ledger.article}/${ledger.checkedAt}` },
        // Our offsets and columns count UTF-16 code units, as SARIF's default does.
        columnKind: 'utf16CodeUnits',
        artifacts: [{ location: { uri: ledger.article }, hashes: { 'sha-256': ledger.articleSha256 } }],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** `--format sarif`: SARIF 2.1.0 for code-scanning UIs. */
export const sarifFormatter: Formatter = { name: 'sarif', render };
