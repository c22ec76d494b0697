import { ANAPHORS } from '../../lang/anaphors.js';
import { LEADING_CLAUSE_OPENERS, LEADING_PREPOSITIONS } from '../../lang/leading-openers.js';
import { contentLemmas, tokens } from '../text.js';
import { tag } from '../../lang/nlp.js';
import { ELLIPSIS_OPENERS } from '../../lang/ellipsis-openers.js';

const ANAPHOR = new Set(ANAPHORS);
const ELLIPSIS = new Set(ELLIPSIS_OPENERS);

const LEADING_CLAUSE = new RegExp(`^(?:${[...LEADING_CLAUSE_OPENERS, ...LEADING_PREPOSITIONS].join('|')})\\b[^,]*,\\s*(.*)$`, 'i');
const LEADING_PHRASE = new RegExp(`^(?:${LEADING_PREPOSITIONS.join('|')})\\s+\\S+\\s+(.*)$`, 'i');

/** The main clause of a sentence, past a leading "When …," or "In Graph". */
export function mainClause(text: string): string {
  return LEADING_CLAUSE.exec(text)?.[1] ?? LEADING_PHRASE.exec(text)?.[1] ?? text;
}

/** The first content word of the main clause: a stand-in for its subject. */
export function subjectLemma(text: string): string | undefined {
  return contentLemmas(mainClause(text))[0];
}

/** The subject word of a sentence that names its own subject; none when the main clause opens with "it", "they", "this" … */
export function ownSubjectLemma(text: string): string | undefined {
  const first = tokens(mainClause(text))[0];
  return first !== undefined && ANAPHOR.has(first) ? undefined : subjectLemma(text);
}

/** The first few words of the main clause (its subject, roughly). */
export function subjectWords(text: string, n: number): string[] {
  return tokens(mainClause(text))
    .filter((t) => !['the', 'a', 'an', 'your', 'each', 'every', 'any'].includes(t))
    .slice(0, n);
}

/**
 * The content lemmas of what the main clause says about its subject: its words from the first verb or auxiliary
 * on, less the subject's own words ("The legacy policies are not on their way out" → way). Undefined when the
 * tagger finds no verb after a subject (a fragment, a clause that opens with its verb); empty for an elliptical
 * clause ("So are Surface Hub systems", "Neither is the portal"), whose predicate was said before it.
 */
export function predicateLemmas(text: string): string[] | undefined {
  const clause = mainClause(text);
  const tagged = tag(clause);
  const verb = tagged.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  // "So are Surface Hub systems": the predicate is the one said before; the clause states none of its own
  if (verb === 1 && tagged[verb]?.pos === 'AUX' && ELLIPSIS.has(tagged[0]?.text.toLowerCase() ?? '')) return [];
  const at = tagged[verb]?.start;
  if (verb <= 0 || at === undefined) return undefined;
  const subject = new Set(contentLemmas(clause.slice(0, at)));
  return contentLemmas(clause.slice(at)).filter((l) => !subject.has(l));
}
