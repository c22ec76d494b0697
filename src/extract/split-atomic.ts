import { PLACEHOLDER_FILLERS } from '../lang/placeholder-fillers.js';
import { CLOSING_MARKS } from '../lang/sentence-marks.js';
import { AUX } from './verbs.js';
import { LAST_NOUN_PHRASE } from './noun-phrase.js';
import { mayOpenWithDeterminer, tag, type Tagged } from '../lang/nlp.js';
import { SPLIT_RULES } from './rules/index.js';
import { GERUND_SUBJECT } from './rules/split/participle-clause.js';
import { EXAMPLE_OPENER } from './rules/split/example-object.js';
import { INTERJECTED_ADVERBIALS } from '../lang/interjected-adverbials.js';
import { alternation, exactAlternation } from '../lang/words.js';
import { DASH_LEADS } from '../lang/dash-leads.js';
import { ASIDE_OPENERS } from '../lang/aside-openers.js';
import { labelOf } from './rules/subject/label-item.js';
import { predicateOpener } from './rules/subject/grammar.js';
import { collapseSpaces, pieceCount, wordCount } from './word-count.js';
import { EndPattern, withoutFinal } from './end-pattern.js';
import { CLAUSE_JOINING_CONJUNCTIONS } from '../lang/clause-breaks.js';
import { ARTICLES } from '../lang/articles.js';
import { POINTING_DETERMINERS } from '../lang/pointing-determiners.js';

/**
 * Split one sentence into atomic parts where one part can be true and the other false (DESIGN 3.2):
 * `;`, a spaced dash followed by a clause, `, and|but|while|whereas` + clause, and `and` + a second verb
 * phrase of the same subject. Each part keeps an exact sub-span; `text` restores a missing subject.
 * When a split is not clearly safe we abstain and keep the sentence whole. Hand-written: no JS library
 * offers clause splitting with source offsets.
 */
export interface AtomicPart {
  start: number;
  end: number;
  text: string;
  /** Where the subject that `text` restores stands in the source (an earlier part of the sentence). */
  restored?: { start: number; end: number };
  /**
   * The part is said together with the clause before it: a consequence ("…, reducing the risk …" → "<clause>,
   * which reduces the risk …") or a means ("…, by integrating …" → "<clause> by integrating …"); `rest` is
   * what follows the clause. The extractor rebuilds `text` once the clause's own subject is restored.
   */
  joins?: { how: 'consequence' | 'means' | 'object'; rest: string };
  /**
   * The part's own grammatical subject, when it has one (for later sentences that open with a pronoun). For a
   * clause splitAtomic makes, a getter that finds it when first read.
   */
  readonly subject?: { start: number; end: number } | undefined;
  /** The kept source pieces when the part's words are not contiguous (Claim.parts). */
  pieces?: Array<{ start: number; end: number }>;
}

const CLAUSE_AFTER = new RegExp(
  String.raw`^(?!(?:(?:but|and|yet|so|while|whereas)\s+)?(?:why|what|how|where|who|which|that|even|if|when|because|although|unless|as|since|such|e\.g|including|from|like|whether|before|after|until)\b)(?:(?:but|and|yet|so|while|whereas)\s+)?(?:[\w’',-]+\s+){0,6}?${AUX}(?![\w-])`,
  'i',
);
const DASH_LEAD = new RegExp(`^(?:${exactAlternation(DASH_LEADS)})\\b`, 'i');
/** A consequence opened by a participle keeps its meaning as "This <verb>s …". */
const PARTICIPLE_AS_VERB: Record<string, string> = {
  making: 'makes',
  enabling: 'enables',
  preventing: 'prevents',
  ensuring: 'ensures',
  causing: 'causes',
  indicating: 'indicates',
  allowing: 'allows',
};

const LEAD_WORDS =
  /^(?:(?:but|and|or|yet|so|while|whereas|meaning|which means|since|because(?!\s+of\b))\s+)?(?:(?:crucially|importantly|notably|however|also|instead|additionally|therefore|thus)\s*,?\s+)?/i;
const PRONOUN = /^(?:it|they|this|these|that|those)\b(?!\s+[a-z]+s\b\s+(?:is|are|was|were|can|will))/i;
const PRONOUN_ONLY = /^(?:it|they|this|these|that|those|which|who)$/i;

