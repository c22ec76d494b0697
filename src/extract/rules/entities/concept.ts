import { conceptSticky } from '../../concepts.js';
import type { EntityCandidate, EntityRule } from '../types.js';

export const concept: EntityRule = {
  id: 'concept',
  step: 'entities',
  description:
    'A recurring technical phrase of the article (concepts.ts: two or three content words seen at least three times, such as "widget lease") is a feature entity wherever it appears, so a checker can ask the documentation about it. It runs last: a name found by an earlier rule wins.',
  examples: [
    {
      input: 'A widget lease lasts one day.\n\nEach widget lease is renewed by the agent.\n\nAn expired widget lease frees the widget.\n',
      expect: [{ quote: 'A widget lease lasts one day.', entities: [{ text: 'widget lease', type: 'feature' }] }],
    },
    {
      input: 'The gadget broker routes calls.\n\nThe gadget broker keeps a queue.\n\nWhen the gadget broker restarts, Gadget Broker Console shows it.\n',
      expect: [{ quote: 'The gadget broker keeps a queue.', entities: [{ text: 'gadget broker', type: 'feature' }] }],
    },
  ],
  apply({ sentence, concepts, conceptStarts }) {
    const out: EntityCandidate[] = [];
    // the extractor hands over only the matchers that may match in the sentence, and where each may start
    // (concept-precheck.ts): a matcher is put at those places in turn, the first match at or after the end of the
    // last one being the one a scan would find, rather than scanning the sentence
    // (a sticky test that matches leaves lastIndex at the match's end: no match array is made)
    concepts.forEach((re, i) => {
      const starts = conceptStarts?.[i];
      const sticky = conceptSticky(re);
      if (!starts || !sticky) {
        re.lastIndex = 0;
        for (let m = re.exec(sentence); m; m = re.exec(sentence)) out.push({ type: 'feature', start: m.index, end: m.index + m[0].length });
        return;
      }
      let from = 0;
      for (const at of starts) {
        if (at < from) continue;
        sticky.lastIndex = at;
        if (!sticky.test(sentence)) continue;
        from = sticky.lastIndex;
        out.push({ type: 'feature', start: at, end: from });
      }
    });
    return out;
  },
};
