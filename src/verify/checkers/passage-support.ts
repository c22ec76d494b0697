import { quantity } from '../slots/quantity.js';
import { alternation } from '../../lang/words.js';
import type { Claim, Entity, Evidence, Finding } from '../../schema/index.js';
import { renamesOf } from '../renames.js';
import { articleAcronyms } from '../acronyms.js';
import { acronymKeys, documentedAcronyms, inClaimAcronyms, spelledOutQuery } from '../doc-acronyms.js';
import { ALIAS_PHRASES } from '../../lang/alias-phrases.js';
import { DISCOURSE_MARKERS } from '../../lang/discourse-markers.js';
import type { Checker, CheckContext, CheckResult } from '../types.js';
import type { Passage } from '../../evidence/types.js';
import { citeUrl } from '../../evidence/index.js';
import { reporter } from '../report.js';
import { isGenericAcronym, isLinkTarget, NAME_TYPES, passageKeys } from '../key-entities.js';
import { contentWords, lemma, prepare, tokens } from '../text.js';
import { describeSearched, findAnywhere } from '../evidence-access.js';
import { passageSentences, rankScored, scorePassage, titleNamesKey, type ScoredPassage } from '../passage-score.js';
import { entityIn } from '../match.js';
import type { SlotFinding } from '../slots/align.js';
import { THRESHOLDS } from '../thresholds.js';

const messages = {
  'no-passage': 'no supporting passage in {{searched}}',
  'partial-passage': 'best passage {{url}} covers {{coverage}} of the claim; {{why}}',
  'unknown-words': 'the word(s) {{subject}} appear in no source, so the claim cannot be fully supported',
  'contrast-unsupported': 'best passage {{url}}: {{detail}}',
  'slot-conflict': 'passage {{url}} states the {{slot}} otherwise: {{detail}}',
  'slot-refutes': 'passage {{url}} says otherwise about the same subject: {{detail}} ("{{sentence}}")',
  'slot-unstated': 'best passage {{url}} has the claim’s words but not what it states: {{detail}}',
} as const;
const report = reporter<keyof typeof messages>('passage-support', messages);

/**
 * Why the best passage supports only part of the claim: the names it lacks, or else the first demand of support it
 * falls short of (scorePassage's `short`: the words it lacks, the slot it states otherwise or leaves unstated …).
 */
function partialReason(best: ScoredPassage, unknown: readonly string[], outweighs: ScoredPassage | undefined): string {
  const names = [...best.missing.map((m) => m.text), ...unknown];
  if (names.length > 0) return `missing ${names.join(', ')}`;
  if (best.short) return best.short();
  // it met every demand, and a passage that states more of the claim withdrew its support
  if (outweighs) return `${outweighs.passage.url} states more of the claim and ${outweighs.conflict ? `says otherwise: ${outweighs.conflict.detail}` : 'leaves part of it unstated'}`;
  return best.conflict?.detail ?? 'it states only part of it';
}

/** Candidate passages: the union of each source's top passages for the queries. */
async function candidates(ctx: CheckContext, queries: string[]): Promise<Passage[]> {
  const seen = new Map<string, Passage>();
  for (const q of queries) {
    if (q.trim() === '') continue;
    const lists = await Promise.all(ctx.sources.map((s) => s.search(q, { limit: THRESHOLDS.searchLimit })));
    for (const p of lists.flat()) if (!seen.has(`${p.source}|${p.url}`)) seen.set(`${p.source}|${p.url}`, p);
  }
  return [...seen.values()];
}

/**
 * The sections of the pages the claim links to ("[token lifetimes](https://learn.microsoft.com/…)"), from a source
 * that keeps their text: the page its author cites is read whatever the search ranks first.
 */
export function citedPassages(claim: Claim, ctx: Pick<CheckContext, 'sources'>): Passage[] {
  const out: Passage[] = [];
  for (const e of claim.entities) {
    if (e.type !== 'url' || !isLinkTarget(claim, e)) continue;
    const page = ctx.sources.map((s) => (s.keepsText ? s.knownPage?.(e.text) : undefined)).find((p) => p !== undefined);
    if (!page) continue;
    for (const section of page.sections) {
      if (!section.text) continue;
      const passage: Passage = { url: citeUrl(page.url, section.anchor), heading: section.heading, text: section.text, score: 0, source: page.source };
      if (page.title) passage.title = page.title;
      if (section.anchor) passage.anchor = section.anchor;
      out.push(passage);
    }
  }
  return out;
}

