import type { EntityRule } from '../types.js';
import { type EntityPattern, patternRule } from './pattern-matches.js';
import { HTTP_METHODS } from '../../../lang/http-methods.js';
import { exactAlternation } from '../../../lang/words.js';

const API_PATH_PATTERNS: readonly EntityPattern[] = [
  // an optional method, then a path of at least two segments that opens with a version or a name
  {
    type: 'api-path',
    // not inside a markdown link's target ("](/identity/roles/permissions.md)", "](~/identity/…)"): a page the author cites
    re: new RegExp(`(?<![\\w/.:<>~-])(?<!\\]\\()(?:(?:${exactAlternation(HTTP_METHODS)})\\s+)?\\/(?:v1\\.0|beta|[A-Za-z$][\\w$-]*)(?:\\/[\\w.{}()$=',-]+)+`, 'g'),
    needs: '/',
  },
];

export const apiPath: EntityRule = patternRule(API_PATH_PATTERNS, {
  id: 'api-path',
  description:
    'An API path of two segments or more ("/v1.0/users/{id}", "/beta/me/events"), with the HTTP method before it when there is one ("GET /v1.0/me"). A path inside a URL, a file name or a markdown link\'s target is not one.',
  examples: [
    {
      input: 'Send GET /v1.0/widgets/{id}/parts to list the parts of a widget.\n',
      expect: [{ quote: 'Send GET /v1.0/widgets/{id}/parts to list the parts of a widget.', entities: [{ text: 'GET /v1.0/widgets/{id}/parts', type: 'api-path' }] }],
    },
    {
      input: 'The endpoint /beta/gadgets/recent returns at most ten gadgets.\n',
      expect: [{ quote: 'The endpoint /beta/gadgets/recent returns at most ten gadgets.', entities: [{ text: '/beta/gadgets/recent', type: 'api-path' }] }],
    },
    {
      input: 'Sign in as at least a [Gadget Administrator](/identity/roles/gadget-roles.md#gadget-administrator) or a [Gadget Reader](~/identity/roles/readers.md).\n',
      expect: [{ notEntities: ['/identity/roles/gadget-roles.md', '/identity/roles/readers.md'] }],
    },
  ],
});
