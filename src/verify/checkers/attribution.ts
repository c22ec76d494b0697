import type { Evidence, Entity } from '../../schema/index.js';
import type { Checker, CheckResult } from '../types.js';
import { reporter } from '../report.js';
import { LEADING_ARTICLE, termVariants } from '../text.js';
import { describeSearched, findAnywhere } from '../evidence-access.js';
import { alternation } from '../../lang/words.js';
import { HONORIFICS } from '../../lang/honorifics.js';
import { TITLE_GENRES } from '../../lang/title-genres.js';

const messages = {
  'unknown-person': 'no source names {{subject}}; searched {{searched}}',
  'unknown-document': 'no source has a document called "{{subject}}"; searched {{searched}}',
} as const;
const report = reporter<keyof typeof messages>('attribution', messages);

/** A title and its dot before a person's name ("Dr. "), with the spaces after it. */
const LEADING_HONORIFIC = new RegExp(`^(?:${alternation(HONORIFICS)})\\.+\\s*`);
const SPACE_RUN = /\s+/;
/** An owner's possessive opening a document title ("Contoso's "). */
const LEADING_POSSESSIVE = /^[\w.-]+[’']s\s+/;
/** A genre word ending a document title (" migration guide" → " migration"). */
const TRAILING_GENRE = new RegExp(`\\s+(?:${alternation(TITLE_GENRES)})$`, 'i');

/** A person needs at least two name words ("Dr" alone names no one); a document title loses its owner's possessive. */
function subjects(entities: Entity[]): Array<{ e: Entity; text: string }> {
  const out: Array<{ e: Entity; text: string }> = [];
  for (const e of entities) {
    if (e.type === 'person') {
      const name = e.text.replace(LEADING_HONORIFIC, '').trim();
      if (name.split(SPACE_RUN).length >= 2) out.push({ e, text: name });
    } else if (e.type === 'document') {
      out.push({
        e,
        text: e.text.replace(LEADING_POSSESSIVE, '').replace(LEADING_ARTICLE, '').trim(),
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
      const bare = e.type === 'document' ? text.replace(TRAILING_GENRE, '') : text;
      const variants = [...new Set([...termVariants(text), ...(bare !== text && bare.split(SPACE_RUN).length >= 2 ? [bare] : [])])];
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
