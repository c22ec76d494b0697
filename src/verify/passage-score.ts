import type { Claim, Entity } from '../schema/index.js';
import { CELL_LINE_BREAK, TABLE_RULE } from '../ingest/pipe-table.js';
import type { Passage } from '../evidence/types.js';
import { bestWindow, contentLemmas, contentWords, figureOf, figures, lemma, mentions, prepare, tokens } from './text.js';
import { entityIn, namesAlone } from './match.js';
import { statesQuantity } from './slots/quantity.js';
import { THRESHOLDS } from './thresholds.js';
import { NAME_TYPES } from './key-entities.js';
import { DISCOURSE_MARKERS } from '../lang/discourse-markers.js';
import { inClaimNaming, standsFor } from './acronyms.js';
import { compareSlots, type SlotFinding } from './slots/align.js';
import { alignedShare } from './slots/substitution.js';
import { alternation } from '../lang/words.js';
import { ARTICLES } from '../lang/articles.js';
import { OBJECT_PREPOSITIONS } from '../lang/object-prepositions.js';
import { HTTP_METHODS } from '../lang/http-methods.js';
import { ownSubjectLemma, predicateLemmas, subjectLemma } from './slots/clause.js';
import { NAVIGATION_HEADINGS } from '../lang/navigation-headings.js';
import { tag } from '../lang/nlp.js';
import { answeredColumn } from '../extract/answered-column.js';
import { SUBJECT_PRONOUNS } from '../lang/pronouns.js';
import { unresolvedObject } from './unresolved-object.js';
import { URL_LINKING_VERBS } from '../lang/url-linking-verbs.js';

export interface ScoredPassage {
  passage: Passage;
  /** Key entities the passage mentions / misses. */
  matched: Entity[];
  missing: Entity[];
  /** Share of the claim's content lemmas the passage contains. */
  coverage: number;
  /** Claim lemmas found in the passage. */
  words: string[];
  verdict: 'supports' | 'partly' | 'none';
  /**
   * Why a passage with the claim's words still does not say what the claim says: it states a contrasted
   * claim of the other alternative, or a slot of the claim (polarity, figure, version, direction, default,
   * role, actor) otherwise (slots/). `plain`: the sentence shares the claim's subject and most of its words,
   * the passage has every key entity, and it states the other value: evidence against the claim.
   */
  conflict?: { messageId: 'contrast-unsupported' | 'slot-conflict'; detail: string; rule?: string; plain?: boolean; sentence?: string; about?: string };
  /** Slots the claim states and the passage's aligned sentences do not: no support, though no conflict. */
  unstated?: SlotFinding[];
  /** A navigation section ("Next steps", "See also") or a link list: never support. */
  navigation?: boolean;
  /** Share of the claim's content lemmas that one stretch of the passage states (see carrierShare); 0 when not a candidate. */
  carrier: number;
  /** Share of the claim's content words that one sentence of the passage states in the claim's order; 0 when not a candidate. */
  aligned: number;
  /** Why a candidate passage does not support the claim: the first of support's demands it falls short of (worded when called). */
  short?: () => string;
}

