import { rowLabel } from './kind/row-label.js';
import { answerCell } from './kind/answer-cell.js';
import { emphasizedQuestion } from './segment/emphasized-question.js';
import type { EmbeddedRule, EntityRule, KindRule, Rule, SegmentRule, SplitRule, SubjectRule } from './types.js';
import { documentTitle } from './entities/document-title.js';
import { url } from './entities/url.js';
import { apiPath } from './entities/api-path.js';
import { header } from './entities/header.js';
import { errorCode } from './entities/error-code.js';
import { identifier } from './entities/identifier.js';
import { date } from './entities/date.js';
import { number } from './entities/number.js';
import { person } from './entities/person.js';
import { productName } from './entities/product-name.js';
import { concept } from './entities/concept.js';
import { labelledField } from './embedded/labelled-field.js';
import { adjunctCoreRule } from './embedded/adjunct-core.js';
import { aliasInParentheses } from './embedded/alias.js';
import { reducedRelative } from './embedded/reduced-relative.js';
import { rename } from './embedded/rename.js';
import { valuePerName } from './embedded/value-per-name.js';
import { meansClause } from './split/means-clause.js';
import { agentParticiple } from './split/agent-participle.js';
import { quotedText } from './segment/quoted-text.js';
import { captionLine } from './segment/caption-line.js';
import { titleLine } from './segment/title-line.js';
import { serialList } from './split/serial-list.js';
import { relativeClause } from './split/relative-clause.js';
import { verbPhrase } from './split/verb-phrase.js';
import { reasonClause } from './split/reason-clause.js';
import { participleClause } from './split/participle-clause.js';
import { pronounClause } from './split/pronoun-clause.js';
import { exampleObject } from './split/example-object.js';
import { readerFrame } from './subject/reader-frame.js';
import { labelItem } from './subject/label-item.js';
import { tableCell } from './subject/table-cell.js';
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
import { whTitle } from './kind/wh-title.js';

export type { Rule, KindRule, SegmentRule, SplitRule, SubjectRule, EmbeddedRule, EntityRule } from './types.js';

/** segment: applied in order to each block's sentence ranges. */
export const SEGMENT_RULES: readonly SegmentRule[] = [quotedText, captionLine, titleLine, emphasizedQuestion];

/** split: any rule may veto a cut of splitAtomic; rules with `cuts` propose cuts of their own. */
export const SPLIT_RULES: readonly SplitRule[] = [serialList, relativeClause, verbPhrase, reasonClause, participleClause, pronounClause, meansClause, agentParticiple, exampleObject];

/** embedded: every rule adds the facts it finds inside a sentence, in this order. */
export const EMBEDDED_RULES: readonly EmbeddedRule[] = [reducedRelative, rename, aliasInParentheses, labelledField, adjunctCoreRule, valuePerName];

/** entities: every rule proposes entities; an earlier rule wins an overlap, so this is a priority order. */
export const ENTITY_RULES: readonly EntityRule[] = [documentTitle, url, apiPath, header, errorCode, identifier, date, number, person, productName, concept];

/** subject: applied in order, each to the text the one before left (a label item, then its pronoun, …). */
export const SUBJECT_RULES: readonly SubjectRule[] = [readerFrame, labelItem, verbFirstItem, tableCell, pronoun, demonstrative];

/** kind: the first rule that answers decides; when none does, classify() decides by entities and cues. */
export const KIND_RULES: readonly KindRule[] = [
  rowLabel,
  answerCell,
  markerLine,
  linkOnly,
  captionLabel,
  headingFact,
  tocList,
  namedItem,
  truncated,
  whTitle,
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

export const ALL_RULES: readonly Rule[] = [...SEGMENT_RULES, ...SPLIT_RULES, ...SUBJECT_RULES, ...EMBEDDED_RULES, ...ENTITY_RULES, ...KIND_RULES];