/** Parts of speech a subject noun phrase is made of ("every/DET access/NOUN token/NOUN", "the new/ADJ endpoint/NOUN"). */
const NOMINAL = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
/** "the library calls", "every access token passes": determiner, up to four words, then a verb in -s (not -ss). */
const DETERMINER_NP_VERB = new RegExp(String.raw`^((?:${alternation([...ARTICLES, ...POINTING_DETERMINERS])})\s+(?:[\w’'.()\x60-]+\s+){0,4}?)[a-z]{2,}[^s\W]s\b`, 'i');
/** A present-tense third-person form, and the tags that can open what follows a verb. */
const PRESENT_S = /^[a-z]{3,}[^s]s$/;
const OBJECT_START = new Set(['DET', 'ADP', 'PRON']);
/** The words a subject may span before its verb, as in the AUX pattern above. */
const SUBJECT_MAX_WORDS = 6;

/**
 * A determiner-led noun phrase and the verb after it, read with the wink tagger: the words before the first
 * verb when they are all nominal. Replaces a pattern that took the first word ending in "s" for the verb
 * ("Every access token passes" gave "Every").
 */
const VERB_TAGS = new Set(['VERB', 'AUX']);

function taggedSubject(body: string): string | undefined {
  if (!mayOpenWithDeterminer(body)) return undefined;
  const tagged = tag(body.slice(0, 200));
  if (tagged[0]?.pos !== 'DET') return undefined;
  // the lite model sometimes tags a present-tense verb as a plural noun ("token passes the …"): a word in -s
  // between a noun and a determiner or preposition is read as the verb
  // and a capitalised word it tags as a verb inside a name, right before the real verb, is the name's last word
  // ("The Temporary Access Pass isn't …")
  const nameWord = (t: Tagged, i: number): boolean => CAPITALISED.test(t.text) && tagged[i - 1]?.pos === 'PROPN' && VERB_TAGS.has(tagged[i + 1]?.pos ?? '');
  const verbLike = (t: Tagged, i: number): boolean =>
    ((t.pos === 'VERB' || t.pos === 'AUX') && !nameWord(t, i)) || (PRESENT_S.test(t.text) && NOMINAL.has(tagged[i - 1]?.pos ?? '') && OBJECT_START.has(tagged[i + 1]?.pos ?? ''));
  const verb = tagged.findIndex((t, i) => i > 0 && verbLike(t, i));
  if (verb < 2 || verb > SUBJECT_MAX_WORDS || !tagged.slice(0, verb).every((t, i) => NOMINAL.has(t.pos) || nameWord(t, i))) return undefined;
  return body.slice(0, tagged[verb]?.start ?? 0);
}

const MIN_PART_WORDS = 4;
/** A dash may follow a shorter opener ("You're not alone — …") when what follows is a full clause. */
const MIN_DASH_LEFT_WORDS = 3;
/** A part that opens with a finite verb shares the previous part's subject ("…, and verify continuity"). */
const VERB_START = new RegExp(String.raw`^${AUX}(?![\w-])\s`, 'i');
/** Spaces, commas, semicolons and dashes left around a cut. */
const CUT_EDGE = /[\s,;—–-]/;
const FIRST_WORD = /^\w+/;
/** A closing full stop or exclamation mark. */
const FINAL_STOP = /[.!]$/;
/** A run of white space (between words). */
const SPACE_RUN = /\s+/;