/** Scores one passage against a claim's key entities and content lemmas (thresholds in thresholds.ts). */
export function scorePassage(claim: Claim, keys: Entity[], passage: Passage, renames: ReadonlyMap<string, string[]> = new Map()): ScoredPassage {
  const text = prepare(`${passage.title ?? ''}\n${passage.heading ?? ''}\n${passage.text}`);
  const aliases = aliasesOf(claim);
  // a name the documentation renamed matches a passage that uses its other name
  for (const [name, others] of renames) aliases.set(name, [...(aliases.get(name) ?? []), ...others]);
  // a key entity is matched by itself or by its other name in the claim ("JSON Web Tokens (JWTs)")
  // a name met only as the tail of a longer name ("Refresh Token" in "Primary Refresh Token") is not met
  const alone = (k: Entity): boolean => !NAME_TYPES.has(k.type) || namesAlone(text.raw, k.text);
  const matched = keys.filter((k) => (entityIn(text, k) && alone(k)) || (aliases.get(k.text.toLowerCase()) ?? []).some((a) => entityIn(text, { ...k, text: a })));
  // a figure stated in another unit or as a range that holds it ("60 minutes", "60-90 minutes" for "about 1 hour")
  for (const k of keys) if (k.type === 'number' && !matched.includes(k) && statesQuantity(text.raw, claim.text, k.text)) matched.push(k);
  const missing = keys.filter((k) => !matched.includes(k));
  // an acronym the claim names (MFA, SSPR, NFC) is the thing it speaks of, even when too generic to be a key: a
  // passage that never names it, in either form, speaks of something else
  const namesAcronym = (a: string): boolean =>
    mentions(text, a) || (PLURAL_S.test(a) && mentions(text, a.replace(PLURAL_S, ''))) || (aliases.get(a.toLowerCase()) ?? []).some((x) => mentions(text, x));
  const unnamedAcronym = (claim.text.match(CLAIM_ACRONYM) ?? []).find(
    (a) => !HTTP_METHOD_WORDS.has(a) && !claim.entities.some((e) => CODE_LIKE.has(e.type) && e.text.includes(a)) && !keys.some((k) => k.text.includes(a) && matched.includes(k)) && !namesAcronym(a),
  );
  // the claim's checkable words: discourse markers ("however", "the big difference") are no part of the fact
  const lemmas = contentLemmas(claim.text).filter((l) => !DISCOURSE_MARKERS.has(l));
  // Coverage counts the claim's words found close together (one window), not scattered over a long section.
  const size = Math.max(THRESHOLDS.windowMinTokens, Math.ceil(tokens(claim.text).length * THRESHOLDS.windowPerClaimToken));
  // Words of key entities the passage matched exactly count as covered wherever they are.
  const entityLemmas = new Set(matched.flatMap((m) => contentLemmas(m.text)));
  const have = bestWindow(
    text,
    lemmas.filter((l) => !entityLemmas.has(l)),
    size,
  );
  // a compound the claim hyphenates ("one-time use") is one word: its parts met apart ("at this time") are not it
  const apart = compoundsApart(claim.text, text.raw);
  const words = lemmas.filter((l) => (have.has(l) && !apart.has(l)) || entityLemmas.has(l));
  const coverage = lemmas.length === 0 ? 0 : words.length / lemmas.length;
  const need = keys.length === 0 ? THRESHOLDS.supportWithoutEntities : THRESHOLDS.support;
  let verdict: ScoredPassage['verdict'] = 'none';
  const minLemmas = keys.length === 0 ? THRESHOLDS.minContentLemmasWithoutEntities : THRESHOLDS.minContentLemmas;
  // checked last, and only for a passage that would otherwise support: it splits the passage into sentences
  const unanchored = (): Entity | undefined =>
    keys.filter(isExactSpecific).find(
      (k) =>
        !anchoredInSentence(
          passage,
          k,
          lemmas.filter((l) => !contentLemmas(k.text).includes(l) && !(k.type === 'url' && URL_LINKING.has(l))),
          countedNoun(claim, k),
          subjectLemma(claim.text),
          claim.text,
        ),
    );
  const anchored = (): boolean => unanchored() === undefined;
  let conflict: ScoredPassage['conflict'];
  /** A sentence of the passage that names the claim's key entities states another value of one of its slots (whatever the coverage). */
  let deniesStatement = false;
  let unstated: SlotFinding[] | undefined;
  const navigation = isNavigation(passage);
  // the passage read sentence by sentence once, for the contrast check, the slots and the carrier stretch
  let statements: PassageStatements | undefined;
  let split: string[] | undefined;
  const read = (): PassageStatements => (statements ??= passageStatements(passage));
  const sentences = (): string[] => (split ??= [...read().prose, ...read().table]);
  // a figure the passage lacks is left to the quantity slot, which says what the passage states instead
  const candidate = !navigation && (keys.length === 0 || matched.length > 0 || missing.every((k) => k.type === 'number')) && coverage >= THRESHOLDS.partial;
  if (candidate) {
    const c = contrastSwapped(claim, sentences());
    if (c !== undefined) conflict = { messageId: 'contrast-unsupported', detail: c };
    else {
      const slots = compareSlots(claim.text, sentences(), ownSubjectLemma(claim.text), undefined, `${passage.title ?? ''}\n${passage.heading ?? ''}`);
      // a figure or version the page states otherwise is the key it lacks ("90 minutes" for "90 days", "v2.0" for
      // "v1.0"): the conflict that says so is the one to name
      const statesOtherKey = (x: SlotFinding): boolean => (x.rule === 'quantity' || x.rule === 'channel') && missing.length > 0 && missing.every((k) => k.type === 'number');
      const first = slots.conflicts.find((x) => x.plain && statesOtherKey(x)) ?? slots.conflicts.find((x) => x.plain) ?? slots.conflicts[0];
      // plain: every key entity is there, except a figure the quantity slot found stated otherwise
      const keysThere = missing.length === 0 || (first !== undefined && statesOtherKey(first));
      // the sentence that states the other value names what the claim names: "SharePoint Online doesn't support user
      // risk events" denies the claim about SharePoint Online; "a v1.0 endpoint which doesn't support personal
      // accounts" does not deny a claim about the V2 endpoint
      // (a figure it names is the value in dispute, which the sentence states otherwise)
      const named = matched.filter((k) => k.type !== 'number');
      deniesStatement = first?.plain === true && keysThere && matched.length > 0 && named.every((k) => mentions(first.sentence ?? '', k.text));
      if (first)
        conflict = {
          messageId: 'slot-conflict',
          detail: first.detail,
          rule: first.rule,
          plain: first.plain && keysThere && coverage >= need,
          sentence: first.sentence,
          ...(first.about ? { about: first.about } : {}),
        };
      if (slots.unstated.length > 0) unstated = slots.unstated;
    }
  }
  const named = matched.map((k) => ({ lemmas: contentLemmas(k.text), forms: [k, ...(aliases.get(k.text.toLowerCase()) ?? []).map((a) => ({ ...k, text: a }))] }));
  const carrier = candidate ? carrierShare(lemmas, named, passage, read()) : 0;
  const aligned = candidate ? Math.max(0, ...sentences().map((x) => alignedShare(claim.text, x))) : 0;
  // read once, and only for a passage that would otherwise support or partly support
  let predicateStated: boolean | undefined;
  const statesPredicate = (): boolean => (predicateStated ??= predicateShare(claim.text, words) >= THRESHOLDS.predicateShare);
  // a claim that still opens with a personal pronoun ("It compares the methods …"; extraction restores the ones it
  // can): what it says is said of nothing known. One inside the sentence ("When an API rejects a call, it …") has
  // its referent there.
  const unresolvedSubject = SUBJECT_PRONOUN.has(tokens(claim.text)[0] ?? '');
  // a table cell that answers yes or no ("SMS sign-in, Works offline: No."): the column's words are what it says
  const column = answeredColumn(claim.text);
  const columnStated = (): boolean => column === undefined || contentLemmas(column).every((l) => words.includes(l));
  // what support asks of a passage, in order, each with what the reviewer is told when the passage falls short of it
  // what support asks of a candidate passage, in order, each with what the reviewer is told when the passage falls
  // short of it; the reason is worded only when asked for (of the best passage, once per claim)
  const lacking = (): string => {
    const lacks = new Set(lemmas.filter((l) => !words.includes(l)));
    const shown = contentWords(claim.text).filter((w) => lacks.has(lemma(w)));
    return `it lacks the words ${shown.map((w) => `"${w}"`).join(', ')}`;
  };
  const unmet = candidate
    ? (
        [
          [() => missing.length === 0, () => `it does not name ${missing.map((k) => k.text).join(', ')}`],
          [() => unnamedAcronym === undefined, () => `it never names ${unnamedAcronym ?? ''}`],
          [() => coverage >= need, lacking],
          [() => lemmas.length >= minLemmas, () => 'the claim has too few words of its own for shared words to support it'],
          [() => conflict === undefined, () => conflict?.detail ?? ''],
          [() => unstated === undefined, () => unstated?.[0]?.detail ?? ''],
          [anchored, () => `no sentence states ${unanchored()?.text ?? ''} with the claim’s other words`],
          [() => carrier >= need, () => 'no sentence, or two that follow each other, states the claim’s words together'],
          [statesPredicate, () => 'it names what the claim is about, not what the claim says of it'],
          [() => !unresolvedSubject, () => 'the claim’s subject is a pronoun the article does not resolve'],
          // "The workflow uses it to reach Azure resources": what is used is said outside the claim
          [() => !unresolvedObject(claim.text), () => 'the claim’s object is a pronoun that nothing in the claim stands for'],
          [() => columnStated(), () => `it does not state "${column ?? ''}", the column the claim answers yes or no`],
        ] as const
      ).find(([met]) => !met())
    : undefined;
  const short = unmet?.[1];
  if (candidate && unmet === undefined) verdict = 'supports';
  // partial support too must reach what the claim says about its subject: a page that only shares its subject's
  // words ("Azure AD PIM" in an access-review overview) confirms no part of it
  // nor does a passage support part of a claim whose own statement it plainly denies ("SharePoint Online supports
  // user risk events, so …" against "SharePoint Online doesn't support user risk events"), though it lacks the
  // claim's other words
  // and a passage that never names the acronym the claim is about ("That said, CAE is only available …") speaks of
  // something else (one the claim names further on, "supports AAD and MSA accounts", a page may put in words)
  else if (
    !navigation &&
    matched.length > 0 &&
    coverage >= THRESHOLDS.partial &&
    statesPredicate() &&
    !deniesStatement &&
    // a passage that lacks the claim's figure and states another ("14 days" where the claim says "30 days")
    !(conflict?.rule === 'quantity' && missing.some((k) => k.type === 'number')) &&
    (unnamedAcronym === undefined || !acronymIsSubject(claim.text, unnamedAcronym))
  )
    verdict = 'partly';
  return {
    passage,
    matched,
    missing,
    coverage,
    words,
    verdict,
    carrier,
    aligned,
    ...(conflict ? { conflict } : {}),
    ...(unstated ? { unstated } : {}),
    ...(navigation ? { navigation } : {}),
    ...(short ? { short } : {}),
  };
}

