import type { Evidence } from '../../schema/index.js';
import type { Checker, CheckResult } from '../types.js';
import type { Passage } from '../../evidence/types.js';
import { reporter } from '../report.js';
import { keyNumbers } from '../key-entities.js';
import { contentWords, figures, statesFigures } from '../text.js';
import { describeSearched } from '../evidence-access.js';
import { THRESHOLDS } from '../thresholds.js';

const messages = {
  'figure-unsourced': 'the figure {{subject}} appears in no source; searched {{searched}}',
} as const;
const report = reporter<keyof typeof messages>('statistic', messages);

const DIGIT_FIRST = /^\d/;
/** The figures of a statistic: numbers that start with a digit (`v2.0`, `TLS 1.2` are versions, not figures). */
const statFigures = (claim: Parameters<typeof keyNumbers>[0]) => keyNumbers(claim).filter((e) => DIGIT_FIRST.test(e.text));

/** Figures of statistic claims (percentages, rates) need a passage that states the same number. */
export const statistic: Checker = {
  id: 'statistic',
  meta: { description: 'numbers and percentages need a source that states the same number', messages },
  appliesTo: (claim) => claim.checkworthy && claim.kind === 'statistic' && statFigures(claim).length > 0,
  async check(claim, ctx): Promise<CheckResult> {
    const evidence: Evidence[] = [];
    const findings: CheckResult['findings'] = [];
    const trace: string[] = [];
    const query = contentWords(claim.text).join(' ');
    const passages: Passage[] = (await Promise.all(ctx.sources.map((s) => s.search(query, { limit: THRESHOLDS.searchLimit })))).flat();
    for (const e of statFigures(claim)) {
      const inPassage = passages.find((p) => statesFigures(p.text, e.text));
      trace.push(`${e.text} (figures ${figures(e.text).join(', ')}): ${inPassage ? `stated in passage ${inPassage.url}` : `stated in none of the ${passages.length} passages found for the claim`}`);
      if (!inPassage) findings.push(report('figure-unsourced', e.text, { searched: describeSearched(ctx, false) }, 'warning'));
      else evidence.push({ url: inPassage.url, stance: 'related', source: inPassage.source, matched: [e.text] });
    }
    // A statistic's figure is its key part: unsourced, the claim stays unverified (DESIGN 5 rule 4).
    const signal = findings.length > 0 ? (claim.kind === 'statistic' ? 'unknown-subject' : 'no-support') : evidence.length > 0 ? 'found' : 'not-applicable';
    return { evidence, findings, signal, trace };
  },
};
