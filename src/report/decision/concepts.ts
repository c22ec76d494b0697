import type { Claim, EntityType, Finding } from '../../schema/index.js';
import { aliasPair, containsWords, conceptKey } from './normalise.js';

/**
 * The findings that say "no source names this subject" (DESIGN 5 rule 4), by checker and messageId
 * as the verify stage stamps them: the subject of such a finding is a concept the documentation
 * does not know. test/report/decision-concepts.test.ts checks this table against the checkers' meta.
 */
export const UNKNOWN_SUBJECT_FINDINGS: ReadonlyArray<{ checker: string; messageId: string }> = [
  { checker: 'product-term', messageId: 'unknown-name' },
  { checker: 'identifier-exists', messageId: 'unknown-identifier' },
  { checker: 'dependency', messageId: 'inherits-unknown' },
  { checker: 'dependency', messageId: 'inherits-antecedent' },
];

/** Named things a claim is about: always a concept. */
const NAME_TYPES: readonly EntityType[] = ['product', 'feature'];
/** Code-like things: a concept when some finding is about them. */
const CODE_TYPES: readonly EntityType[] = ['identifier', 'api-path', 'header'];

export function isUnknownSubject(f: Finding): boolean {
  return UNKNOWN_SUBJECT_FINDINGS.some((u) => u.checker === f.checker && u.messageId === f.messageId);
}

export interface Concept {
  /** How the article writes it (the most frequent spelling of the group's fullest variant). */
  name: string;
  /** Normalised keys merged into this concept. */
  keys: string[];
  /** false when an unknown-subject finding names it and no evidence matched it. */
  known: boolean;
  /** The checkworthy claims that rest on it (entities or unknown-subject findings naming it), in article order. */
  dependents: Claim[];
}

/** A subject of a finding, as concept keys: both names of an `ACR (Long Name)` pair. */
function subjectKeys(f: Finding): string[] {
  const pair = aliasPair(f.subject);
  return (pair ?? [f.subject]).map(conceptKey).filter((k) => k !== '');
}

/** A finding whose subject is just the opening of the claim's text (passage searches) names no concept. */
function namesSubject(claim: Claim, f: Finding): boolean {
  return !claim.text.startsWith(f.subject);
}

interface Mention {
  key: string;
  text: string;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p !== k) {
      p = this.find(p);
      this.parent.set(k, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/**
 * The concepts the checkworthy claims rest on, unknown ones first (most dependents first, then
 * first mention), then known ones the same way. Unknown variants merge when one's words contain
 * the other's (`azure foo bars` / `foo bar`) or a finding pairs them as acronym and name; known
 * concepts merge only on equal keys.
 */
export function conceptsOf(claims: readonly Claim[]): Concept[] {
  const checkworthy = claims.filter((c) => c.checkworthy);
  const findingKeys = new Set(claims.flatMap((c) => c.findings.filter((f) => namesSubject(c, f)).flatMap(subjectKeys)));
  const unknownKeys = new Set(claims.flatMap((c) => c.findings.filter(isUnknownSubject).flatMap(subjectKeys)));
  const matchedKeys = new Set(claims.flatMap((c) => c.evidence.flatMap((e) => (e.matched ?? []).map(conceptKey))));
  const isUnknown = (k: string): boolean => unknownKeys.has(k) && !matchedKeys.has(k);

  // What each claim mentions, as keys.
  const mentions = new Map<Claim, Mention[]>();
  for (const c of checkworthy) {
    const list: Mention[] = [];
    for (const e of c.entities) {
      const key = conceptKey(e.text);
      if (key === '') continue;
      if (NAME_TYPES.includes(e.type) || (CODE_TYPES.includes(e.type) && findingKeys.has(key))) list.push({ key, text: e.text.trim() });
    }
    for (const f of c.findings.filter(isUnknownSubject)) {
      const pair = aliasPair(f.subject);
      const texts = pair ?? [f.subject.trim()];
      for (const t of texts) {
        const key = conceptKey(t);
        if (key !== '') list.push({ key, text: t });
      }
    }
    mentions.set(c, list);
  }

  // Merge unknown variants.
  const uf = new UnionFind();
  const unknown = [
    ...new Set(
      [...mentions.values()]
        .flat()
        .map((m) => m.key)
        .filter(isUnknown),
    ),
  ];
  for (const a of unknown) for (const b of unknown) if (a !== b && containsWords(a, b)) uf.union(a, b);
  for (const c of claims) {
    for (const f of c.findings.filter(isUnknownSubject)) {
      const pair = aliasPair(f.subject);
      if (!pair) continue;
      const [a, b] = pair.map(conceptKey) as [string, string];
      if (isUnknown(a) && isUnknown(b)) uf.union(a, b);
    }
  }
  const groupOf = (key: string): string => (isUnknown(key) ? `?${uf.find(key)}` : `=${key}`);

  const groups = new Map<string, { keys: Set<string>; dependents: Claim[]; spellings: Map<string, Map<string, number>> }>();
  for (const c of checkworthy) {
    const seen = new Set<string>();
    for (const m of mentions.get(c) ?? []) {
      const g = groupOf(m.key);
      let group = groups.get(g);
      if (!group) {
        group = { keys: new Set(), dependents: [], spellings: new Map() };
        groups.set(g, group);
      }
      group.keys.add(m.key);
      const spell = group.spellings.get(m.key) ?? new Map<string, number>();
      spell.set(m.text, (spell.get(m.text) ?? 0) + 1);
      group.spellings.set(m.key, spell);
      if (!seen.has(g)) {
        seen.add(g);
        group.dependents.push(c);
      }
    }
  }

  const out: Concept[] = [...groups.entries()].map(([g, group]) => {
    const keys = [...group.keys];
    const count = (k: string): number => [...(group.spellings.get(k)?.values() ?? [])].reduce((a, b) => a + b, 0);
    // The fullest variant: the key containing most of the others, then the most mentioned, then the longest.
    const score = (k: string): number => keys.filter((o) => o !== k && containsWords(k, o)).length;
    const best = [...keys].sort((a, b) => score(b) - score(a) || count(b) - count(a) || b.length - a.length)[0] ?? '';
    const spellings = [...(group.spellings.get(best)?.entries() ?? [])];
    const name = spellings.sort((a, b) => b[1] - a[1])[0]?.[0] ?? best;
    return { name, keys, known: g.startsWith('='), dependents: group.dependents };
  });
  const firstAt = (c: Concept): number => c.dependents[0]?.span.start ?? Number.MAX_SAFE_INTEGER;
  return out.sort((a, b) => Number(a.known) - Number(b.known) || b.dependents.length - a.dependents.length || firstAt(a) - firstAt(b));
}

/** Whether a claim rests on a concept (one of its keys among the claim's mentions). */
export function restsOn(concept: Concept, claim: Claim): boolean {
  return concept.dependents.includes(claim);
}
