import type { KindRule } from '../types.js';
import { phraseRule } from './phrase-rule.js';
import { NON_CLAIM } from '../helpers.js';

/** Markdown links and images, bare URLs and the separators between them. */
const LINKS_ONLY = /^(?:\s*(?:!?\[[^\]]*\]\([^)]*\)|<https?:[^>]+>|https?:\/\/\S+)\s*[,;|·•/-]?)+\s*$/;

export const linkOnly: KindRule = phraseRule(
  { pattern: LINKS_ONLY, answer: NON_CLAIM },
  {
    id: 'link-only',
    description: 'A line that is only links, images or bare URLs says nothing by itself: not a claim (the URLs stay entities of the claims that use them).',
    examples: [
      {
        input: 'Token lifetimes are configurable per app.\n\n[Configurable token lifetimes](https://learn.microsoft.com/entra/identity-platform/configurable-token-lifetimes)\n',
        expect: [{ quote: '[Configurable token lifetimes](https://learn.microsoft.com/entra/identity-platform/configurable-token-lifetimes)', checkworthy: false }],
      },
      {
        input: '![The consent prompt](consent.png)\n\nThe consent prompt lists the requested permissions.\n',
        expect: [
          { quote: '![The consent prompt](consent.png)', checkworthy: false },
          { quote: 'The consent prompt lists the requested permissions.', checkworthy: true },
        ],
      },
    ],
  },
);
