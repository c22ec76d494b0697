import type { EntityCandidate, EntityRule } from '../types.js';
import { DOT_THEN_LOWER, type EntityPattern, patternRule } from './pattern-matches.js';
import { TOP_LEVEL_DOMAINS } from '../../../lang/top-level-domains.js';
import { exactAlternation } from '../../../lang/words.js';

const URL_PATTERNS: readonly EntityPattern[] = [
  // a full address; a `<…>` placeholder inside it stays part of it
  { type: 'url', re: /\bhttps?:\/\/(?:[^\s<>"'”’()[\]`]|<[^<>\s]+>)+/g, needs: '://' },
  // a bare host name with a known top-level domain, and its path
  { type: 'url', re: new RegExp(`(?<![\\w@./-])(?:[a-z0-9-]+\\.)+(?:${exactAlternation(TOP_LEVEL_DOMAINS)})\\b(?:\\/[^\\s)"”]*)?`, 'g'), needs: DOT_THEN_LOWER },
];

/** A Microsoft Graph address, and the API path in it. */
const GRAPH_URL = /^https?:\/\/graph\.microsoft\.com(\/[^\s?#]+)/;

/** A Graph URL also names an API path: `https://graph.microsoft.com/v1.0/me` → `/v1.0/me` (overlap allowed). */
function graphPathOf(sentence: string, s: number, e: number): EntityCandidate | undefined {
  const m = GRAPH_URL.exec(sentence.slice(s, e));
  if (!m?.[1]) return undefined;
  return { type: 'api-path', start: e - (sentence.slice(s, e).length - m[0].length) - m[1].length, end: s + m[0].length, overlaps: true };
}

export const url: EntityRule = patternRule(
  URL_PATTERNS,
  {
    id: 'url',
    description:
      'A web address: a full http(s) URL, or a bare host name with a known top-level domain ("learn.microsoft.com/…"). A Microsoft Graph URL also yields the API path inside it, which may overlap the URL.',
    examples: [
      {
        input: 'The status page at https://status.contoso.example/widgets lists every incident.\n',
        expect: [{ quote: 'The status page at https://status.contoso.example/widgets lists every incident.', entities: [{ text: 'https://status.contoso.example/widgets', type: 'url' }] }],
      },
      {
        input: 'Call https://graph.microsoft.com/v1.0/me/drive to read the drive, as docs.contoso.com explains.\n',
        expect: [
          {
            quote: 'Call https://graph.microsoft.com/v1.0/me/drive to read the drive, as docs.contoso.com explains.',
            entities: [
              { text: 'https://graph.microsoft.com/v1.0/me/drive', type: 'url' },
              { text: '/v1.0/me/drive', type: 'api-path' },
              { text: 'docs.contoso.com', type: 'url' },
            ],
          },
        ],
      },
    ],
  },
  (sentence, c) => graphPathOf(sentence, c.start, c.end),
);