export function splitAtomic(text: string, start: number, end: number): AtomicPart[] {
  const sentence = text.slice(start, end);
  const cuts = findCuts(sentence);
  const whole = (): AtomicPart[] => [new Clause(text, start, end, asSentence(sentence))];
  if (cuts.length === 0) return whole();
  const parts: AtomicPart[] = [];
  let from = 0;
  // the subject the next part may take: the latest part's own or restored one, found only if a part needs it
  let subject: (() => { text: string; start: number; end: number } | undefined) | undefined;
  for (const cut of [...cuts, { at: sentence.length, skip: 0 }]) {
    const raw = sentence.slice(from, cut.at);
    const lead = LEAD_WORDS.exec(raw)?.[0] ?? '';
    const body = raw.slice(lead.length);
    const s = from + lead.length + (body.length - body.trimStart().length);
    let e = cut.at;
    while (e > s && CUT_EDGE.test(sentence[e - 1] ?? '')) e--;
    const quote = sentence.slice(s, e);
    const lead1 = (FIRST_WORD.exec(quote)?.[0] ?? '').toLowerCase();
    const participle = PARTICIPLE_AS_VERB[lead1];
    const consequence = GERUND_SUBJECT.test(quote) ? null : CONSEQUENCE.exec(quote);
    const part = new Clause(text, start + s, start + e, asSentence(quote));
    const previous = parts[parts.length - 1];
    const antecedent = previous && (RELATIVE.test(quote) || AGENT_PHRASE.test(quote)) ? lastNounPhrase(text, previous) : undefined;
    // a consequence is said of the clause before it: "<clause>, which reduces …"
    const event = previous ? `${previous.text.replace(FINAL_STOP, '')}, which` : 'This';
    if (parts.length > 0 && participle) {
      const rest = `${participle} ${quote.slice(lead1.length).trimStart()}`;
      part.text = asSentence(`${event} ${rest}`);
      part.joins = { how: 'consequence', rest };
    } else if (parts.length > 0 && consequence) {
      const rest = `${consequence[1] ?? ''}${thirdPerson(consequence[2] ?? '')}${quote.slice(consequence[0].length)}`;
      part.text = asSentence(`${event} ${rest}`);
      part.joins = { how: 'consequence', rest };
    } else if (previous && EXAMPLE_OPENER.test(quote)) {
      // a second object of the previous clause's verb: "<subject> <verb> <object>"
      const rest = quote.replace(EXAMPLE_OPENER, '');
      part.text = asSentence(`${clauseUpToVerb(previous.text)} ${rest}`);
      part.joins = { how: 'object', rest };
    } else if (previous && MEANS.test(quote)) {
      part.text = asSentence(`${previous.text.replace(FINAL_STOP, '')} ${quote}`);
      part.joins = { how: 'means', rest: quote };
    } else if (antecedent) {
      const np = text.slice(antecedent.start, antecedent.end);
      part.text = asSentence(RELATIVE.test(quote) ? `${np}${quote.replace(RELATIVE, '')}` : `${np} ${plural(np) ? 'are' : 'is'} ${quote}`);
      part.restored = antecedent;
    } else if (parts.length > 0 && restorable(quote)) {
      const given = subject?.();
      const restored = given ? restoreSubject(quote, given.text) : undefined;
      if (given && restored !== undefined && restored !== asSentence(quote)) {
        part.text = restored;
        part.restored = { start: given.start, end: given.end };
      }
    }
    parts.push(part);
    const before = subject;
    subject = () => {
      const next = part.subject ?? part.restored;
      return next ? { text: text.slice(next.start, next.end), ...next } : before?.();
    };
    from = cut.at + cut.skip;
  }
  return parts.every((p, i) => pieceCount(p.text) >= (i === 0 ? MIN_DASH_LEFT_WORDS : MIN_PART_WORDS)) ? parts : whole();
}

/** A participle with its agent cut off its noun ("developed by Microsoft …"). */
const AGENT_PHRASE = /^[a-z]{3,}(?:ed|en|wn|lt)\s+by\s/;

/** A means adjunct cut off its clause ("by integrating …"): said together with that clause. */
const MEANS = /^by\s+[a-z]{3,}ing\b/;

/** A relative clause cut off its noun ("which is more standards compliant"). */
const RELATIVE = /^(?:which|who)(?=\s)/i;
/** A consequence in a participle clause ("significantly reducing the risk"): optional adverb, then the -ing verb. */
const CONSEQUENCE = /^(\w+ly\s+)?([a-z]{3,}ing)\b/;

/** The last determiner-led noun phrase of a part (the antecedent of a relative clause cut after it). */
function lastNounPhrase(text: string, part: { start: number; end: number }): { start: number; end: number } | undefined {
  const q = text.slice(part.start, part.end);
  const m = LAST_NOUN_PHRASE.exec(q);
  return m?.[1] ? { start: part.end - m[1].length, end: part.end } : undefined;
}

const ING_END = /ing$/;
const DOUBLED_CONSONANT_END = /([b-df-hj-np-tv-z])\1$/;
/** Double consonants a stem keeps ("install", "pass", "buzz"). */
const KEPT_DOUBLE_END = /(?:ll|ss|zz)$/;
/** Stem endings that lost a silent "e" before "-ing" ("us-ing", "creat-ing"). */
const SILENT_E_STEM_END = /(?:[^aeiou][cvgsz]|[aeiou][cgsvz]|at|ut|it|ur|ir|bl|pl|kl|tl|dl|gl)$/;
const NO_SILENT_E_END = /(?:ss|ng|rg|ck)$/;
const SIBILANT_END = /(?:s|sh|ch|x|z)$/;
const CONSONANT_Y_END = /[^aeiou]y$/;