/**
 * A passage whose page title names one of the key names it matched ("Access tokens in the Microsoft identity
 * platform" for a claim about access tokens): the page a reviewer cites, not one that mentions it in passing.
 */
export function titleNamesKey(s: ScoredPassage): boolean {
  const title = prepare(s.passage.title ?? '');
  return s.matched.some((k) => k.type !== 'number' && mentions(title, k.text));
}

/** Best first: supports before partly, then more key entities, then the passage whose one sentence states most of the claim in its order (the sentence a reviewer cites), then coverage, then the index's rank. */
export function rankScored(list: ScoredPassage[]): ScoredPassage[] {
  const order = { supports: 0, partly: 1, none: 2 } as const;
  return [...list].sort((a, b) => order[a.verdict] - order[b.verdict] || b.matched.length - a.matched.length || b.aligned - a.aligned || b.coverage - a.coverage || b.passage.score - a.passage.score);
}

const EXACT: ReadonlySet<Entity['type']> = new Set(['number', 'identifier', 'error-code', 'date', 'header', 'url']);

/**
 * The share of the claim's content lemmas that one stretch of the passage states: a sentence, or two that
 * follow each other, read with the page title and section heading (which often name the subject). Words
 * scattered over a section are not a statement: "TAP … is not … enabled … policy" in four sentences
 * says nothing about whether TAP is enabled. Unlike coverage, a key entity's words count only where they
 * stand: letting them count anywhere let 10 more distortions through for 6 more true originals
 * (counterfactual suite, 2026-12-07).
 */
