import type { Evidence } from '../../schema/index.js';
import type { Checker, CheckResult } from '../types.js';
import { reporter } from '../report.js';
import { dateVariants, parseDate } from '../dates.js';
import { describeSearched, findAnywhere } from '../evidence-access.js';

const messages = {
  'date-past': '{{subject}} is already past on the check date (--as-of); the claim may be out of date',
  'date-unannounced': 'no source states {{subject}}; searched {{searched}}',
} as const;
const report = reporter<keyof typeof messages>('date', messages);

/** Deadline, deprecation, retirement, announcement wording. */
const ROADMAP = /\b(?:deprecat\w*|retir\w*|sunset\w*|end of (?:life|support)|deadline|announc\w*|will|by|until|before|no longer|removed?|launch\w*|general availability|GA|preview|roadmap)\b/i;

/** Dates on roadmap claims: already past relative to --as-of, or never stated by any source. */
export const date: Checker = {
  id: 'date',
  meta: { description: 'deadlines and deprecations: past dates, and future dates no source announces', messages },
  appliesTo: (claim) => claim.checkworthy && claim.entities.some((e) => e.type === 'date') && (claim.kind === 'date-roadmap' || ROADMAP.test(claim.text)),
  async check(claim, ctx): Promise<CheckResult> {
    const evidence: Evidence[] = [];
    const findings: CheckResult['findings'] = [];
    const trace: string[] = [];
    let unstated = 0;
    let checked = 0;
    for (const e of claim.entities.filter((x) => x.type === 'date')) {
      const range = parseDate(e.text);
      if (!range) {
        trace.push(`${e.text}: not a date I can compare`);
        continue;
      }
      if (range.last < ctx.asOf) findings.push(report('date-past', e.text, { asOf: ctx.asOf }, 'warning'));
      if (range.precision === 'year') {
        trace.push(`${e.text}: a bare year; every source mentions years, not looked up`);
        continue;
      }
      checked++;
      const variants = dateVariants(e.text);
      const { term, hits } = await findAnywhere(ctx, variants);
      trace.push(
        `${e.text} (${range.first}..${range.last}, ${range.last < ctx.asOf ? 'past' : 'future'} as of ${ctx.asOf}): findTerm ${variants.map((v) => JSON.stringify(v)).join(' | ')} → ${hits.length} hit(s)`,
      );
      const h = hits[0];
      if (!h) {
        unstated++;
        findings.push(report('date-unannounced', e.text, { searched: describeSearched(ctx, false) }, 'warning'));
      } else {
        const ev: Evidence = { url: h.url, stance: 'related', source: h.source, matched: [term] };
        if (h.retrievedAt) ev.retrievedAt = h.retrievedAt;
        if (h.title) ev.title = h.title;
        evidence.push(ev);
      }
    }
    // On a roadmap claim the date is the key part: a date no source states leaves the claim unverified
    // (DESIGN 5 rule 4), however well a passage matches its other words.
    const signal = checked === 0 ? 'not-applicable' : unstated > 0 ? (claim.kind === 'date-roadmap' ? 'unknown-subject' : 'no-support') : 'found';
    return { evidence, findings, signal, trace };
  },
};
