import type { EmbeddedRule, KindRule, Rule, SegmentRule, SplitRule, SubjectRule } from './types.js';
import { aliasInParentheses } from './embedded/alias.js';
import { reducedRelative } from './embedded/reduced-relative.js';
import { rename } from './embedded/rename.js';
import { meansClause } from './split/means-clause.js';
import { agentParticiple } from './split/agent-participle.js';
import { quotedText } from './segment/quoted-text.js';
import { captionLine } from './segment/caption-line.js';
import { serialList } from './split/serial-list.js';
import { relativeClause } from './split/relative-clause.js';
import { verbPhrase } from './split/verb-phrase.js';
import { reasonClause } from './split/reason-clause.js';
import { participleClause } from './split/participle-clause.js';
import { pronounClause } from './split/pronoun-clause.js';
import { labelItem } from './subject/label-item.js';
import { verbFirstItem } from './subject/verb-first-item.js';
import { pronoun } from './subject/pronoun.js';
import { demonstrative } from './subject/demonstrative.js';
import { headingFact } from './kind/heading-fact.js';
import { markerLine } from './kind/marker-line.js';
import { linkOnly } from './kind/link-only.js';
import { captionLabel } from './kind/caption-label.js';
import { tocList } from './kind/toc-list.js';
import { namedItem } from './kind/named-item.js';
import { truncated } from './kind/truncated.js';
import { narrative } from './kind/narrative.js';
import { aboutTheArticle } from './kind/about-the-article.js';
import { firstPerson } from './kind/first-person.js';
import { pointer } from './kind/pointer.js';
import { leadIn } from './kind/lead-in.js';
import { hype } from './kind/hype.js';
import { verblessLine } from './kind/verbless-line.js';
import { speculation } from './kind/speculation.js';
import { vague } from './kind/vague.js';
import { openComparison } from './kind/open-comparison.js';

export type { Rule, KindRule, SegmentRule, SplitRule, SubjectRule, EmbeddedRule } from './types.js';

/** segment: applied in order to each block's sentence ranges. */
export const SEGMENT_RULES: readonly SegmentRule[] = [quotedText, captionLine];

/** split: any rule may veto a cut of splitAtomic; rules with `cuts` propose cuts of their own. */
export const SPLIT_RULES: readonly SplitRule[] = [serialList, relativeClause, verbPhrase, reasonClause, participleClause, pronounClause, meansClause, agentParticiple];

/** embedded: every rule adds the facts it finds inside a sentence (beside those of embedded.ts). */
export const EMBEDDED_RULES: readonly EmbeddedRule[] = [reducedRelative, rename, aliasInParentheses];

/** subject: applied in order, each to the text the one before left (a label item, then its pronoun, …). */
export const SUBJECT_RULES: readonly SubjectRule[] = [labelItem, verbFirstItem, pronoun, demonstrative];

/** kind: the first rule that answers decides; when none does, classify() decides by entities and cues. */
export const KIND_RULES: readonly KindRule[] = [
  markerLine,
  linkOnly,
  captionLabel,
  headingFact,
  tocList,
  namedItem,
  truncated,
  narrative,
  aboutTheArticle,
  firstPerson,
  pointer,
  leadIn,
  hype,
  vague,
  openComparison,
  speculation,
  verblessLine,
];

export const ALL_RULES: readonly Rule[] = [...SEGMENT_RULES, ...SPLIT_RULES, ...SUBJECT_RULES, ...EMBEDDED_RULES, ...KIND_RULES];