function carrierShare(lemmas: readonly string[], named: readonly { lemmas: string[]; forms: Entity[] }[], passage: Passage, statements: PassageStatements): number {
  if (lemmas.length === 0) return 0;
  // a key entity's words count where the entity is named in any of its forms (a rename, an acronym)
  const read = (raw: string): Set<string> => {
    const out = new Set(contentLemmas(raw));
    const text = prepare(raw);
    for (const n of named) if (n.forms.some((f) => entityIn(text, f))) for (const l of n.lemmas) out.add(l);
    return out;
  };
  const frame = read(`${passage.title ?? ''}\n${passage.heading ?? ''}`);
  const sentences = statements.prose.map(read);
  const share = (window: readonly Set<string>[]): number => lemmas.filter((l) => frame.has(l) || window.some((s) => s.has(l))).length / lemmas.length;
  let best = 0;
  // prose: one sentence or a few in a row; a table: one statement at a time (a row, or a cell of a comparison)
  for (let i = 0; i < sentences.length; i++) {
    const window = sentences.slice(i, i + THRESHOLDS.carrierSentences);
    for (let n = 1; n <= window.length; n++) best = Math.max(best, share(window.slice(0, n)));
  }
  for (const statement of statements.table) best = Math.max(best, share([read(statement)]));
  return best;
}

