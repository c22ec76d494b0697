/**
 * The counterfactual generator: from one true sentence, every sentence that differs in a single slot
 * and is therefore false (or at least no longer what the source says). Pure; the word lists are in
 * tables.ts. A distortion never edits code, URLs or identifiers (text.ts) and is never equal to its original.
 */
import { makeDistortion as make, type Distortion, type DistortionKind } from './distortion.js';
import { figureDistortions, unitDistortions } from './figures.js';
import { nounSwaps, type NounPools } from './noun-swaps.js';
import {
  ACTOR_EDITS,
  ACTOR_PAIRS,
  BOUND_EDITS,
  BOUND_IDIOMS,
  BOUNDS_NEEDING_FIGURE,
  DIRECTION_EDITS,
  DIRECTION_PAIRS,
  FEATURE_NAMES,
  MODALITY_EDITS,
  MODALITY_IDIOMS,
  NEGATION_EDITS,
  ROLE_EDITS,
  SENTENCE_START_ONLY,
  SIBLING_PAIRS,
  VERBS_THIRD_PERSON,
  VERSION_PAIRS,
  type Edit,
  type Pair,
} from './tables.js';
import { ENDS_IN_S, FIGURE_AHEAD, NEXT_WORD, PREVIOUS_WORD, VOWEL_START, findPhrase, matchCase, protectedRanges, splice, type Hit, type Range, type Splice } from './text.js';

export { DISTORTION_KINDS, type Distortion, type DistortionKind } from './distortion.js';
export { changeFigure } from './figures.js';

/** The text between two terms when they are listed together ("A and B", "A, B", "A or B"). */
const COORDINATION_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|\/\s*|(?:and|or|nor|and\/or)\s+)$/i;
/** A list separator: two terms a short way apart with one of these between them are items of one list. */
const LIST_SEPARATOR = /,|\band\b|\bor\b/;
/** Up to this many characters between two terms, a list separator makes them items of one list. */
const LIST_GAP = 30;
/** After a feature name: a parenthesis, another name, or the end of bold UI text (a menu label, not a feature claim). */
const PAREN_OR_NAME_AHEAD = /^\s*\(|^\s+[A-Z]|^\*/;
const PAREN_BEFORE = /\(\s*$/;
const PREVIEW_WORD = /preview/i;
/** A negation right after the edited word: "can no longer" must not become "cannot no longer". */
const NEGATION_AHEAD = /^\s+(?:not|no|never|nothing)\b/i;
/** A verb form after "without" means "with" would not parse ("without needing"). */
const GERUND_AHEAD = /^\s+\w+ing\b/;
/** Words that already negate the verb that follows them. */
const NEGATORS = new Set(['not', 'no', 'never', 'longer', 'nothing', 'nobody', 'neither', 'nor']);
/** Words that bind to the verb after them, so that "doesn't" cannot go in between ("only marks" → not "only doesn't mark"). */
const VERB_BOUND_BEFORE = new Set(['only', 'just', 'simply']);
/** Words before a third-person verb form that show it is used as a noun ("the issues"). */
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'your', 'of', 'these', 'those', 'any', 'no', 'for', 'with', 'sign-in', 'extra', 'session', 'access', 'security', 'policy']);

// ---------- helpers ----------

/** A candidate edit: where, and what to put there. */
interface Candidate {
  kind: DistortionKind;
  hit: Hit;
  to: string;
  detail: string;
}

/** Drops hits that lie strictly inside a longer hit of the same kind ("Authentication Administrator" in "Privileged …"). */
function outermost<T extends { hit: Range }>(items: T[]): T[] {
  return items.filter((a) => !items.some((b) => b !== a && b.hit.start <= a.hit.start && b.hit.end >= a.hit.end && b.hit.end - b.hit.start > a.hit.end - a.hit.start));
}

function gapBetween(text: string, a: Range, b: Range): string | null {
  return a.end <= b.start ? text.slice(a.end, b.start) : b.end <= a.start ? text.slice(b.end, a.start) : null;
}

/** "A and B", "A, B": swapping A for B only repeats B. */
function coordinated(text: string, a: Range, b: Range): boolean {
  const gap = gapBetween(text, a, b);
  return gap !== null && COORDINATION_GAP.test(gap);
}

