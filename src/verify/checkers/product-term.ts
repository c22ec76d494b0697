import type { Evidence } from '../../schema/index.js';
import type { Checker, CheckResult } from '../types.js';
import { reporter } from '../report.js';
import { keyNames } from '../key-entities.js';
import { termVariants } from '../text.js';
import { describeSearched, findAnywhere } from '../evidence-access.js';
import { THRESHOLDS } from '../thresholds.js';

const messages = {
  'unknown-name': '"{{subject}}": no source names it; searched {{searched}}',
} as const;
const report = reporter<keyof typeof messages>('product-term', messages);

/** Named services, products and the article's recurring concepts that no source knows. */
export const productTerm: Checker = {
  id: 'product-term',
  meta: { description: 'product names and recurring concepts must appear in some source', messages },
  appliesTo: (claim) => claim.checkworthy && keyNames(claim).length > 0,
  async check(claim, ctx): Promise<CheckResult> {
    const evidence: Evidence[] = [];
    const findings: CheckResult['findings'] = [];
    const trace: string[] = [];
    for (const e of keyNames(claim)) {
      const variants = termVariants(e.text);
      const { term, hits } = await findAnywhere(ctx, variants);
      trace.push(`findTerm ${variants.map((v) => JSON.stringify(v)).join(' | ')} (phrase, case-insensitive) → ${hits.length} hit(s)${hits[0] ? `, first ${hits[0].url}` : ''}`);
      if (hits.length === 0) {
        findings.push(report('unknown-name', e.text, { searched: describeSearched(ctx, false) }, 'error'));
        continue;
      }
      for (const h of hits.slice(0, 1)) {
        const ev: Evidence = { url: h.url, stance: 'related', source: h.source, matched: [term] };
        if (h.retrievedAt) ev.retrievedAt = h.retrievedAt;
        if (h.title) ev.title = h.title;
        if (h.anchor) ev.anchor = h.anchor;
        if (evidence.length < THRESHOLDS.maxEvidencePerSubject * 3) evidence.push(ev);
      }
    }
    return { evidence, findings, signal: findings.length > 0 ? 'unknown-subject' : 'found', trace };
  },
};