/** A hyphenated compound of two words ("one-time", "time-limited"). */
const HYPHENATED_COMPOUND = /(?<![\p{L}\p{N}-])([\p{L}]+)-([\p{L}]+)(?![\p{L}\p{N}-])/gu;

/**
 * The content lemmas of the claim's hyphenated compounds that the passage never writes as the compound (with a
 * hyphen, a space or nothing between): "one-time use" is not stated by "at this time" and "one".
 */
function compoundsApart(claimText: string, passage: string): Set<string> {
  const out = new Set<string>();
  // the passage is lower-cased only for a claim that has a compound (most have none; this runs per passage)
  let passageLower: string | undefined;
  for (const m of claimText.toLowerCase().matchAll(HYPHENATED_COMPOUND)) {
    passageLower ??= passage.toLowerCase();
    const lower = passageLower;
    const [, a = '', b = ''] = m;
    if ([`${a}-${b}`, `${a} ${b}`, `${a}${b}`].some((form) => lower.includes(form))) continue;
    for (const l of contentLemmas(`${a} ${b}`)) out.add(l);
  }
  return out;
}

/**
 * The share of the claim's predicate (what it says about its subject, slots/clause.ts) that the passage states.
 * A passage that names the subject and little of what the claim says about it does not support the claim,
 * however many of the subject's words it repeats; a predicate with no content word left ("are not on their way
 * out") gives word overlap nothing to support.
 */
function predicateShare(text: string, words: readonly string[]): number {
  const predicate = predicateLemmas(text)?.filter((l) => !DISCOURSE_MARKERS.has(l));
  if (predicate === undefined) return 1;
  if (predicate.length === 0) return 0;
  const have = new Set(words);
  return predicate.filter((l) => have.has(l)).length / predicate.length;
}

function isExactSpecific(e: Entity): boolean {
  return EXACT.has(e.type);
}

/** Some sentence (or heading line) of the passage has the entity and enough of the claim's other words. */
function anchoredInSentence(passage: Passage, key: Entity, others: string[], counted: string | undefined, subject: string | undefined, claimText: string): boolean {
  const need = Math.min(THRESHOLDS.anchorLemmas, others.length);
  const { prose, cells } = splitTables(`${passage.heading ?? ''}\n${passage.text}`);
  const fits = (raw: string): boolean => {
    const sentence = prepare(raw);
    // a figure may be stated in another unit or as a range that holds it, as the passage match allows
    if (!entityIn(sentence, key) && !(key.type === 'number' && statesQuantity(raw, claimText, key.text))) return false;
    if (counted !== undefined && !countsThe(raw, figures(key.text), counted)) return false;
    // the sentence may name the claim's subject by its acronym ("a PRT is valid for 14 days")
    const present = new Set(contentLemmas(inClaimNaming(claimText, raw)));
    return others.filter((l) => present.has(l)).length >= need;
  };
  if (prose.split(SENTENCE_BREAK).some(fits)) return true;
  // In a table the figure belongs to its column: its cell (read with the column header and row label) must
  // match the claim at least as well as any other cell of the row ("1809" under "Windows Hello for Business"
  // loses to "1903" under "FIDO2 security keys" for a claim about keys).
  // The claim's subject must be named by the cell, its headers or the page itself: a table of Windows
  // versions on an app page says nothing about security keys.
  const page = new Set(contentLemmas(`${passage.title ?? ''} ${passage.heading ?? ''}`));
  const score = (c: string): number => {
    const p = new Set(contentLemmas(c));
    return others.filter((l) => p.has(l)).length;
  };
  return cells.some((row) => {
    const best = Math.max(0, ...row.map(score));
    return row.some((c) => fits(c) && score(c) === best && (subject === undefined || page.has(subject) || contentLemmas(c).includes(subject)));
  });
}

