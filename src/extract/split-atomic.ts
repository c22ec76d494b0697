import { AUX } from './verbs.js';

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
}

const CLAUSE_AFTER = new RegExp(String.raw`^(?:(?:but|and|yet|so|while|whereas)\s+)?(?!(?:why|what|how|where|who|which|that|even|if|when|because|although|unless|as|since|such|e\.g|including|from|like|whether|before|after|until)\b)(?:[\w’'-]+\s+){0,6}?${AUX}\b`, 'i');
const DASH_LEAD = /^(?:but|and|meaning|which means|making|enabling|preventing|ensuring|causing|indicating|allowing)\b/i;
/** A consequence opened by a participle keeps its meaning as "This <verb>s …". */
const PARTICIPLE_AS_VERB: Record<string, string> = {
  making: 'makes', enabling: 'enables', preventing: 'prevents', ensuring: 'ensures', causing: 'causes', indicating: 'indicates', allowing: 'allows',
};
const LEAD_WORDS = /^(?:(?:but|and|yet|so|while|whereas|meaning|which means)\s+)?(?:(?:crucially|importantly|notably|however|also|instead|additionally|therefore|thus)\s*,?\s+)?/i;
const PRONOUN = /^(?:it|they|this|these|that|those)\b(?!\s+[a-z]+s\b\s+(?:is|are|was|were|can|will))/i;
const PRONOUN_ONLY = /^(?:it|they|this|these|that|those)$/i;
const MIN_PART_WORDS = 4;

export function splitAtomic(text: string, start: number, end: number): AtomicPart[] {
  const sentence = text.slice(start, end);
  const cuts = findCuts(sentence);
  if (cuts.length === 0) return [{ start, end, text: asSentence(sentence) }];
  const parts: AtomicPart[] = [];
  let from = 0;
  let subject: string | undefined;
  for (const cut of [...cuts, { at: sentence.length, skip: 0 }]) {
    const raw = sentence.slice(from, cut.at);
    const lead = LEAD_WORDS.exec(raw)?.[0] ?? '';
    const body = raw.slice(lead.length);
    const s = from + lead.length + (body.length - body.trimStart().length);
    let e = cut.at;
    while (e > s && /[\s,;—–-]/.test(sentence[e - 1] ?? '')) e--;
    const quote = sentence.slice(s, e);
    const lead1 = (/^\w+/.exec(quote)?.[0] ?? '').toLowerCase();
    const participle = PARTICIPLE_AS_VERB[lead1];
    const text =
      parts.length === 0 ? asSentence(quote)
        : participle ? asSentence(`This ${participle} ${quote.slice(lead1.length).trimStart()}`)
          : restoreSubject(quote, subject);
    parts.push({ start: start + s, end: start + e, text });
    subject = mainSubject(quote.replace(/^[\w-]+:\s+/, '')) ?? subject;
    from = cut.at + cut.skip;
  }
  return parts.every((p) => p.text.split(/\s+/).length >= MIN_PART_WORDS) ? parts : [{ start, end, text: asSentence(sentence) }];
}

interface Cut {
  at: number;
  skip: number;
}

function findCuts(sentence: string): Cut[] {
  const cuts: Cut[] = [];
  const re = /;\s+|\s+[—–]\s+|,\s+(?=(?:and|but|while|whereas)\s)|\s+(?=and\s+(?:is|are|was|were|can|will|must|may)?\s*[a-z]+ed\b)/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (depthAt(sentence, m.index) !== 0) continue;
    const after = sentence.slice(m.index + m[0].length);
    const left = sentence.slice(cuts.at(-1)?.at ?? 0, m.index);
    if (left.trim().split(/\s+/).length < MIN_PART_WORDS) continue;
    const kind = m[0].trim();
    if ((kind === '—' || kind === '–') && /^(?:\S+\s+){0,6}?\S*\s+[—–]\s/.test(after)) continue; // a parenthetical dash pair
    const ok =
      kind === ';' ? true
        : kind === '—' || kind === '–' ? DASH_LEAD.test(after) || (CLAUSE_AFTER.test(after) && !/^e\.g\./.test(after))
          : kind === ',' ? CLAUSE_AFTER.test(after)
            : /^and\s+/.test(after) && /\b(?:is|are|was|were)\s+(?:\w+ly\s+)?\w+ed\b/.test(left) && !/\bto be\b/.test(left);
    if (ok && after.trim().split(/\s+/).length >= MIN_PART_WORDS) cuts.push({ at: m.index, skip: m[0].length });
  }
  return cuts;
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

/** The subject noun phrase of a clause: the words before its first verb, after a leading adverbial clause. */
export function mainSubject(clause: string): string | undefined {
  let body = clause;
  if (/^(?:when|if|while|because|since|although|before|after|unless|in|at|for|within|during|once)\b/i.test(body)) {
    const comma = body.indexOf(', ');
    if (comma < 0) return undefined;
    body = body.slice(comma + 2);
  }
  const m = new RegExp(String.raw`^((?:[\w’'.()-]+\s+){1,8}?)${AUX}\b`, 'i').exec(body);
  // fallback: a determiner-led noun phrase followed by a present-tense verb ("the library calls")
  const np = m ?? /^((?:the|a|an|each|every|this|these|that|those)\s+(?:[\w’'.()-]+\s+){0,4}?)[a-z]{3,}s\b/i.exec(body);
  const subject = np?.[1]?.trim();
  return subject && !PRONOUN_ONLY.test(subject) ? subject : undefined;
}

function restoreSubject(part: string, subject: string | undefined): string {
  if (subject) {
    if (PRONOUN.test(part)) return asSentence(part.replace(PRONOUN, subject));
    if (/^(?:is|are|was|were|can|will|must|may)\s/i.test(part)) return asSentence(`${subject} ${part}`);
    if (/^[a-z]+ed\b/.test(part)) {
      const aux = /\b(is|are|was|were)\b/i.exec(subject) ? '' : plural(subject) ? 'are ' : 'is ';
      return asSentence(`${subject} ${aux}${part}`);
    }
  }
  return asSentence(part);
}

function plural(np: string): boolean {
  return /s\b/i.test(np.split(/\s+/).at(-1) ?? '');
}

/** One self-contained sentence: whitespace collapsed, capitalised, closed with a full stop. */
export function asSentence(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim().replace(/\.{2,}$/, '.');
  const cap = /^[a-z]\w*:\s/.test(t) ? t : t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]["”’)]?$/.test(cap) ? cap : `${cap.replace(/[,;:—–-]+$/, '')}.`;
}
