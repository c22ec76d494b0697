import type { Range, SegmentRule } from '../types.js';
import { DANGLING_FUNCTION_WORDS } from '../../../lang/function-words.js';
import { trimRange } from '../helpers.js';
import { DETERMINERS } from '../../../lang/determiners.js';
import { SUBORDINATORS } from '../../../lang/subordinators.js';
import { QUESTION_WORDS } from '../../../lang/question-words.js';
import { SUBJECT_PRONOUNS } from '../../../lang/pronouns.js';
import { DEMONSTRATIVES } from '../../../lang/demonstratives.js';
import { NON_REFERENTS } from '../../../lang/non-referents.js';

/**
 * A short line with no closing mark at the head of a paragraph, the sentence on the next line ("How PIM activation
 * works\nWhen a user activates …"): a plain-text heading, not the first words of that sentence. Hand-written:
 * plain text has no heading syntax for the parser to read.
 */
const LINE = /[^\n]+/g;
/** At most this many words and characters: a heading, not a line wrapped inside a paragraph. */
const MAX_WORDS = 8;
const MAX_CHARS = 60;
const WORD = /\S+/g;
/** Opens with a capital or a digit. */
const CAPITAL_START = /^[\s>*_#-]*[A-Z0-9]/;
/** Ends without the mark a sentence or clause closes with, or a joining dash or slash. */
const OPEN_END = /[\p{L}\p{N})’'"]$/u;
const LAST_WORD = /([\p{L}’']+)\W*$/u;
const DANGLING = new Set(DANGLING_FUNCTION_WORDS);
/** Words a sentence opens with that never continue a name from the line before ("The", "When", "This", "You"). */
const SENTENCE_OPENERS = new Set([...DETERMINERS, ...SUBORDINATORS, ...QUESTION_WORDS, ...SUBJECT_PRONOUNS, ...DEMONSTRATIVES, ...NON_REFERENTS]);
const FIRST_WORD = /^[\s>*_#-]*([\p{L}’']+)/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * Does the next line go on with the name the line ends on? "… deploy Global Secure\nAccess (GSA) clients" is a
 * name wrapped over two lines: a capitalised last word, then a capitalised first word that opens no sentence.
 */
function continuesName(line: string, next: string): boolean {
  const last = LAST_WORD.exec(line.trim())?.[1] ?? '';
  const first = FIRST_WORD.exec(next)?.[1] ?? '';
  return UPPER_START.test(last) && UPPER_START.test(first) && !SENTENCE_OPENERS.has(first.toLowerCase());
}

function isTitleLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > MAX_CHARS || (t.match(WORD)?.length ?? 0) > MAX_WORDS) return false;
  if (!CAPITAL_START.test(t) || !OPEN_END.test(t)) return false;
  return !DANGLING.has((LAST_WORD.exec(t)?.[1] ?? '').toLowerCase());
}

export const titleLine: SegmentRule = {
  id: 'title-line',
  step: 'segment',
  description:
    'A short line with no closing mark that opens a paragraph and is followed, on the next line, by a sentence that opens with a capital is a plain-text heading: it is a segment of its own and never the first words of that sentence.',
  examples: [
    {
      input: 'How widget activation works\nWhen a user activates an eligible role, Privileged Identity Management can require approval.\n',
      path: 'a.txt',
      expect: [{ quote: 'How widget activation works' }, { quote: 'When a user activates an eligible role, Privileged Identity Management can require approval.' }],
    },
    {
      input: 'Best practices\nKeep at least two emergency access accounts for the widget portal.\n',
      path: 'a.txt',
      expect: [{ quote: 'Keep at least two emergency access accounts for the widget portal.' }],
    },
    // a name wrapped over two lines goes on
    {
      input: 'Organizations can deploy Global Secure\nAccess clients to managed devices to filter web content.\n',
      path: 'a.txt',
      expect: [{ quote: 'Organizations can deploy Global Secure\nAccess clients to managed devices to filter web content.' }],
    },
    // a wrapped line of a sentence goes on: it ends on a word that joins it to the next line
    {
      input: 'The widget portal asks every user for a reason and\nKeeps the answer for thirty days.\n',
      path: 'a.txt',
      expect: [{ quote: 'The widget portal asks every user for a reason and\nKeeps the answer for thirty days.' }],
    },
  ],
  apply(text: string, ranges: Range[]): Range[] {
    const out: Range[] = [];
    for (const r of ranges) {
      const slice = text.slice(r.start, r.end);
      // most ranges are one line: nothing to part
      if (!slice.includes('\n')) {
        out.push(r);
        continue;
      }
      LINE.lastIndex = 0;
      const first = LINE.exec(slice);
      const second = first ? LINE.exec(slice) : null;
      // only the range's first line, and only when a sentence that opens with a capital follows it
      if (!first || !second || !isTitleLine(first[0]) || !CAPITAL_START.test(second[0]) || continuesName(first[0], second[0])) {
        out.push(r);
        continue;
      }
      out.push(trimRange(text, r.start, r.start + first.index + first[0].length));
      out.push(trimRange(text, r.start + second.index, r.end));
    }
    return out.filter((x) => x.end > x.start);
  },
};