/** "reducing" → "reduces", "requiring" → "requires", "letting" → "lets": the verb a consequence clause states. */
export function thirdPerson(ing: string): string {
  let stem = ing.replace(ING_END, '');
  if (DOUBLED_CONSONANT_END.test(stem) && !KEPT_DOUBLE_END.test(stem)) stem = stem.slice(0, -1);
  else if (SILENT_E_STEM_END.test(stem) && !NO_SILENT_E_END.test(stem)) stem += 'e';
  if (SIBILANT_END.test(stem)) return `${stem}es`;
  if (CONSONANT_Y_END.test(stem)) return `${stem.slice(0, -1)}ies`;
  return `${stem}s`;
}

/**
 * A clause of a sentence, its subject found when first read: most sentences' subjects are never read (only a
 * later sentence that points back to one reads it, extract/index.ts), and finding one may run the tagger. A
 * class, so that the getter is the prototype's, not one defined on each part.
 */
class Clause implements AtomicPart {
  declare restored?: NonNullable<AtomicPart['restored']>;
  declare joins?: NonNullable<AtomicPart['joins']>;
  declare pieces?: NonNullable<AtomicPart['pieces']>;
  #subject: { start: number; end: number } | undefined;
  #found = false;
  constructor(
    private readonly doc: string,
    public start: number,
    public end: number,
    public text: string,
  ) {}
  get subject(): { start: number; end: number } | undefined {
    if (!this.#found) {
      this.#subject = subjectSpan(this.doc, this.start, this.end);
      this.#found = true;
    }
    return this.#subject;
  }

  /** The subject if it has been found (`subject` read), else null. */
  foundSubject(): { start: number; end: number } | undefined | null {
    return this.#found ? this.#subject : null;
  }
}

/**
 * The subject `part.subject` gives, as something that keeps only the clause's place (and its subject, once found)
 * rather than the clause: what a later sentence may read (extract/index.ts keeps what it needs of each sentence
 * until a sentence reads them, which on text without pronouns is every sentence of the article).
 */
export class ClauseSubject {
  #subject: { start: number; end: number } | undefined | null;
  readonly start: number;
  readonly end: number;
  /** Another kind of part than splitAtomic's clauses, read as it is. */
  private readonly other: AtomicPart | undefined;
  constructor(
    private readonly doc: string,
    part: AtomicPart,
  ) {
    this.start = part.start;
    this.end = part.end;
    this.other = part instanceof Clause ? undefined : part;
    this.#subject = part instanceof Clause ? part.foundSubject() : null;
  }
  get(): { start: number; end: number } | undefined {
    if (this.#subject === null) this.#subject = this.other ? this.other.subject : subjectSpan(this.doc, this.start, this.end);
    return this.#subject;
  }
  /** Whether `get` reads only the clause's place: nothing found yet, and a clause of splitAtomic's (clauseSubjectSpan). */
  byPlaceOnly(): boolean {
    return this.#subject === null && this.other === undefined;
  }
}

/** The subject of splitAtomic's clause at text[start, end) (what its `subject` gives). */
export function clauseSubjectSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  return subjectSpan(text, start, end);
}

const LABEL_PREFIX = /^[\w-]+:\s+/;

/** The source span of a clause's subject (after an optional `Label:` prefix). */
function subjectSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const quote = text.slice(start, end);
  const label = LABEL_PREFIX.exec(quote)?.[0].length ?? 0;
  const subject = mainSubject(quote.slice(label));
  if (!subject) return labelSubject(text, start, end);
  const at = quote.indexOf(subject, label); // the subject is a substring of this very clause
  return at < 0 ? undefined : { start: start + at, end: start + at + subject.length };
}

const CAPITALISED = /^[A-Z]/;

/** "Session Token: Stays valid …": a label before a subjectless predicate is the clause's subject. */
function labelSubject(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const item = labelOf(text, start, end);
  // a name ("Session Token"), not a field in code style ("exp"), which the label-item rule words as "The exp claim"
  return item && CAPITALISED.test(item.label) && predicateOpener(item.body) ? { start: item.labelStart, end: item.labelEnd } : undefined;
}

