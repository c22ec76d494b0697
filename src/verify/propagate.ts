import { ANSWER_WORDS } from '../lang/answer-words.js';
import { alternation } from '../lang/words.js';
import { ENDS_WITH_QUESTION } from '../lang/sentence-marks.js';
import { keptQuote, type Claim, type Finding } from '../schema/index.js';
import type { CheckerResult } from './policy.js';
import { lemma, mentionPhrases, tokenLine, tokens } from './text.js';
import { DETERMINERS } from '../lang/determiners.js';
import { POINTING_DETERMINERS } from '../lang/pointing-determiners.js';

const messages = {
  'inherits-unknown': 'mentions "{{subject}}", which no source names (see claim {{origin}})',
  'inherits-antecedent': 'refers back to claim {{origin}}, whose subject "{{subject}}" no source names',
} as const;

/** A claim that opens with a pronoun or demonstrative is about the previous claim's subject. */
const ANAPHOR = /^\s*(?:they|them|their|these|this|those|that|it|its|such)\b/i;

/** An answer that opens with its yes or no ("No, they are included in …"): it speaks of what the question before it asks about. */
const ANSWER = new RegExp(String.raw`^\s*(?:\*\*|_)?(?:${alternation(ANSWER_WORDS)})\b[*_]*[,.!:;–—-]`, 'i');

/** The claim opens with a pronoun in the source ("It signs …"), even where extraction restored its referent in `text`. */
const refersBack = (c: Claim): boolean => ANAPHOR.test(c.text) || ANAPHOR.test(c.quote);
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

interface Unknown {
  name: string;
  origin: string;
  /** `Long Name (ACR)`: the acronym the article gives the unknown name, matched case-sensitively. */
  alias?: string;
}

/** An unknown name made ready once for matching against every claim. */
interface Matcher extends Unknown {
  key: string;
  phrases: string[];
  /** The name's words, as the coverage stemmer reads them ("beacons" → "beacon"). */
  words: Set<string>;
  /** Its head, the last word ("seal" of "Azure Session Seals"), when long enough to be a noun of its own. */
  head?: string;
  aliasPattern?: RegExp;
}

/** A head shorter than this ("ID", "app") is too common a word to stand for one invented thing. */
const MIN_HEAD_LENGTH = 4;
/** How many words open a claim's subject, past its determiner ("Standard seal"). */
const SUBJECT_WORDS = 2;
const DETERMINER = new Set(DETERMINERS);
const POINTING = new Set(POINTING_DETERMINERS);

/** The first words of a claim, past a determiner, as the coverage stemmer reads them. */
function subjectWords(text: string): string[] {
  const ts = tokens(text);
  const from = DETERMINER.has(ts[0] ?? '') ? 1 : 0;
  return ts.slice(from, from + SUBJECT_WORDS).map(lemma);
}

/** The noun a pointing determiner opens the claim with ("Each seal is …" → seal). */
function pointedNoun(text: string): string | undefined {
  const ts = tokens(text);
  return POINTING.has(ts[0] ?? '') && ts[1] !== undefined ? lemma(ts[1]) : undefined;
}

function matcher(u: Unknown): Matcher {
  const names = tokens(u.name);
  const last = names.length > 1 ? names[names.length - 1] : undefined;
  const m: Matcher = { ...u, key: u.name.toLowerCase(), phrases: mentionPhrases(u.name), words: new Set(names.map(lemma)) };
  if (last !== undefined && last.length >= MIN_HEAD_LENGTH) m.head = lemma(last);
  if (u.alias !== undefined) m.aliasPattern = new RegExp(`\\b${u.alias}\\b`);
  return m;
}

function finding(messageId: keyof typeof messages, subject: string, origin: string): Finding {
  return { checker: 'dependency', messageId, subject, severity: 'error', message: messages[messageId].replace('{{subject}}', subject).replace('{{origin}}', origin) };
}

/** A word quoted in a finding's subject ('"beacon", "pulse"'). */
const QUOTED_WORD = /"([^"]+)"/g;

/**
 * The words of a claim that appear in no source at all (passage-support's `unknown-words`), as the coverage
 * stemmer reads them: a claim that uses such a word of an unknown name ("manages beacon policies" after "Azure
 * Trust Beacons") speaks of the invented thing, whatever else it names.
 */
function wordsInNoSource(results: readonly CheckerResult[]): Set<string> {
  const out = new Set<string>();
  for (const f of results.flatMap((r) => r.result.findings)) {
    if (f.checker !== 'passage-support' || f.messageId !== 'unknown-words') continue;
    for (const m of f.subject.matchAll(QUOTED_WORD)) out.add(lemma(m[1] ?? ''));
  }
  return out;
}