/**
 * Markdown tables of a passage read row by row and cell by cell: each cell as "<label header> <column header>
 * <row label> <cell>", each table's statements (rows, or a comparison's cells), the rest as prose. Hand-written: the passage is indexed text, not an AST, and only pipe tables matter here.
 */
function splitTables(text: string): { prose: string; cells: string[][]; statements: string[] } {
  const lines = text.split('\n');
  const prose: string[] = [];
  const cells: string[][] = [];
  const statements: string[] = [];
  const row = (line: string): string[] =>
    line
      .trim()
      .replace(LEADING_PIPE, '')
      .replace(TRAILING_PIPE, '')
      .split('|')
      // a line break inside a cell parts its items ("- passwords don't need to be stored<br>- works with
      // phishing-resistant MFA"): read as clauses of their own, a negation in one says nothing of the next
      .map((c) => c.replace(CELL_LINE_BREAK, '; ').replace(BOLD_MARKS, '').trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (!TABLE_LINE.test(line) || !TABLE_RULE.test(next)) {
      prose.push(line);
      continue;
    }
    const header = row(line);
    // an empty top-left cell: the header names the things compared, one per column, and the first column the
    // rows' labels ("|| Windows Hello | Authenticator | FIDO2 keys |"); else a row is one thing and its columns
    // are what the table says of it ("| Error | Description | Client action |")
    const byColumn = (header[0] ?? '') === '';
    let j = i + 2;
    for (; j < lines.length && TABLE_LINE.test(lines[j] ?? ''); j++) {
      const r = row(lines[j] ?? '');
      const read = r.map((cell, k) => (k === 0 ? `${header[0] ?? ''} ${cell}` : `${header[0] ?? ''} ${header[k] ?? ''} ${r[0] ?? ''} ${cell}`));
      cells.push(read);
      if (byColumn) statements.push(...read.slice(1));
      else statements.push(r.map((cell, k) => `${header[k] ?? ''}: ${cell}`).join('; '));
    }
    i = j - 1;
  }
  return { prose: prose.join('\n'), cells, statements };
}

/** A bare count's noun in the claim ("five emergency accounts" → "emergency"); units already in the entity need none. */
function countedNoun(claim: Claim, key: Entity): string | undefined {
  if (key.type !== 'number' || figureOf(key.text.trim()) === undefined) return undefined;
  // read in the claim's text when the figure stands there once: a claim made of pieces ("valid for 14 (Primary
  // Refresh Token) … days") states "14 days" only in its text
  const at = claim.text.indexOf(key.text);
  const once = at >= 0 && claim.text.indexOf(key.text, at + 1) < 0;
  const after = once ? claim.text.slice(at + key.text.length) : claim.quote.slice(Math.max(0, key.span.end - claim.span.start));
  const next = FIRST_WORD.exec(after)?.[1];
  return next && contentLemmas(next).length > 0 ? lemma(next) : undefined;
}

/** The passage counts the same thing: the figure followed within three words by the claim's counted noun. */
function countsThe(raw: string, figs: string[], counted: string): boolean {
  const t = tokens(raw);
  return t.some((tok, i) => figs.includes(figureOf(tok) ?? '') && t.slice(i + 1, i + 4).some((w) => lemma(w) === counted));
}

/** "Long Name (ACR)", the acronym with an optional plural "s". */
const LONG_NAME_ACRONYM = /([A-Z][\w-]*(?:\s+[A-Z][\w-]*)+)\s*\(([A-Z]{2,6})(s?)\)/g;

