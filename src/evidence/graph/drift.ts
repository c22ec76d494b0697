import type { Claim } from '../../schema/index.js';

/** Graph-path findings that say the metadata lacks something in v1.0. */
const NOT_IN_V1 = new Set(['beta-only', 'no-such-property', 'no-such-segment', 'no-such-operation']);

const graphFindings = (c: Claim): Map<string, string> => new Map(c.findings.filter((f) => f.checker === 'graph-path').map((f) => [`${f.messageId}|${f.subject}`, f.messageId]));

/**
 * What changed in the Graph metadata answers a claim rests on: its recorded graph-path findings against
 * those of a fresh verification (`graphSource`: the metadata source name, whose evidence counts as support).
 * A "not in v1.0" answer that is gone, with the name now supported, reads "`x` moved from beta to v1.0".
 */
export function graphDrift(recorded: Claim, fresh: Claim, graphSource: string | undefined): string[] {
  const before = graphFindings(recorded);
  const after = graphFindings(fresh);
  const supported = (subject: string): boolean =>
    fresh.evidence.some((e) => e.source === graphSource && e.stance === 'supports' && (e.matched ?? []).some((m) => subject.includes(m) || m.includes(subject)));
  const out: string[] = [];
  for (const [key, id] of before) {
    if (after.has(key)) continue;
    const subject = key.slice(id.length + 1);
    out.push(NOT_IN_V1.has(id) && supported(subject) ? `\`${subject}\` moved from beta to v1.0` : `the Graph metadata no longer says ${id} of \`${subject}\``);
  }
  for (const [key, id] of after) {
    if (before.has(key)) continue;
    out.push(`the Graph metadata now says ${id} of \`${key.slice(id.length + 1)}\``);
  }
  return out;
}
