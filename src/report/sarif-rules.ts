import { createHash } from 'node:crypto';
import { SEVERITIES, type Claim, type Finding } from '../schema/index.js';
import { ruleDescription } from './rule-descriptions.js';

/** The rule a result is filed under when no checker finding says why (e.g. a reviewer's verdict alone). */
export const FALLBACK_RULE = 'claimcheck/no-finding';

/**
 * Findings the verdict policy adds (`no-support`, `reviewer-disagrees`) say which rule decided, not what
 * was found; a result is filed under a checker's finding whenever there is one, so its rule does not move
 * when the policy's wording or order does.
 */
const POLICY_CHECKER = 'policy';

/** Where the README explains every rule (SARIF wants an absolute URI; the repository's README on GitHub). */
export const RULES_HELP_URL = 'https://github.com/claimcheck/claimcheck/blob/main/README.md';

/** The README heading each checker's rules are explained under: `#rule-<checker>` (an explicit HTML anchor there). */
export function helpUriOf(ruleId: string): string {
  const checker = ruleId.split('/')[0] ?? ruleId;
  return `${RULES_HELP_URL}#rule-${checker === 'claimcheck' ? 'no-finding' : checker}`;
}

/** A finding kind as a rule id: the checker and its message id, both stable names the checkers declare. */
export function ruleIdOfFinding(f: Pick<Finding, 'checker' | 'messageId'>): string {
  return `${f.checker}/${f.messageId}`;
}

const severityRank = (f: Finding): number => SEVERITIES.indexOf(f.severity);

/**
 * The finding a result is filed under, chosen by what it is, never by where it sits in the list:
 * checker findings before the policy's, then the most severe, then by rule id and subject. The same
 * findings give the same rule in every run, whatever order the checkers answered in.
 */
export function primaryFinding(claim: Pick<Claim, 'findings'>): Finding | undefined {
  const own = claim.findings.filter((f) => f.checker !== POLICY_CHECKER);
  const pool = own.length > 0 ? own : claim.findings;
  return [...pool].sort((a, b) => severityRank(a) - severityRank(b) || ruleIdOfFinding(a).localeCompare(ruleIdOfFinding(b)) || a.subject.localeCompare(b.subject))[0];
}

export function ruleIdOf(claim: Pick<Claim, 'findings'>): string {
  const f = primaryFinding(claim);
  return f ? ruleIdOfFinding(f) : FALLBACK_RULE;
}

const WHITESPACE = /\s+/gu;
const REPEAT = /^c-[0-9a-f]{8}-(\d+)$/u;

/**
 * Fingerprints that survive edits elsewhere in the article: the claim's id (a hash of its normalised
 * text) and a hash of the rule with that text. Neither depends on a line number or an offset.
 */
export function fingerprintsOf(claim: Pick<Claim, 'id' | 'text'>, ruleId: string): Record<string, string> {
  const text = claim.text.replace(WHITESPACE, ' ').trim().toLowerCase();
  const hash = createHash('sha256').update(`${ruleId}\u0000${text}`, 'utf8').digest('hex').slice(0, 32);
  // primaryLocationLineHash is the key GitHub code scanning matches alerts by; given, it is used as is
  // instead of a hash of the line, which other sentences on the same line would change.
  // A repeat of the same text (id `c-…-2`) is its second occurrence, as GitHub counts them.
  const occurrence = REPEAT.exec(claim.id)?.[1] ?? '1';
  return { claimId: claim.id, 'claimText/v1': hash, primaryLocationLineHash: `${hash.slice(0, 16)}:${occurrence}` };
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  properties: { checker: string; messageId: string };
}

const NAME_PART = /(^|[-/])([a-z])/gu;
const BACKTICK = /`/gu;

/** A SARIF reportingDescriptor for a rule id, with help that says what the finding means and what to do. */
export function describeRule(ruleId: string, overrides?: Readonly<Record<string, string>>): SarifRule {
  const [checker = ruleId, messageId = ''] = ruleId.split('/');
  const description = ruleDescription(ruleId === FALLBACK_RULE ? ruleId : checker, overrides);
  const helpUri = helpUriOf(ruleId);
  const what = ruleId === FALLBACK_RULE ? '' : ` Filed when the ${checker} checker reports ${messageId}.`;
  const todo =
    'Fix the claim in the article, or record a verdict with `claimcheck review <article> <claim-id> --status <status> --evidence <url>`; `claimcheck explain <article> <claim-id>` shows what was searched.';
  return {
    id: ruleId,
    name: ruleId.replace(NAME_PART, (_m, _sep: string, ch: string) => ch.toUpperCase()),
    shortDescription: { text: description },
    fullDescription: { text: `${description}${what}` },
    helpUri,
    help: {
      text: `${description}${what} ${todo.replace(BACKTICK, '')} More: ${helpUri}`,
      markdown: `${description}${what}\n\n${todo}\n\n[How claimcheck decides](${helpUri})`,
    },
    properties: { checker, messageId },
  };
}
