import type { KindRule } from '../types.js';
import { hasMainVerb } from '../../verbs.js';
import { NON_CLAIM } from '../helpers.js';

const CODE_LIKE = new Set(['identifier', 'api-path', 'header', 'error-code', 'url']);

export const verblessLine: KindRule = {
  id: 'verbless-line',
  step: 'kind',
  description:
    'A paragraph or quote sentence with no finite verb and no label ("The Temporary Access Pass.", an image’s alt text left in the page) names something without saying anything about it. List items, table cells and lines that hold code, a path or a URL are left to the other rules.',
  examples: [
    {
      input: 'The device code flow.\n\nThe device code flow lets a user sign in on another device.\n',
      expect: [{ quote: 'The device code flow.', checkworthy: false }, { quote: 'The device code flow lets a user sign in on another device.', checkworthy: true }],
    },
    {
      input: 'Admin consent dialog for a multitenant app showing the requested Graph permissions.\n\nAdmins grant consent once for the whole tenant.\n',
      expect: [{ quote: 'Admin consent dialog for a multitenant app showing the requested Graph permissions.', checkworthy: false }],
    },
  ],
  apply(ctx) {
    if (ctx.blockType !== 'paragraph' && ctx.blockType !== 'blockquote') return undefined;
    if (ctx.labelled || ctx.entities.some((e) => CODE_LIKE.has(e.type))) return undefined;
    const q = ctx.quote.replace(/[.!]$/, '').trim();
    return !hasMainVerb(q) && !/[:?]/.test(q) ? NON_CLAIM : undefined;
  },
};
