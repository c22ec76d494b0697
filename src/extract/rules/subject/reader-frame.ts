import type { SubjectRule } from '../types.js';
import { READER_FRAME_PLACES, READER_FRAMES } from '../../../lang/reader-frames.js';
import { DETERMINERS } from '../../../lang/determiners.js';
import { DEMONSTRATIVES } from '../../../lang/demonstratives.js';
import { alternation } from '../../../lang/words.js';
import { asSentence } from '../../split-atomic.js';
import { hasFiniteVerb } from '../../verbs.js';

/** A reader frame at the start of the sentence, with the comma after it if any. */
const FRAME = new RegExp(`^(?:${alternation(READER_FRAMES)})\\b,?\\s+`, 'i');
/** Where the frame points ("in the URI", "on this page"): a preposition, maybe a determiner, then a word. */
const WHERE_WORD = new RegExp(`^(?:${alternation(READER_FRAME_PLACES)})\\s+(?:(?:${alternation([...DETERMINERS, ...DEMONSTRATIVES])})\\s+)?[\\w’'./-]+,?\\s+`, 'i');
/** What a statement's clause opens with: a capital, a digit, a code span or a determiner. */
const CLAUSE_OPENER = new RegExp(`^(?:[A-Z0-9\`"“]|(?:${alternation(DETERMINERS)})\\s)`, 'i');

export const readerFrame: SubjectRule = {
  id: 'reader-frame',
  step: 'subject',
  description:
    'A sentence that opens by pointing the reader elsewhere ("As you can see in the portal, …", "As mentioned earlier, …", `src/lang/reader-frames.ts`) states what follows the frame: the frame, and the place it points to, leave the claim text. Kept when what is left is no clause of its own.',
  examples: [
    {
      input: 'As you can see in the portal the gadget list refreshes every hour.\n',
      expect: [{ quote: 'As you can see in the portal the gadget list refreshes every hour.', text: 'The gadget list refreshes every hour.' }],
    },
    {
      input: 'As mentioned earlier, widget tokens are rotated after 30 minutes.\n',
      expect: [{ text: 'Widget tokens are rotated after 30 minutes.' }],
    },
    {
      input: 'As shown below, simple.\n',
      expect: [{ text: 'As shown below, simple.' }],
    },
  ],
  apply(ctx) {
    const t = ctx.part.text;
    const frame = FRAME.exec(t);
    if (!frame) return undefined;
    let rest = t.slice(frame[0].length);
    const where = WHERE_WORD.exec(rest);
    if (where && CLAUSE_OPENER.test(rest.slice(where[0].length))) rest = rest.slice(where[0].length);
    if (!CLAUSE_OPENER.test(rest) || !hasFiniteVerb(rest)) return undefined;
    return { text: asSentence(rest.charAt(0).toUpperCase() + rest.slice(1)) };
  },
};
