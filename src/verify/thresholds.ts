/**
 * Every tunable number of the verify stage, in one place. Coverage is the share of a claim's
 * content lemmas (stop words dropped, light stemming, see text.ts) found in one passage's
 * title + heading + text.
 */
export const THRESHOLDS = {
  /**
   * A passage supports a claim when it has all key entities and at least this coverage. Raised from 0.6:
   * a distortion hides in the words a passage may lack, and on the counterfactual suite 0.75 let 129 of 849
   * distortions through instead of 179, for 160 instead of 174 of 305 true originals verified (0.85: 67 and 111).
   */
  support: 0.75,
  /**
   * At least this share of what the claim says about its subject (its predicate) must be among the words a
   * supporting passage states: a subject's words alone are no support.
   */
  predicateShare: 0.5,
  /** Claims with no key entity (nothing exact to anchor on) need more of their words matched. */
  supportWithoutEntities: 0.8,
  /** A passage partly supports a claim at this coverage, if it also matches at least one key entity. */
  partial: 0.4,
  /** Claims with fewer content lemmas than this are too thin to be supported by word overlap. */
  minContentLemmas: 3,
  /** Without a key entity, a claim needs this many content lemmas before word overlap can support it. */
  minContentLemmasWithoutEntities: 6,
  /** Coverage is measured in the best window of max(windowMinTokens, claim tokens × windowPerClaimToken) passage tokens. */
  windowMinTokens: 40,
  windowPerClaimToken: 2,
  /** Acronyms of one claim looked up in the documentation (doc-acronyms.ts). */
  acronymsPerClaim: 3,
  /** Passages per source searched for an acronym's definitions. */
  acronymSearchLimit: 25,
  /** Definitions needed before an acronym's long form is taken, and the share of them that must agree on it. */
  acronymMinDefinitions: 2,
  acronymAgreement: 0.75,
  /** Words sent in one search (key entity words first): each OR term costs FTS time. */
  maxQueryWords: 12,
  /** Passages requested per source and query. */
  searchLimit: 15,
  /** Content words never seen in any source are looked up at most this many per claim. */
  maxVocabularyLookups: 6,
  /** A single all-caps token up to this length (TLS, JWT, MFA) is a generic acronym, not a key name. */
  acronymMaxLength: 5,
  /** An entity starting within this many words of the claim start is its grammatical subject. */
  subjectWindowWords: 3,
  /**
   * Exact specifics (figures, identifiers, codes, dates) must each sit in one passage sentence together with
   * at least this many of the claim's other content lemmas (or all of them when fewer): a figure or name
   * that only occurs elsewhere on the page is coincidence, not support.
   */
  anchorLemmas: 2,
  /**
   * Support must be stated in one stretch of the passage: at most this many sentences in a row (with the
   * title and heading) must hold the claim's words at the support threshold.
   */
  carrierSentences: 2,
  /** Passage sentences compared slot by slot with a claim (those sharing the most claim lemmas, see slots/align.ts). */
  alignedSentences: 6,
  /** Sentences after an aligned one that a rule with `readsNext` (default value) reads with it: a list of values under a setting's name. */
  followingSentences: 4,
  /**
   * A slot conflict is plain (evidence against the claim, see policy.ts) when the sentence stating the other
   * value has at least this share of the claim's content lemmas and its subject word.
   */
  plainConflictShare: 0.6,
  /** The share of a claim's content words a sentence must align with, in order, before a word put for another in it counts (slots/substitution.ts). */
  substitutionAlignedShare: 0.5,
  /** A conflicting passage outweighs support when one of its sentences states this much more of the claim in order (passage-support). */
  outweighAlignedMargin: 0.1,
  /** A passage that leaves a slot of the claim unstated outweighs support when one of its sentences states this much more of the claim in order. */
  outweighUnstatedMargin: 0.2,
  /**
   * A sentence that has at least this share of a claim's content lemmas and negates another word, where the
   * claim negates nothing, states the claim negated (slots/polarity.ts).
   */
  negatedStatementShare: 0.8,
  /** Share of a passage's non-blank lines that are links ("[title]") for it to be a link list, never support. */
  linkListShare: 0.6,
  /** Evidence items kept per checker and subject. */
  maxEvidencePerSubject: 2,
} as const;
