import type { Evidence } from '../../schema/index.js';
import type { Checker, CheckResult } from '../types.js';
import { reporter } from '../report.js';
import { keyCodes } from '../key-entities.js';
import { identifierVariants } from '../text.js';
import { describeSearched, findAnywhere } from '../evidence-access.js';
import { THRESHOLDS } from '../thresholds.js';

const messages = {
  'unknown-identifier': '`{{subject}}`: no match in {{searched}}',
} as const;
const report = reporter<keyof typeof messages>('identifier-exists', messages);

/** Code-like tokens (identifiers, headers, error codes) that no source and no Graph name knows. */
export const identifierExists: Checker = {
  id: 'identifier-exists',
  meta: { description: 'identifiers, headers and error codes must exist in some source', messages },
  appliesTo: (claim) => claim.checkworthy && keyCodes(claim).length > 0,
  async check(claim, ctx): Promise<CheckResult> {
    const evidence: Evidence[] = [];
    const findings: CheckResult['findings'] = [];
    const trace: string[] = [];
    for (const e of keyCodes(claim)) {
      const variants = identifierVariants(e.text);
      const { term, hits } = await findAnywhere(ctx, variants);
      if (hits.length > 0) {
        trace.push(`findTerm ${variants.map((v) => JSON.stringify(v)).join(' | ')} → ${hits.length} hit(s), first ${hits[0]?.url ?? ''}`);
        for (const h of hits.slice(0, THRESHOLDS.maxEvidencePerSubject)) {
          const ev: Evidence = { url: h.url, stance: 'related', source: h.source, matched: [term] };
          if (h.retrievedAt) ev.retrievedAt = h.retrievedAt;
          if (h.title) ev.title = h.title;
          if (h.anchor) ev.anchor = h.anchor;
          evidence.push(ev);
        }
        continue;
      }
      const inGraph = ctx.graph !== undefined && variants.some((v) => ctx.graph?.hasName(v));
      trace.push(`findTerm ${variants.map((v) => JSON.stringify(v)).join(' | ')} → no hits; graph.hasName → ${inGraph ? 'yes' : ctx.graph ? 'no' : 'no graph model'}`);
      if (!inGraph) findings.push(report('unknown-identifier', e.text, { searched: describeSearched(ctx) }, 'error'));
    }
    return { evidence, findings, signal: findings.length > 0 ? 'unknown-subject' : 'found', trace };
  },
};