/** "interactive user sign-ins, non-interactive user sign-ins": swapping both only reorders a list. */
function sameList(text: string, a: Range, b: Range): boolean {
  const gap = gapBetween(text, a, b);
  return gap !== null && (COORDINATION_GAP.test(gap) || (gap.length <= LIST_GAP && LIST_SEPARATOR.test(gap)));
}

/** A name's plural "s" carried over to its replacement ("Global Readers" → "Message Center Readers"). */
const withSuffix = (word: string, suffix: string): string => (suffix === '' ? word : ENDS_IN_S.test(word) ? `${word}es` : `${word}${suffix}`);

const article = (next: string): string => (VOWEL_START.test(next) ? 'an' : 'a');

/** Applies several replacements at once (right to left, so earlier offsets hold); `at` is the leftmost. */
function spliceAll(text: string, edits: { hit: Range; to: string }[]): Splice {
  const sorted = [...edits].sort((x, y) => y.hit.start - x.hit.start);
  let out: Splice = { text, at: 0, changed: '' };
  for (const e of sorted) out = splice(out.text, e.hit, e.to);
  return out;
}

// ---------- kinds made of word lists ----------

/** One distortion per occurrence of each edit's `from`. */
function oneWay(kind: DistortionKind, text: string, guarded: readonly Range[], edits: readonly Edit[]): Candidate[] {
  const out: Candidate[] = [];
  for (const [from, to] of edits) {
    for (const hit of findPhrase(text, from, guarded)) {
      const after = text.slice(hit.end);
      if (kind === 'bound' && BOUNDS_NEEDING_FIGURE.includes(from) && !FIGURE_AHEAD.test(after)) continue;
      if (kind === 'negation' && (NEGATION_AHEAD.test(after) || NEGATORS.has(PREVIOUS_WORD.exec(text.slice(0, hit.start))?.[1]?.toLowerCase() ?? ''))) continue;
      if (from === 'without' && GERUND_AHEAD.test(after)) continue;
      if (SENTENCE_START_ONLY.includes(from) && hit.start !== 0) continue;
      let replacement = withSuffix(matchCase(hit.text, to), hit.suffix);
      if (to === 'a') {
        const next = NEXT_WORD.exec(after);
        if (!next?.[2]) continue;
        replacement = matchCase(hit.text, article(next[2]));
      }
      // "A or B" where B is the replacement would only repeat B, not change the claim
      if (findPhrase(text, to, []).some((t) => coordinated(text, hit, t))) continue;
      out.push({ kind, hit, to: replacement, detail: `"${hit.text}${hit.suffix}" → "${replacement}"` });
    }
  }
  return out;
}

/** Third-person verbs become "doesn't" + base form, unless the word is used as a noun. */
function verbNegations(text: string, guarded: readonly Range[]): Candidate[] {
  const out: Candidate[] = [];
  for (const [verb, base] of VERBS_THIRD_PERSON) {
    for (const hit of findPhrase(text, verb, guarded)) {
      const previous = PREVIOUS_WORD.exec(text.slice(0, hit.start))?.[1]?.toLowerCase();
      if (previous === undefined || NOUN_BEFORE.has(previous) || NEGATORS.has(previous) || VERB_BOUND_BEFORE.has(previous) || NEGATION_AHEAD.test(text.slice(hit.end))) continue;
      const to = matchCase(hit.text, `doesn't ${base}`);
      out.push({ kind: 'negation', hit, to, detail: `"${hit.text}" → "${to}"` });
    }
  }
  return out;
}

/**
 * Pairs swap both ways. When only one side occurs, each occurrence is swapped on its own; when both occur
 * apart they are swapped together ("inbound … outbound" → "outbound … inbound"); when they are listed
 * together ("inbound and outbound") swapping them would not change the claim, so the pair is skipped.
 */
