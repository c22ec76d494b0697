import type { KindRule } from '../types.js';
import { CAPTION_LABELS } from '../../../lang/caption-labels.js';
import { alternation } from '../../../lang/words.js';
import { hasFiniteVerb } from '../../verbs.js';
import { NON_CLAIM } from '../helpers.js';
import { pieceCount } from '../../word-count.js';

/** "Image: …", "Figure 3 – …", "Source: …": a caption label with a colon, dash or number. */
const CAPTION = new RegExp(String.raw`^(?:${alternation(CAPTION_LABELS)})(?:\s*\d+)?\s*[.:–—-]\s`, 'i');
/** "Sample V1 ID token.", "Example output": a short label naming the sample that follows. */
const SAMPLE_LABEL = new RegExp(String.raw`^(?:${alternation(CAPTION_LABELS)})\b`, 'i');
const LABEL_MAX_WORDS = 6;
const FINAL_PERIOD = /\.$/;

export const captionLabel: KindRule = {
  id: 'caption-label',
  step: 'kind',
  description: 'Captions ("Image: …", "Figure 2: …") and the short labels that name a sample ("Sample V1 ID token.", "Example response") are not claims.',
  examples: [
    {
      input: 'An ID token carries the user’s object ID.\n\nSample v2.0 access token.\n\n```json\n{"ver": "2.0"}\n```\n',
      expect: [
        { quote: 'Sample v2.0 access token.', checkworthy: false },
        { quote: 'An ID token carries the user’s object ID.', checkworthy: true },
      ],
    },
    {
      input: 'Figure 2: The token configuration blade with two optional claims added\n\nOptional claims are added per app registration.\n',
      expect: [{ quote: 'Figure 2: The token configuration blade with two optional claims added', checkworthy: false }],
    },
  ],
  apply(ctx) {
    const q = ctx.quote.trim();
    if (CAPTION.test(q)) return NON_CLAIM;
    if (SAMPLE_LABEL.test(q) && pieceCount(q) <= LABEL_MAX_WORDS && !hasFiniteVerb(q.replace(FINAL_PERIOD, ''))) return NON_CLAIM;
    return undefined;
  },
};
