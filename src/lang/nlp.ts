import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { TAGGER_DETERMINER_OPENERS } from './determiner-openers.js';

/**
 * Part-of-speech tags and lemmas from wink-nlp with its English "lite" web model (Universal Dependencies
 * tags: NOUN, PROPN, VERB, AUX, PRON, DET, ADP …). Chosen over compromise after measuring both on the
 * eval-real articles repeated to 1 MB: wink 1.22 MB/s at 187 MB RSS, compromise 0.18 MB/s at 359 MB; both
 * tag the sentences we care about alike. The model loads once, lazily (about 170 ms), so a run that never
 * asks for tags pays nothing.
 *
 * Sentence cuts stay with sentence-splitter and our repair pass: wink cuts "v2.0" and URLs apart.
 */
export interface Tagged {
  text: string;
  /** Universal Dependencies part-of-speech tag. */
  pos: string;
  /** Lower-case lemma ("triggers" → "trigger", "was" → "be"). */
  lemma: string;
  /** Offsets into the text given to `tag` plus its `offset`. */
  start: number;
  end: number;
}

type Nlp = ReturnType<typeof winkNLP>;
let loaded: Nlp | undefined;

/**
 * Only the part-of-speech step of wink's pipe: sentence cuts, negation, sentiment and entities write their own
 * fields and never the tags or lemmas we read (tags were compared identical on the 8,008 distinct clauses that
 * 5 MB of docs pages tag), and leaving them out makes each document about 30% cheaper.
 */
const PIPE = ['pos'];

function nlp(): Nlp {
  loaded ??= winkNLP(model, PIPE);
  return loaded;
}

/**
 * Tags of the texts tagged lately. Extraction asks again and again for the same clause (the subject of a list's
 * lead-in, once per item; a clause's subject, once per split and once per rule that reads it): on 5 MB of docs
 * pages 32,178 requests are 8,008 distinct texts. Tagging is a pure function of the text, so a repeat is free.
 * Cleared whole when full, which keeps it bounded without the bookkeeping of an LRU.
 */
const recent = new Map<string, readonly Tagged[]>();
const RECENT_MAX = 2048;

/** Whether anything in this process has asked for tags yet (benchmarks say whether the tagger was in the loop). */
export function taggerLoaded(): boolean {
  return loaded !== undefined;
}

/**
 * Tags a short text (a sentence or a clause); offsets are exact, since wink keeps each token's leading spaces.
 * The result may be shared with other callers: read it, never change it.
 */
export function tag(text: string, offset = 0): readonly Tagged[] {
  let tagged = recent.get(text);
  if (!tagged) {
    if (recent.size >= RECENT_MAX) recent.clear();
    tagged = tagText(text);
    recent.set(text, tagged);
  }
  return offset === 0 ? tagged : tagged.map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
}

function tagText(text: string): Tagged[] {
  const n = nlp();
  const tokens = n.readDoc(text).tokens();
  const values = tokens.out(n.its.value);
  const spaces = tokens.out(n.its.precedingSpaces);
  const pos = tokens.out(n.its.pos);
  // wink's typings declare `its.lemma` with the model add-ons as a parameter; at run time `out` supplies them
  const lemmas = tokens.out(n.its.lemma as unknown as ItsFunction<string>);
  const out: Tagged[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += (spaces[i] ?? '').length;
    const value = values[i] ?? '';
    const p = pos[i] ?? 'X';
    if (p !== 'SPACE') out.push({ text: value, pos: p, lemma: (lemmas[i] ?? value).toLowerCase(), start: at, end: at + value.length });
    at += value.length;
  }
  return out;
}

/** The first word of a text when it is plain letters followed by a space (or the end): wink reads it as one token. */
const PLAIN_FIRST_WORD = /^[ \t\r\n]*([A-Za-z]+)(?:[ \t\r\n]|$)/;
/**
 * A text whose first token opens with a digit or ASCII punctuation no determiner-like word of the model starts
 * with (only `!`, `'`, `.`, `?` and `’` do, besides letters): `[link]`, `**bold**`, `` `code` ``, `(aside)`, `1.`.
 */
const NON_WORD_START = /^[ \t\r\n]*[0-9"#$%&()*+,\-/:;<=>@[\\\]^_`{|}~]/;
const DETERMINER_OPENERS: ReadonlySet<string> = new Set(TAGGER_DETERMINER_OPENERS);

/**
 * False only when the tagger cannot give `text`'s first token DET (see src/lang/determiner-openers.ts), so a
 * caller that only wants to know whether a text opens with a determiner can skip tagging it.
 */
export function mayOpenWithDeterminer(text: string): boolean {
  if (NON_WORD_START.test(text)) return false;
  const first = PLAIN_FIRST_WORD.exec(text)?.[1];
  return first === undefined || DETERMINER_OPENERS.has(first.toLowerCase());
}

/** The lemma of one word, as the tagger reads it alone ("issued" → "issue"). */
export function lemmaOf(word: string): string {
  return tag(word)[0]?.lemma ?? word.toLowerCase();
}
