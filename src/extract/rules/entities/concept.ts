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
  apply({ sentence, concepts }) {
    const out: EntityCandidate[] = [];
    // the extractor hands over only the matchers that may match in the sentence (concept-precheck.ts)
    for (const re of concepts) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence); m; m = re.exec(sentence)) out.push({ type: 'feature', start: m.index, end: m.index + m[0].length });
    }
    return out;
  },
};
