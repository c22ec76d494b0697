import type { Claim, Evidence, Finding, Status } from '../schema/index.js';
import type { CheckResult } from './types.js';

/** Which rule of DESIGN 5 decided the verdict (for `claimcheck explain`). */
export type PolicyRule = 'reviewer' | 'not-checkworthy' | 'refuted' | 'unknown-subject' | 'conflict' | 'supported' | 'partly-supported' | 'no-support';

export interface Decision {
  status: Status;
  evidence: Evidence[];
  findings: Finding[];
  rule: PolicyRule;
  /** One line on why, naming the rule. */
  reason: string;
}

export interface CheckerResult {
  checker: string;
  result: CheckResult;
}

const RULE_TEXT: Record<PolicyRule, string> = {
  reviewer: 'rule 1: a reviewer’s verdict is kept',
  'not-checkworthy': 'rule 2: not checkworthy',
  refuted: 'rule 3: an exhaustive source refutes a key part',
  'unknown-subject': 'rule 4: a key subject is absent from every source',
  conflict: 'rule 4b: a passage on the same subject states another value of the claim (a figure, a negation, a role, a version, a direction)',
  supported: 'rule 5: every key part is supported by a passage or answered by exhaustive metadata',
  'partly-supported': 'rule 5: some key parts supported, none refuted',
  'no-support': 'rule 6: nothing supports it',
};

function dedupeEvidence(list: Evidence[]): Evidence[] {
  const order = { refutes: 0, supports: 1, related: 2 } as const;
  const best = new Map<string, Evidence>();
  for (const e of list) {
    const prev = best.get(e.url);
    if (!prev || order[e.stance] < order[prev.stance]) best.set(e.url, e);
  }
  return [...best.values()].sort((a, b) => order[a.stance] - order[b.stance]);
}

function dedupeFindings(list: Finding[]): Finding[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const k = `${f.checker}|${f.messageId}|${f.subject}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Rules 2–6: the verdict from the checkers alone. */
function automatic(claim: Claim, results: CheckerResult[]): Decision {
  const evidence = dedupeEvidence(results.flatMap((r) => r.result.evidence));
  const findings = dedupeFindings(results.flatMap((r) => r.result.findings));
  const signals = results.map((r) => r.result.signal);
  const out = (status: Status, rule: PolicyRule, ev: Evidence[] = evidence, extra: Finding[] = []): Decision => ({
    status,
    evidence: ev,
    findings: [...findings, ...extra],
    rule,
    reason: RULE_TEXT[rule],
  });
  const supports = evidence.filter((e) => e.stance === 'supports');

  if (!claim.checkworthy) return out('not-checkable', 'not-checkworthy');
  if (signals.includes('refuted')) return out('contradicted', 'refuted');
  // An unverified claim cites nothing as support: passages that matched part of it become related.
  const demoted = evidence.map((e): Evidence => (e.stance === 'supports' ? { ...e, stance: 'related' } : e));
  if (signals.includes('unknown-subject')) return out('unverified', 'unknown-subject', demoted);
  // An exhaustive answer to the whole claim outweighs prose search finding no passage that words it alike.
  const covered = signals.includes('covered');
  // A plain conflict (the page states another value for the claim's subject) contradicts the claim, unless
  // another checker supports it; then the two disagree and the claim is not verified either way.
  if (signals.includes('conflicts')) {
    const against = evidence.filter((e) => e.stance === 'refutes');
    if (!covered && !signals.includes('supported') && against.length > 0) return out('contradicted', 'conflict', [...against, ...demoted.filter((e) => e.stance !== 'refutes')]);
    return out('unverified', 'conflict', demoted);
  }
  const allSupported = covered || (signals.includes('supported') && !signals.some((s) => s === 'partly-supported' || s === 'no-support'));
  if (allSupported && supports.length > 0) return out('verified', 'supported');
  if ((signals.includes('supported') || signals.includes('partly-supported')) && supports.length > 0) return out('partly-verified', 'partly-supported');
  const searched = results.some((r) => r.checker === 'passage-support' && r.result.findings.some((f) => f.messageId === 'no-passage'));
  const none: Finding[] = searched
    ? []
    : [
        {
          checker: 'policy',
          messageId: 'no-support',
          subject: claim.text.slice(0, 60),
          severity: 'warning',
          message: `no supporting passage found in ${results.length === 0 ? 'any source (no checker applied)' : `the sources the checkers searched (${results.map((r) => r.checker).join(', ')})`}`,
        },
      ];
  return out('unverified', 'no-support', demoted, none);
}

const STRENGTH: Record<Status, number> = { verified: 3, 'partly-verified': 2, 'not-checkable': 1, unverified: 1, contradicted: 0 };

/**
 * DESIGN 5, the one verdict policy. Pure: the claim and every checker's result in, the verdict out.
 * When unsure it chooses the weaker status; `verified` always carries a supporting URL.
 */
export function decide(claim: Claim, results: CheckerResult[]): Decision {
  const auto = automatic(claim, results);
  if (claim.origin !== 'reviewer') return auto;
  const findings = [...auto.findings];
  // Disagreement is positive evidence the other way: an exhaustive refutation against a reviewer's support,
  // or support found against a reviewer's doubt. Finding nothing, or not finding a name, says nothing
  // against a reviewer who cites a page that has it: the sources searched (a fresh clone has the pack only)
  // are simply smaller than the documentation the reviewer read.
  const againstSupport = STRENGTH[claim.status] > STRENGTH[auto.status] && auto.rule === 'refuted';
  const againstDoubt = STRENGTH[claim.status] < STRENGTH[auto.status] && (auto.status === 'verified' || auto.status === 'partly-verified');
  const disagree = claim.checkworthy && (againstSupport || againstDoubt);
  if (disagree) {
    const stronger = STRENGTH[claim.status] > STRENGTH[auto.status];
    findings.push({
      checker: 'policy',
      messageId: 'reviewer-disagrees',
      subject: claim.id,
      severity: stronger ? 'warning' : 'info',
      message: `reviewer says ${claim.status}; the evidence now says ${auto.status} (${auto.reason}); the reviewer's verdict is kept`,
    });
  }
  return { status: claim.status, evidence: claim.evidence, findings, rule: 'reviewer', reason: `${RULE_TEXT.reviewer}${disagree ? `; checkers would say ${auto.status}` : ''}` };
}