/** "Long Name (ACR)" in the claim: each name stands for the other (plural acronyms too: "(JWTs)"). */
function aliasesOf(claim: Claim): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (let m = LONG_NAME_ACRONYM.exec(claim.quote); m; m = LONG_NAME_ACRONYM.exec(claim.quote)) {
    const [, long = '', acr = '', plural = ''] = m;
    // only a true abbreviation: "Entra Verified ID (EVP)" is the article's say-so that the two are one, the very thing to check
    if (!standsFor(acr, long)) continue;
    const short = `${acr}${plural}`;
    out.set(long.toLowerCase(), [short, acr]);
    out.set(short.toLowerCase(), [long, acr]);
  }
  return out;
}

/** An all-caps word of two to five letters or digits, maybe plural: "MFA", "SSPR", "NFC", "JWTs". */
const CLAIM_ACRONYM = /\b[A-Z][A-Z0-9]{1,4}s?\b/g;
const SUBJECT_PRONOUN = new Set(SUBJECT_PRONOUNS);
/** A linking verb's lemmas: a sentence that gives an address need not say that something "points to" it. */
const URL_LINKING = new Set(URL_LINKING_VERBS.map(lemma));

/** Tags of a verb, and how many words after the acronym its verb may stand ("CAE is …", "The CAE setting moved …"). */
const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
const SUBJECT_VERB_REACH = 2;

const COMMA = ',';

/**
 * The acronym is what the claim's clause is about: no verb stands before it in its clause (past a comma: "That
 * said, CAE is …"), and its verb follows it within a word or two ("described in RFC 8628 is …" is no such case).
 */
function acronymIsSubject(text: string, acronym: string): boolean {
  // asked of one claim for each of its candidate passages: the tagger reads it once
  if (lastSubjectAcronym.text !== text || lastSubjectAcronym.acronym !== acronym) lastSubjectAcronym = { text, acronym, subject: readAcronymIsSubject(text, acronym) };
  return lastSubjectAcronym.subject;
}

/** The claim and acronym last asked about, and the answer. */
let lastSubjectAcronym: { text: string; acronym: string; subject: boolean } = { text: '', acronym: '', subject: false };

function readAcronymIsSubject(text: string, acronym: string): boolean {
  const tagged = tag(text);
  const at = tagged.findIndex((t) => t.text === acronym);
  if (at < 0) return false;
  let from = at;
  while (from > 0 && tagged[from - 1]?.text !== COMMA) from--;
  return !tagged.slice(from, at).some((t) => VERB_TAGS.has(t.pos)) && tagged.slice(at + 1, at + 1 + SUBJECT_VERB_REACH).some((t) => VERB_TAGS.has(t.pos));
}
const PLURAL_S = /s$/;
const HTTP_METHOD_WORDS = new Set(HTTP_METHODS);
/** Entities whose capitals are code, not a name: "POST /users/{id}", a header, an error code. */
const CODE_LIKE: ReadonlySet<Entity['type']> = new Set(['api-path', 'url', 'identifier', 'header', 'error-code']);

/** Table markup: the pipes around a row, a line break or bold inside a cell, a row line and the separator row. */
const LEADING_PIPE = /^\|/;
const TRAILING_PIPE = /\|$/;
const BOLD_MARKS = /\*\*/g;
const TABLE_LINE = /^\s*\|/;
/** The first word after a figure ("5 emergency accounts" → "emergency"). */
const FIRST_WORD = /^\W*([A-Za-z][\w-]*)/;
const TRAILING_SPACE_OR_COMMA = /[\s,]+$/;
/** The object of a clause's last preposition, up to three words: "define on the application" → "application". */
const LAST_PREPOSITION_OBJECT = new RegExp(`\\b(?:${alternation(OBJECT_PREPOSITIONS)})\\s+(?:(?:${alternation(ARTICLES)})\\s+)?([\\w-]+(?:\\s+[\\w-]+){0,2})$`, 'i');
const LAST_WORD = /[\w-]+$/;

/** Where a passage's text breaks into sentences (and heading or list lines); never right after a numbered item's "1.". */
const SENTENCE_BREAK = /(?<=[.!?])(?<!(?:^|\n)[ \t]*\d{1,3}\.)\s+|\n+/;