/**
 * A clause up to and including its main verb and a preposition after it ("Conditional Access relies on"),
 * for stating a second object of that verb. The whole clause when no verb is found.
 */
export function clauseUpToVerb(clause: string): string {
  const tagged = tag(clause);
  const verb = tagged.findIndex((t, i) => i > 0 && t.pos === 'VERB');
  if (verb < 0) return clause.replace(FINAL_STOP, '');
  let last = verb;
  while (tagged[last + 1]?.pos === 'ADP' || tagged[last + 1]?.pos === 'PART') last++;
  return clause.slice(0, tagged[last]?.end ?? clause.length);
}

interface Cut {
  at: number;
  skip: number;
}

/** ", in essence," inside a clause: left out when looking for the subject. */
const INTERJECTED = new RegExp(String.raw`,\s+(?:${alternation(INTERJECTED_ADVERBIALS)}),\s+`, 'gi');

/** "Of course, …", "Actually …" at the start of a clause. */
const OPENING_ADVERBIAL = new RegExp(String.raw`^(?:${alternation(INTERJECTED_ADVERBIALS)})\b,?\s+`, 'i');
/** "Emergency accounts often have …": an adverb before the verb is not part of the subject. */
const TRAILING_ADVERB = new RegExp(String.raw`\s+(?:${alternation(INTERJECTED_ADVERBIALS)}|\w+ly)$`, 'i');

const PAREN_OPENER = new RegExp(`^(?:${exactAlternation(ASIDE_OPENERS)})\\b`, 'i');
/** A second dash within seven words: a short parenthetical dash pair. */
const SHORT_DASH_PARENTHETICAL = /^(?:\S+\s+){0,6}?\S*\s+[—–]\s/;
const EXAMPLE_ABBREVIATION = /^e\.g\./;
const AND_START = /^and\s+/;
/** A passive verb ("is issued", "was quickly revoked"). */
const PASSIVE_VERB = /\b(?:is|are|was|were)\s+(?:\w+ly\s+)?\w+ed\b/;
const TO_BE = /\bto be\b/;
/**
 * Where splitAtomic may cut: a semicolon, a spaced dash, a comma before "and"/"but"/"while"/"whereas" and a
 * word, and before "and" + a participle ("… and is signed …").
 */
const CUT_POINTS = new RegExp(String.raw`;\s+|\s+[—–]\s+|,\s+(?=(?:${exactAlternation(CLAUSE_JOINING_CONJUNCTIONS)})\s)|\s+(?=and\s+(?:is|are|was|were|can|will|must|may)?\s*[a-z]+ed\b)`, 'g');

/**
 * Whether CUT_POINTS may match: each of its matches holds a semicolon, a dash, a comma or "and" (found with
 * `includes`, which is far cheaper than the pattern's scan; most sentences hold none of them).
 */
function mayHaveCutPoint(sentence: string): boolean {
  return sentence.includes(',') || sentence.includes(';') || sentence.includes('—') || sentence.includes('–') || sentence.includes('and');
}

