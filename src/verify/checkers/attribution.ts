import type { Evidence, Entity } from '../../schema/index.js';
import type { Checker, CheckResult } from '../types.js';
import { reporter } from '../report.js';
import { termVariants } from '../text.js';
import { describeSearched, findAnywhere } from '../evidence-access.js';

const messages = {
  'unknown-person': 'no source names {{subject}}; searched {{searched}}',
  'unknown-document': 'no source has a document called "{{subject}}"; searched {{searched}}',
} as const;
const report = reporter<keyof typeof messages>('attribution', messages);

/** A person needs at least two name words ("Dr" alone names no one); a document title loses its owner's possessive. */
function subjects(entities: Entity[]): Array<{ e: Entity; text: string }> {
  const out: Array<{ e: Entity; text: string }> = [];
  for (const e of entities) {
    if (e.type === 'person') {
      const name = e.text.replace(/^(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.+\s*/, '').trim();
      if (name.split(/\s+/).length >= 2) out.push({ e, text: name });
    } else if (e.type === 'document') {
      out.push({
        e,
        text: e.text
          .replace(/^[\w.-]+[’']s\s+/, '')
          .replace(/^(?:the|a|an)\s+/i, '')
          .trim(),
      });
    }
  }
  return out;
}

/** Named people and documents (briefings, reports, guides) need a source that has them. */
export const attribution: Checker = {
  id: 'attribution',
  meta: { description: 'named people and documents must appear in some source', messages },
  appliesTo: (claim) => claim.checkworthy && subjects(claim.entities).length > 0,
  async check(claim, ctx): Promise<CheckResult> {
    const evidence: Evidence[] = [];
    const findings: CheckResult['findings'] = [];
    const trace: string[] = [];
    for (const { e, text } of subjects(claim.entities)) {
      // A document title may end in its genre word ("… migration guide"); try the title without it last.
      const bare = e.type === 'document' ? text.replace(/\s+(?:guide|documentation|docs|checklist|report|briefing|whitepaper|handbook|playbook|article|page)$/i, '') : text;
      const variants = [...new Set([...termVariants(text), ...(bare !== text && bare.split(/\s+/).length >= 2 ? [bare] : [])])];
      const { term, hits } = await findAnywhere(ctx, variants);
      trace.push(`findTerm ${variants.map((v) => JSON.stringify(v)).join(' | ')} → ${hits.length} hit(s)`);
      if (hits.length === 0) {
        findings.push(report(e.type === 'person' ? 'unknown-person' : 'unknown-document', text, { searched: describeSearched(ctx, false) }, 'error'));
        continue;
      }
      const h = hits[0];
      if (h) {
        const ev: Evidence = { url: h.url, stance: 'related', source: h.source, matched: [term] };
        if (h.retrievedAt) ev.retrievedAt = h.retrievedAt;
        if (h.title) ev.title = h.title;
        evidence.push(ev);
      }
    }
    return { evidence, findings, signal: findings.length > 0 ? 'unknown-subject' : 'found', trace };
  },
};