/** The sentences of a passage (heading and list lines apart), and its tables' statements (see splitTables). */
export function passageSentences(passage: Passage): string[] {
  const { prose, table } = passageStatements(passage);
  return [...prose, ...table];
}

/**
 * A passage's prose sentences, and its tables' statements: a row read with its column headers, or in a table
 * that compares things column by column, a cell read with its row's label and its column's header. Two prose
 * sentences in a row may state a claim together; two table statements never do.
 */
interface PassageStatements {
  prose: string[];
  table: string[];
}

function passageStatements(passage: Passage): PassageStatements {
  const { prose, statements } = splitTables(`${passage.heading ?? ''}\n${passage.text}`);
  return { prose: prose.split(SENTENCE_BREAK), table: statements };
}

const NAVIGATION = new Set(NAVIGATION_HEADINGS);
/** A line that is only a link, maybe a list item: "- [Invitation email]" (the index keeps link text in brackets). */
const LINK_LINE = /^\s*(?:[-*+]|\d+\.)?\s*\[[^\]]+\]\s*[.,;]?\s*$/;

/** "Next steps", "See also", "Related content" …, or a section whose lines are mostly bare links. */
function isNavigation(passage: Passage): boolean {
  if (NAVIGATION.has((passage.heading ?? '').trim().toLowerCase())) return true;
  const lines = passage.text.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 0 && lines.filter((l) => LINK_LINE.test(l)).length / lines.length >= THRESHOLDS.linkListShare;
}

const CONTRAST = /,?\s+(?:rather than|instead of)\s+(?:(?:on|to|in|for|with|by|from)\s+)?(?:(?:the|a|an)\s+)?([\w-]+(?:\s+[\w-]+){0,3}?)(?=\s*[,.;)]|\s+(?:is|are|was|were|will|can|do|does)\b|$)/i;

/**
 * "A, rather than B, …" says which of two alternatives the rest of the claim holds for. A passage that says
 * it of B ("roles on the application are available in all tenants") has the claim's words and the reverse
 * meaning, which word overlap cannot see. So for such a claim, the passage sentences that best state the
 * predicate (the words after the contrast, else those before A) must name A; when none does, or none states
 * the predicate at all, the passage does not support the claim.
 */
function contrastSwapped(claim: Claim, passageLines: readonly string[]): string | undefined {
  const m = CONTRAST.exec(claim.text);
  if (!m) return undefined;
  const before = claim.text.slice(0, m.index).replace(TRAILING_SPACE_OR_COMMA, '');
  const lower = before.toLowerCase();
  // A: a name the clause ends with, else the object of its last preposition ("define on the application"), else its last word
  const name = claim.entities.find((e) => lower.endsWith(e.text.toLowerCase()))?.text;
  const object = LAST_PREPOSITION_OBJECT.exec(before)?.[1];
  const aText = name ?? object ?? LAST_WORD.exec(before)?.[0] ?? '';
  const a = contentLemmas(aText);
  const b = contentLemmas(m[1] ?? '').filter((l) => !a.includes(l));
  if (a.length === 0 || b.length === 0) return undefined;
  const other = (t: string): string[] => contentLemmas(t).filter((l) => !a.includes(l) && !b.includes(l));
  const after = other(claim.text.slice(m.index + m[0].length));
  const predicate = after.length > 0 ? after : other(before);
  const sentences = passageLines.map((raw) => new Set(contentLemmas(raw)));
  const counts = sentences.map((present) => predicate.filter((l) => present.has(l)).length);
  const top = Math.max(0, ...counts);
  if (top === 0) return `no sentence says what the claim says of "${aText}" rather than "${m[1] ?? ''}"`;
  if (sentences.some((present, i) => counts[i] === top && a.every((l) => present.has(l)))) return undefined;
  return `the sentences closest to the claim do not name "${aText}"${sentences.some((p, i) => counts[i] === top && b.every((l) => p.has(l))) ? ` but "${m[1] ?? ''}": the two may be swapped` : ''}`;
}