function findCuts(sentence: string): Cut[] {
  const cuts: Cut[] = [];
  let skipDash = false;
  CUT_POINTS.lastIndex = 0;
  for (let m = mayHaveCutPoint(sentence) ? CUT_POINTS.exec(sentence) : null; m; m = CUT_POINTS.exec(sentence)) {
    if (depthAt(sentence, m.index) !== 0) continue;
    const after = sentence.slice(m.index + m[0].length);
    const left = sentence.slice(cuts.at(-1)?.at ?? 0, m.index);
    const kind = m[0].trim();
    if (SPLIT_RULES.some((r) => r.veto?.(left, sentence.slice(m.index)))) continue;
    const leftWords = wordCount(left);
    if (leftWords < (kind === '—' || kind === '–' ? MIN_DASH_LEFT_WORDS : MIN_PART_WORDS)) continue;
    if (kind === '—' || kind === '–') {
      if (SHORT_DASH_PARENTHETICAL.test(after)) continue; // a short parenthetical dash pair
      if (PAREN_OPENER.test(after)) {
        skipDash = true;
        continue;
      } // "— such as …" opens an aside
      if (skipDash) {
        skipDash = false;
        continue;
      } // … and this dash closes it
    }
    const ok =
      kind === ';'
        ? true
        : kind === '—' || kind === '–'
          ? DASH_LEAD.test(after) || (CLAUSE_AFTER.test(after) && !EXAMPLE_ABBREVIATION.test(after))
          : kind === ','
            ? CLAUSE_AFTER.test(after)
            : AND_START.test(after) && PASSIVE_VERB.test(left) && !TO_BE.test(left);
    if (ok && wordCount(after) >= MIN_PART_WORDS) cuts.push({ at: m.index, skip: m[0].length });
  }
  for (const rule of SPLIT_RULES) {
    if (!rule.cuts || !rule.accept || (rule.needs !== undefined && !sentence.includes(rule.needs)) || (rule.gate && !rule.gate.test(sentence))) continue;
    rule.cuts.lastIndex = 0;
    for (let m = rule.cuts.exec(sentence); m; m = rule.cuts.exec(sentence)) {
      if (depthAt(sentence, m.index) !== 0 || cuts.some((c) => Math.abs(c.at - m.index) < 3)) continue;
      const before = cuts.filter((c) => c.at < m.index).at(-1);
      const left = sentence.slice(before ? before.at + before.skip : 0, m.index);
      const after = sentence.slice(m.index + m[0].length);
      if (wordCount(left) < MIN_PART_WORDS || wordCount(after) < MIN_PART_WORDS) continue;
      if (rule.accept(left, after)) cuts.push({ at: m.index, skip: m[0].length });
    }
  }
  return cuts.sort((a, b) => a.at - b.at);
}

/** Parenthesis/quote depth at a position: never cut inside "(…)" or “…”. */
function depthAt(s: string, pos: number): number {
  let depth = 0;
  let quote = false;
  for (let i = 0; i < pos; i++) {
    const c = s[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === '“') quote = true;
    else if (c === '”') quote = false;
  }
  return depth + (quote ? 1 : 0);
}

/** A clause that opens with a subordinator or a preposition: its subject comes later. */
const SUBORDINATE_OPENING = /^(?:when|if|while|because|since|although|before|after|unless|in|at|for|within|during|once)\b/i;

/** Up to eight words, then an auxiliary verb; group 1 is the words before it (the subject). */
/** The words before the first auxiliary or verb: a name in code style ("the `roles` claim") is one of them. */
const SUBJECT_BEFORE_AUX = new RegExp(String.raw`^((?:[\w’'.()\x60-]+\s+){1,8}?)${AUX}(?![\w-])`);

/** The subject noun phrase of a clause: the words before its first verb, after a leading adverbial clause. */
export function mainSubject(clause: string): string | undefined {
  let body = clause.replace(INTERJECTED, ' ').replace(OPENING_ADVERBIAL, '');
  if (SUBORDINATE_OPENING.test(body)) {
    const comma = body.indexOf(', ');
    if (comma < 0) return undefined;
    body = body.slice(comma + 2);
  }
  // verbs mid-sentence are lower-case: case-sensitive, so "Sign-In Logs" is not read as "sign"
  const m = SUBJECT_BEFORE_AUX.exec(body);
  // fallback: the noun phrase before the first verb, as the tagger reads it ("the library calls", "every access token passes")
  // then a determiner-led noun phrase before a present-tense verb in -s, but not in -ss ("access")
  const subject = (m?.[1] ?? taggedSubject(body) ?? DETERMINER_NP_VERB.exec(body)?.[1])?.trim().replace(TRAILING_ADVERB, '');
  return subject && !PRONOUN_ONLY.test(subject) ? subject : undefined;
}

/** "This is/means/makes …": the pronoun stands for the clause before, not its subject. */
const THIS_REFERS_TO_EVENT = /^(?:this|that)\s+(?:is|was|means|makes|keeps)\b/i;
/** "it's a good idea to …", "it is important that …": "it" holds the place of what follows, not of a thing said before. */
const PLACEHOLDER_IT = new RegExp(String.raw`^it(?:[’']s|\s+is|\s+was)\s+(?:(?:${exactAlternation(PLACEHOLDER_FILLERS)})\s+)*(?:[a-z]+(?<!ed)\s+){1,2}(?:to|that)\b`, 'i');
const AUXILIARY_START = /^(?:is|are|was|were|can|will|must|may)\s/i;
const PARTICIPLE_START = /^[a-z]+ed\b/;
const BE_VERB = /\b(is|are|was|were)\b/i;