/** The evidence list, with the best passage from a page whose title names the claim's key name added when none is in it. */
function withTitledPage(chosen: readonly ScoredPassage[], candidates: readonly ScoredPassage[]): ScoredPassage[] {
  if (chosen.some(titleNamesKey)) return [...chosen];
  const titled = candidates.find(titleNamesKey);
  return titled ? [...chosen, titled] : [...chosen];
}

function toEvidence(s: ScoredPassage, stance: Evidence['stance'] = 'supports'): Evidence {
  const ev: Evidence = { url: s.passage.url, stance, source: s.passage.source, matched: [...s.matched.map((m) => m.text), ...s.words].slice(0, 12) };
  if (s.passage.retrievedAt) ev.retrievedAt = s.passage.retrievedAt;
  if (s.passage.title) ev.title = s.passage.title;
  if (s.passage.anchor) ev.anchor = s.passage.anchor;
  return ev;
}

/**
 * Bare acronyms the claim uses that the article defines ("a TAP" after "Temporary Access Pass (TAP)"): no
 * longer generic vocabulary but a named thing, so a supporting passage must name it, in either form.
 */
function definedAcronyms(claim: Claim, ctx: CheckContext): Entity[] {
  const defined = articleAcronyms(ctx.claims);
  const keys = new Set(passageKeys(claim).map((k) => k.text.toLowerCase()));
  // in a claim that two names are one ("X is also known as EVP"), the bare acronym is what is checked
  const naming = ALIAS_PHRASE.test(claim.text);
  return claim.entities.filter((e) => (e.type === 'product' || e.type === 'feature') && isGenericAcronym(e.text) && (naming || defined.has(e.text.toLowerCase())) && !keys.has(e.text.toLowerCase()));
}

/** A claim that says two names name the same thing. */
const ALIAS_PHRASE = new RegExp(`\\b(?:${alternation(ALIAS_PHRASES)})\\b`, 'i');

/**
 * Other names of the key product and feature names: the long form of an acronym the article defines, and
 * the names the documentation renamed them from or to. name (lower case) → its other names.
 */