/** Unknown names (product-term findings) of the article, each with the first claim that found it. */
function unknownNames(claims: readonly Claim[], results: Map<string, CheckerResult[]>): Unknown[] {
  const out = new Map<string, Unknown>();
  for (const c of claims) {
    for (const f of (results.get(c.id) ?? []).flatMap((r) => r.result.findings)) {
      if (f.checker !== 'product-term' || f.messageId !== 'unknown-name' || out.has(f.subject.toLowerCase())) continue;
      const u: Unknown = { name: f.subject, origin: c.id };
      const esc = f.subject.replace(REGEX_SPECIAL, '\\$&');
      const alias = new RegExp(`${esc}\\s*\\(([A-Z][A-Za-z0-9]{1,7})\\)`).exec(c.text)?.[1];
      if (alias) u.alias = alias;
      out.set(f.subject.toLowerCase(), u);
    }
  }
  return [...out.values()];
}

/**
 * Dependency propagation (DESIGN 5 rule 4), computed once per article: a claim mentioning a concept
 * no source knows (or its acronym), or opening with a pronoun that refers to the previous claim's
 * unknown subject, gets an unknown-subject result of its own. Returns results per claim id to add.
 */
export function propagateUnknowns(claims: readonly Claim[], results: Map<string, CheckerResult[]>): Map<string, CheckerResult> {
  const unknown = unknownNames(claims, results).map(matcher);
  const added = new Map<string, CheckerResult>();
  if (unknown.length === 0) return added;
  let previous: { claim: Claim; subjects: string[] } | undefined;
  // the claim before, whatever it is: an answer reads the question it answers
  let before: Claim | undefined;
  for (const c of claims) {
    const question = before && ENDS_WITH_QUESTION.test(before.text) && ANSWER.test(c.quote) ? before : undefined;
    before = c;
    const own = new Set(
      (results.get(c.id) ?? [])
        .flatMap((r) => r.result.findings)
        .filter((f) => f.checker === 'product-term' && f.messageId === 'unknown-name')
        .map((f) => f.subject.toLowerCase()),
    );
    const findings: Finding[] = [];
    // Any unknown subject of this claim (name, identifier, person) is what a following "It …" refers to.
    const subjects = [...new Set([...own, ...(results.get(c.id) ?? []).filter((r) => r.result.signal === 'unknown-subject').flatMap((r) => r.result.findings.map((f) => f.subject.toLowerCase()))])];
    // the words the claim shows as its quote count as much as its restated text; each is tokenised once
    const shown = keptQuote(c);
    const lines = shown === c.text ? [tokenLine(c.text)] : [tokenLine(c.text), tokenLine(shown)];
    // "Do Shadow Keys cost extra? No, they are included in …": the answer is about what the question names
    if (question) lines.push(tokenLine(question.text));
    const unseen = wordsInNoSource(results.get(c.id) ?? []);
    let opening: string[] | undefined;
    const subject = (): string[] => (opening ??= [...subjectWords(c.text), ...(shown === c.text ? [] : subjectWords(shown))]);
    let pointing: { noun: string | undefined } | undefined;
    const pointed = (): string | undefined => {
      pointing ??= { noun: pointedNoun(shown) ?? pointedNoun(c.text) };
      return pointing.noun;
    };
    let heading: string | undefined;
    const inSection = (u: Matcher): boolean => {
      heading ??= tokenLine(c.section.join(' '));
      const line = heading;
      return u.phrases.some((p) => line.includes(p));
    };
    const byHead: Matcher[] = [];
    for (const u of unknown) {
      if (own.has(u.key)) continue;
      const byName = lines.some((line) => u.phrases.some((p) => line.includes(p))) || [...unseen].some((w) => u.words.has(w));
      const byAlias = u.aliasPattern !== undefined && (u.aliasPattern.test(c.text) || u.aliasPattern.test(shown));
      if (byName || byAlias) {
        findings.push(finding('inherits-unknown', byName ? u.name : `${u.alias} (${u.name})`, u.origin));
        subjects.push(u.key);
      } else if (u.head !== undefined && (pointed() === u.head || (subject().includes(u.head) && inSection(u)))) byHead.push(u);
    }
    // "Each seal is a 256-bit value" after "Azure Session Seals", or "Standard seal, Lifetime: 24 hours" under a
    // heading that names them: a subject that is an unknown name's head noun speaks of the invented thing, though the
    // word is common elsewhere ("A key …" or "Access tokens …" in an article about something else is not); read
    // only where the claim names no unknown thing of its own, and the first such name is enough
    const headed = subjects.length === 0 && own.size === 0 ? byHead[0] : undefined;
    if (headed !== undefined) {
      findings.push(finding('inherits-unknown', headed.name, headed.origin));
      subjects.push(headed.key);
    }
    const sameSection = previous && previous.claim.section.join('/') === c.section.join('/');
    if (subjects.length === 0 && previous && sameSection && previous.subjects.length > 0 && refersBack(c)) {
      const s = unknown.find((u) => u.name.toLowerCase() === previous?.subjects[0])?.name ?? previous.subjects[0] ?? '';
      findings.push(finding('inherits-antecedent', s, previous.claim.id));
      subjects.push(...previous.subjects);
    }
    if (findings.length > 0 && c.checkworthy) {
      added.set(c.id, { checker: 'dependency', result: { evidence: [], findings, signal: 'unknown-subject', trace: findings.map((f) => f.message) } });
    }
    if (c.checkworthy || refersBack(c)) previous = { claim: c, subjects };
  }
  return added;
}