/** Whether restoreSubject would give `part` a subject: it opens with a pronoun, an auxiliary, a verb or a participle. */
function restorable(part: string): boolean {
  return (PRONOUN.test(part) && !THIS_REFERS_TO_EVENT.test(part) && !PLACEHOLDER_IT.test(part)) || AUXILIARY_START.test(part) || VERB_START.test(part) || PARTICIPLE_START.test(part);
}

/** A pronoun with its verb contracted onto it ("it's", "they're"; group 1 is "s" or "re"). */
const CONTRACTED_PRONOUN = /^(?:it|they|that)[’'](s|re)\b/i;

function restoreSubject(part: string, subject: string | undefined): string {
  if (subject) {
    // "this"/"that" alone stand for the previous clause ("…; that is the default"), not for its subject
    if (PLACEHOLDER_IT.test(part)) return asSentence(part);
    // "it's for onboarding": the contraction's verb stays
    const contracted = CONTRACTED_PRONOUN.exec(part);
    if (contracted) return asSentence(`${subject} ${(contracted[1] ?? '').toLowerCase() === 're' ? 'are' : 'is'}${part.slice(contracted[0].length)}`);
    if (PRONOUN.test(part) && !THIS_REFERS_TO_EVENT.test(part)) return asSentence(part.replace(PRONOUN, subject));
    if (AUXILIARY_START.test(part) || VERB_START.test(part)) return asSentence(`${subject} ${part}`);
    if (PARTICIPLE_START.test(part)) {
      const aux = BE_VERB.exec(subject) ? '' : plural(subject) ? 'are ' : 'is ';
      return asSentence(`${subject} ${aux}${part}`);
    }
  }
  return asSentence(part);
}

/** An "s" at the end of a word (or before a closing mark: "JWTs)"). */
const S_WORD_END = /s\b/i;

/**
 * The subject of a restored clause reads as plural when its last word ends in "s". Kept apart from
 * lang/inflection.ts nounPhraseIsPlural on purpose: that one reads the head noun ("A list of sign-ins is …")
 * and leaves "access"/"status" singular, which changes 11 of 18,152 claims extracted from the shared corpus
 * (all to better agreement) and so their ids; switching is a decision for the eval, not a refactor.
 */
function plural(np: string): boolean {
  return S_WORD_END.test(np.split(SPACE_RUN).at(-1) ?? '');
}

/** The dots of an ellipsis that ends a text (two or more: asSentence leaves one). */
const ELLIPSIS_DOTS = '.';
const MIN_ELLIPSIS_DOTS = 2;
/** A lower-case label ("scope: …"), kept as written. */
const LOWER_CASE_LABEL = /^[a-z]\w*:\s/;
/** A sentence's last mark, and a closing quote, bracket or emphasis after it ("**Is it free?**"). */
const SENTENCE_END = new EndPattern(new RegExp(`[.!?]${CLOSING_MARKS}?$`), 3, false);
const TRAILING_JOINERS = /[,;:—–-]+$/;

/** The text with an ellipsis at its end made one full stop (what `.replace(/\.{2,}$/, '.')` gives), read from the end. */
function oneFinalDot(t: string): string {
  const bare = withoutFinal(t, ELLIPSIS_DOTS);
  return t.length - bare.length >= MIN_ELLIPSIS_DOTS ? `${bare}.` : t;
}

/** The last text asSentence was given and its answer: a whole sentence's clause is worded once by splitAtomic and again by the embedded rules that compare against it. */
let lastSource: string | undefined;
let lastSentence = '';

/** One self-contained sentence: whitespace collapsed, capitalised, closed with a full stop. */
export function asSentence(s: string): string {
  if (s === lastSource) return lastSentence;
  const t = oneFinalDot(collapseSpaces(s).trim());
  // a text that opens with a capital already is kept as the string it is (a new string per claim otherwise)
  const first = t.charAt(0);
  const upper = first.toUpperCase();
  const cap = upper === first || LOWER_CASE_LABEL.test(t) ? t : upper + t.slice(1);
  lastSource = s;
  lastSentence = SENTENCE_END.test(cap) ? cap : `${cap.replace(TRAILING_JOINERS, '')}.`;
  return lastSentence;
}