async function renamedKeys(ctx: CheckContext, keys: Entity[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const acronyms = articleAcronyms(ctx.claims);
  for (const k of keys) {
    if (k.type !== 'product' && k.type !== 'feature') continue;
    const spelled = acronyms.get(k.text.toLowerCase()) ?? [];
    const others = new Set(spelled);
    for (const name of [k.text, ...spelled]) for (const r of await renamesOf(ctx, name)) others.add(r);
    if (others.size > 0) out.set(k.text.toLowerCase(), [...others]);
  }
  return out;
}

/** The query with each renamed name's words replaced by its other names' words; undefined when nothing was renamed. */
function renameQuery(query: string, renames: ReadonlyMap<string, string[]>): string | undefined {
  if (renames.size === 0) return undefined;
  const drop = new Set([...renames.keys()].flatMap((n) => tokens(n)));
  const add = [...renames.values()].flat().flatMap((n) => tokens(n));
  return [...new Set([...add, ...tokens(query).filter((w) => !drop.has(w))])].slice(0, THRESHOLDS.maxQueryWords).join(' ');
}

const WHITESPACE_RUN = /\s+/g;
/** A space an aside's removal leaves before a punctuation mark. */
const SPACE_BEFORE_STOP = /\s+(?=[.,;:!?])/g;
/** A parenthetical aside in a claim, with the space before it: " (OpenID Connect)". */
const PARENTHETICAL = /\s*\([^()]*\)/g;
/**
 * The claim's parenthetical asides when each is one key name qualifying the key name right before it ("ID Token
 * (OpenID Connect)"), as [name, aside] pairs. Undefined when any aside is something else ("(preview)", a clause,
 * a figure): then the words outside the asides are not the whole claim.
 */
function nameAsides(text: string, keys: readonly Entity[]): Array<[Entity, Entity]> | undefined {
  const pairs: Array<[Entity, Entity]> = [];
  for (const m of text.matchAll(PARENTHETICAL)) {
    const inner = m[0].trim().slice(1, -1).trim();
    const aside = keys.find((k) => k.text === inner && NAME_TYPES.has(k.type));
    const before = text.slice(0, m.index).trimEnd();
    const host = keys.find((k) => k !== aside && NAME_TYPES.has(k.type) && before.endsWith(k.text));
    if (!aside || !host) return undefined;
    pairs.push([host, aside]);
  }
  return pairs.length > 0 ? pairs : undefined;
}

/** A passage that names both in one sentence: what ties an aside to the name it qualifies. */
function namesTogether(p: Passage, a: Entity, b: Entity): boolean {
  return passageSentences(p).some((raw) => {
    const sentence = prepare(raw);
    return entityIn(sentence, a) && entityIn(sentence, b);
  });
}

const clip = (t: string, n = 160): string => (t.length > n ? `${t.slice(0, n - 1)}…` : t).replace(WHITESPACE_RUN, ' ').trim();

function conflictReport(claimText: string, s: ScoredPassage): Finding {
  const c = s.conflict;
  if (c?.messageId === 'slot-conflict') return report('slot-conflict', claimText.slice(0, 60), { url: s.passage.url, slot: c.rule ?? 'slot', detail: c.detail }, 'warning');
  return report('contrast-unsupported', claimText.slice(0, 60), { url: s.passage.url, detail: c?.detail ?? '' }, 'warning');
}

/** BM25 passages that cover the claim's content words and all its key entities. */
export const passageSupport: Checker = {
  id: 'passage-support',
  meta: { description: 'a passage must cover the claim’s key entities and most of its content words', messages },
  appliesTo: (claim) => claim.checkworthy,
  async check(claim, ctx): Promise<CheckResult> {
    // an acronym the article or the documentation defines ("TAP", "MFA"): pages that spell it out state the same
    // thing, read as the claim names it
    const glossary = await documentedAcronyms(ctx, claim, articleAcronyms(ctx.claims));
    const named = [...passageKeys(claim), ...definedAcronyms(claim, ctx)];
    const keys = [...named, ...acronymKeys(claim, glossary, named)];
    const words = contentWords(claim.text);
    const keyWords = [...new Set(keys.flatMap((k) => tokens(k.text)).filter((w) => w.length > 1))];
    const renames = await renamedKeys(ctx, keys);
    const queries = [[...new Set([...keyWords, ...words])].slice(0, THRESHOLDS.maxQueryWords).join(' ')];
    // with the names the docs use now (or used before) in place of the article's, as a second query
    const renamedQuery = renameQuery(queries[0] ?? '', renames);
    if (renamedQuery) queries.push(renamedQuery);
    const spelledQuery = spelledOutQuery(queries[0] ?? '', glossary);
    if (spelledQuery) queries.push(spelledQuery);
    // the passage scored in the claim's naming, cited as the page writes it
    const score = (c: Claim, k: Entity[], p: Passage): ScoredPassage =>
      glossary.size === 0 ? scorePassage(c, k, p, renames) : { ...scorePassage(c, k, inClaimAcronyms(p, glossary), renames), passage: p };
    // without its parenthetical asides ("ID Token (OpenID Connect) is valid for 1 hour"): a name in an aside
    // qualifies the subject, and the section that states the fact may not repeat it; asked only when the
    // queries above find no support (each query is a full-text search per source)
    const core = claim.text.replace(PARENTHETICAL, ' ');
    const coreKeys = keys.filter((k) => core.includes(k.text));
    const coreQuery =
      core === claim.text ? '' : [...new Set([...coreKeys.flatMap((k) => tokens(k.text)).filter((w) => w.length > 1), ...contentWords(core)])].slice(0, THRESHOLDS.maxQueryWords).join(' ');
    const trace = [`search ${queries.map((q) => JSON.stringify(q)).join(' and ')} in each source (top ${THRESHOLDS.searchLimit}); key entities: ${keys.map((k) => k.text).join(', ') || 'none'}`];
    for (const [name, others] of renames) trace.push(`  "${name}" also goes by ${others.map((o) => `"${o}"`).join(', ')} (acronym defined in the article, or a rename the docs state)`);
    for (const [acronym, long] of glossary) trace.push(`  "${acronym}" stands for "${long.words}" (the documentation defines it so)`);
    const searchedFound = await candidates(ctx, queries);
    const cited = citedPassages(claim, ctx).filter((c) => !searchedFound.some((p) => p.url === c.url));
    if (cited.length > 0) trace.push(`  read the page the claim links to: ${[...new Set(cited.map((c) => c.url.split('#')[0]))].join(', ')} (${cited.length} sections)`);
    const found = [...searchedFound, ...cited];
    let scored = rankScored(found.map((p) => score(claim, keys, p)));
    if (coreQuery && !queries.includes(coreQuery) && !scored.some((x) => x.verdict === 'supports')) {
      trace.push(`  no support yet: search ${JSON.stringify(coreQuery)} too (the claim without its parenthetical asides)`);
      const known = new Set(found.map((p) => `${p.source}|${p.url}`));
      const more = (await candidates(ctx, [coreQuery])).filter((p) => !known.has(`${p.source}|${p.url}`));
      scored = rankScored([...scored, ...more.map((p) => score(claim, keys, p))]);
    }
    // A claim whose asides only qualify a name ("ID Token (OpenID Connect) is valid for 1 hour") holds two facts:
    // what the sentence says without the asides, and that each aside goes with its name. The first may be stated
    // where the aside is not repeated; the second needs one sentence that names both.
    const pairs = scored.some((x) => x.verdict === 'supports') ? undefined : nameAsides(claim.text, keys);
    const asideEvidence: ScoredPassage[] = [];
    let scoredKeys = keys;
    if (pairs) {
      const pool = scored.map((s) => s.passage);
      const coreClaim: Claim = { ...claim, text: core.replace(WHITESPACE_RUN, ' ').replace(SPACE_BEFORE_STOP, '').trim() };
      const coreScored = rankScored(pool.map((p) => score(coreClaim, coreKeys, p)));
      const tying = pairs.map(([name, aside]) => scored.find((s) => namesTogether(s.passage, name, aside)));
      if (coreScored.some((x) => x.verdict === 'supports') && tying.every((t) => t !== undefined)) {
        trace.push(
          `  without its asides the claim is supported, and ${pairs.map(([n, a]) => `"${n.text}" goes with "${a.text}"`).join(', ')} in one sentence of ${tying.map((t) => t.passage.url).join(', ')}`,
        );
        scored = coreScored;
        scoredKeys = coreKeys;
        asideEvidence.push(...tying);
      }
    }
    for (const s of scored.slice(0, 3)) {
      trace.push(
        `  ${s.verdict} ${s.passage.url} coverage ${s.coverage.toFixed(2)} entities ${s.matched.length}/${scoredKeys.length}${s.missing.length ? ` (missing ${s.missing.map((m) => m.text).join(', ')})` : ''}`,
      );
    }
    const best = scored[0];
    const searched = describeSearched(ctx, false);
    // a passage that had the words but says otherwise is worth naming even when nothing else supports the claim
    const conflicted = scored.find((s) => s.conflict !== undefined);
    const conflictFinding = conflicted?.conflict ? [conflictReport(claim.text, conflicted)] : [];
    // The passage that states the claim most fully has the last word: when it says otherwise, a passage that
    // states less of the claim does not support it ("does not support tokens issued by X" in the FAQ against
    // an overview that shares a few of its words).
    // Only the support is withdrawn: with a passage that supports it as stated, the claim is not contradicted.
    const hadSupport = scored.some((s) => s.verdict === 'supports');
    const fullest = Math.max(0, ...scored.filter((s) => s.verdict === 'supports').map((s) => s.carrier));
    // "more" by the words of one stretch, or by the words one sentence states in the claim's order
    const fullestAligned = Math.max(0, ...scored.filter((s) => s.verdict === 'supports').map((s) => s.aligned));
    const statesMore = (s: (typeof scored)[number]): boolean => s.carrier > fullest || s.aligned >= fullestAligned + THRESHOLDS.outweighAlignedMargin;
    // a passage that states much more of the claim in order and leaves one of its slots unstated outweighs too
    const statesMuchMore = (s: (typeof scored)[number]): boolean => s.aligned >= fullestAligned + THRESHOLDS.outweighUnstatedMargin;
    // a passage whose conflict turns on a claim word that no supporting passage has ("aren't synchronized"
    // against sections that never say "synchronized") speaks to what the others leave out
    const supporting = scored.filter((s) => s.verdict === 'supports');
    const hasWord = (words: readonly string[], w: string): boolean => words.some((x) => x.startsWith(w) || w.startsWith(x));
    const disputesUnsaid = (s: (typeof scored)[number]): boolean => {
      const about = s.conflict?.about;
      return about !== undefined && hasWord(s.words, about) && supporting.every((p) => !hasWord(p.words, about));
    };
    const outweighs = scored.find(
      (s) => ((s.conflict?.messageId === 'slot-conflict' && (statesMore(s) || disputesUnsaid(s))) || (s.unstated !== undefined && statesMuchMore(s))) && s.missing.length === 0,
    );
    // (traced only where it withdraws something: with no support there is nothing for it to outweigh)
    if (outweighs && hadSupport) {
      const how = outweighs.conflict ? `says otherwise: ${outweighs.conflict.detail}` : `leaves part of it unstated: ${outweighs.unstated?.[0]?.detail ?? ''}`;
      trace.push(
        `  ${outweighs.passage.url} states more of the claim (stretch ${outweighs.carrier.toFixed(2)} against ${fullest.toFixed(2)}, in order ${outweighs.aligned.toFixed(2)} against ${fullestAligned.toFixed(2)}) and ${how}`,
      );
      for (const s of scored) if (s.verdict === 'supports') s.verdict = 'partly';
    }
    // a passage that has every key entity, the claim's subject and most of its words, and states another value
    // of one of its slots: evidence against the claim, unless another passage supports it as stated
    const refuting = hadSupport ? undefined : scored.find((s) => s.conflict?.plain === true);
    if (refuting?.conflict) {
      const c = refuting.conflict;
      trace.push(`  conflict (${c.rule ?? 'slot'}) ${refuting.passage.url}: ${c.detail}`);
      return {
        evidence: [toEvidence(refuting, 'refutes')],
        findings: [report('slot-refutes', claim.text.slice(0, 60), { url: refuting.passage.url, detail: c.detail, sentence: clip(c.sentence ?? '') }, 'error')],
        signal: 'conflicts',
        trace,
      };
    }
    if (!best || best.verdict === 'none') {
      trace.push(`${scored.length} passages, none reaches partial support (${THRESHOLDS.partial} coverage with a key entity)`);
      return { evidence: [], findings: [...conflictFinding, report('no-passage', claim.text.slice(0, 60), { searched })], signal: 'no-support', trace };
    }
    // Words of the claim no candidate passage has: if no source has them at all, the claim says something no document does.
    const seenWords = new Set(scored.flatMap((s) => s.words));
    const unseen = words.filter((w) => w.length >= 4 && !seenWords.has(lemma(w)) && !DISCOURSE_MARKERS.has(lemma(w))).slice(0, THRESHOLDS.maxVocabularyLookups);
    const unknown: string[] = [];
    for (const w of unseen) if (!ctx.graph?.hasName(w) && (await findAnywhere(ctx, [w])).hits.length === 0) unknown.push(w);
    if (unknown.length) trace.push(`vocabulary: ${unknown.join(', ')} in no source`);
    const findings: CheckResult['findings'] = [];
    if (unknown.length) findings.push(report('unknown-words', unknown.map((w) => `"${w}"`).join(', '), {}, 'info'));
    if (best.verdict === 'supports' && unknown.length === 0) {
      return {
        evidence: [
          ...withTitledPage(
            scored.filter((s) => s.verdict === 'supports').slice(0, 3),
            scored.filter((s) => s.verdict === 'supports'),
          ),
          ...asideEvidence,
        ]
          .filter((s, i, all) => all.findIndex((x) => x.passage.url === s.passage.url) === i)
          .map((s) => toEvidence(s)),
        findings,
        signal: 'supported',
        trace,
      };
    }
    // A passage with the claim's words that leaves unstated the negation or restriction the claim puts on them
    // ("cannot be added", "the only option") states no part of it: it is cited as related, with what it lacks.
    // Other slots left unstated (a figure, a modal) leave the rest of the claim stated: partial support.
    const near = scored.filter((s) => s.verdict !== 'none' && s.matched.length > 0);
    // for a statistic the figure is the claim: a passage that leaves it unstated states no part of it either
    const statistic = claim.kind === 'statistic';
    const reversed = (s: ScoredPassage): SlotFinding | undefined => (s.conflict === undefined ? s.unstated?.find((u) => u.reverses || (statistic && u.rule === quantity.id)) : undefined);
    const partial = near.filter((s) => reversed(s) === undefined).slice(0, 2);
    if (partial.length === 0) {
      const closest = near[0];
      const lacks = closest ? reversed(closest) : undefined;
      if (closest && lacks) findings.push(report('slot-unstated', claim.text.slice(0, 60), { url: closest.passage.url, detail: lacks.detail }, 'info'));
      findings.push(...conflictFinding, report('no-passage', claim.text.slice(0, 60), { searched }));
      return { evidence: near.slice(0, 2).map((s) => toEvidence(s, 'related')), findings, signal: 'no-support', trace };
    }
    findings.push(...conflictFinding);
    const silent = best.unstated?.[0];
    if (conflictFinding.length === 0 && silent) findings.push(report('slot-unstated', claim.text.slice(0, 60), { url: best.passage.url, detail: silent.detail }, 'info'));
    findings.push(
      report(
        'partial-passage',
        claim.text.slice(0, 60),
        {
          url: best.passage.url,
          coverage: best.coverage.toFixed(2),
          why: partialReason(best, unknown, hadSupport ? outweighs : undefined),
        },
        'info',
      ),
    );
    return {
      evidence: withTitledPage(
        partial,
        scored.filter((s) => s.verdict !== 'none' && s.matched.length > 0),
      ).map((s) => toEvidence(s)),
      findings,
      signal: 'partly-supported',
      trace,
    };
  },
};