function pairs(kind: DistortionKind, text: string, guarded: readonly Range[], table: readonly Pair[]): Candidate[][] {
  const out: Candidate[][] = [];
  for (const [a, b] of table) {
    const as = findPhrase(text, a, guarded);
    const bs = findPhrase(text, b, guarded);
    if (as.length === 0 && bs.length === 0) continue;
    if (as.some((x) => bs.some((y) => sameList(text, x, y)))) continue;
    const swap =
      (to: string) =>
      (hit: Hit): Candidate => {
        const replacement = withSuffix(matchCase(hit.text, to), hit.suffix);
        return { kind, hit, to: replacement, detail: `"${hit.text}${hit.suffix}" → "${replacement}"` };
      };
    const swapA = swap(b);
    const swapB = swap(a);
    if (as.length > 0 && bs.length > 0) out.push([...as.map(swapA), ...bs.map(swapB)]);
    else for (const c of [...as.map(swapA), ...bs.map(swapB)]) out.push([c]);
  }
  return out;
}

// ---------- a kind with its own rule ----------

/** "(preview)" after the first feature name that is not already followed by a parenthesis or another name. */
function previewMark(text: string, guarded: readonly Range[]): Distortion[] {
  if (PREVIEW_WORD.test(text)) return [];
  const found = FEATURE_NAMES.flatMap((name) => findPhrase(text, name, guarded))
    .filter((h) => h.suffix === '' && !PAREN_OR_NAME_AHEAD.test(text.slice(h.end)) && !PAREN_BEFORE.test(text.slice(0, h.start)))
    .sort((x, y) => x.start - y.start)[0];
  if (!found) return [];
  const s = splice(text, { start: found.end, end: found.end }, ' (preview)');
  return [{ kind: 'version-channel', original: text, distorted: s.text, changed: '(preview)', at: s.at + 1, detail: `"(preview)" added after "${found.text}"` }];
}

// ---------- the generator ----------

function fromCandidates(text: string, groups: Candidate[][]): Distortion[] {
  const flat = groups.flat();
  const keep = new Set(outermost(flat));
  const out: Distortion[] = [];
  for (const group of groups) {
    if (!group.every((c) => keep.has(c))) continue;
    const first = group[0];
    if (!first) continue;
    out.push(make(first.kind, text, spliceAll(text, group), group.map((c) => c.detail).join('; ')));
  }
  return out;
}

const single = (cs: Candidate[]): Candidate[][] => cs.map((c) => [c]);

/**
 * Every distortion of `text`, of every kind, without duplicates and without no-op edits. The `object` and
 * `subject` kinds draw the noun they put in from `pools` (noun-swaps.ts `nounPools` of the seeds); without
 * pools they make none.
 */
export function distort(text: string, pools: NounPools = { object: [], subject: [] }): Distortion[] {
  const guarded = protectedRanges(text);
  const all = [
    ...fromCandidates(text, single([...oneWay('negation', text, guarded, NEGATION_EDITS), ...verbNegations(text, guarded)])),
    ...fromCandidates(text, single(oneWay('modality', text, [...guarded, ...MODALITY_IDIOMS.flatMap((p) => findPhrase(text, p, []))], MODALITY_EDITS))),
    ...figureDistortions(text, guarded),
    ...unitDistortions(text, guarded),
    ...fromCandidates(text, single(oneWay('bound', text, [...guarded, ...BOUND_IDIOMS.flatMap((p) => findPhrase(text, p, []))], BOUND_EDITS))),
    ...fromCandidates(text, [...single(oneWay('actor-role', text, guarded, [...ROLE_EDITS, ...ACTOR_EDITS])), ...pairs('actor-role', text, guarded, ACTOR_PAIRS)]),
    ...fromCandidates(text, pairs('version-channel', text, guarded, VERSION_PAIRS)),
    ...previewMark(text, guarded),
    ...fromCandidates(text, pairs('tier-sibling', text, guarded, SIBLING_PAIRS)),
    ...fromCandidates(text, [...pairs('direction', text, guarded, DIRECTION_PAIRS), ...single(oneWay('direction', text, guarded, DIRECTION_EDITS))]),
    ...nounSwaps(text, guarded, pools),
  ];
  const seen = new Set<string>([text]);
  return all.filter((d) => {
    if (seen.has(d.distorted) || d.changed.trim() === '') return false;
    seen.add(d.distorted);
    return true;
  });
}
