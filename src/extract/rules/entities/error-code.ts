import type { EntityRule } from '../types.js';
import { type EntityPattern, HAS_DIGIT, patternRule } from './pattern-matches.js';
import { ERROR_CODE_CUES } from '../../../lang/error-cues.js';
import { exactAlternation } from '../../../lang/words.js';

/** The words before a code end with "error", "code", "status" or "event" (and at most three other characters). */
const AFTER_ERROR_CUE = new RegExp(`\\b(?:${exactAlternation(ERROR_CODE_CUES)})s?\\W{0,3}$`, 'i');
/** The words before a snake_case word end with "error", "error code" or "code". */
const AFTER_ERROR_OR_CODE = /\berror(?: code)?s?\W{0,3}$|\bcode\W{0,3}$/i;
/** How far back the cue is looked for. */
const CUE_REACH = 24;

const ERROR_CODE_PATTERNS: readonly EntityPattern[] = [
  { type: 'error-code', re: /\bAADSTS\d{4,}\b/g, needs: 'AADSTS' },
  { type: 'error-code', re: /\bHTTP \d{3}\b/g, needs: 'HTTP ' },
  // upper-case codes with a numbered tail: SSPR_0029, and CP-COMPL-4410 after "error"/"code" (SHA-256 is an algorithm)
  {
    type: 'error-code',
    re: /\b[A-Z]{2,}(?:[_-][A-Z0-9]+)*[_-]\d{2,}\b/g,
    needs: HAS_DIGIT,
    accept: (m, before) => m.includes('_') || AFTER_ERROR_CUE.test(before.slice(-CUE_REACH)),
  },
  // a snake_case word right after "error" or "code" ("error invalid_grant")
  {
    type: 'error-code',
    re: /\b[a-z]+(?:_[a-z0-9]+)+\b/g,
    needs: '_',
    accept: (_m, before) => AFTER_ERROR_OR_CODE.test(before.slice(-CUE_REACH)),
  },
];

export const errorCode: EntityRule = patternRule(ERROR_CODE_PATTERNS, {
  id: 'error-code',
  description:
    'An error code: AADSTS codes, "HTTP 429", an upper-case code with a numbered tail ("WDG_0042", or "GW-AUTH-1207" after "error" or "code"), and a snake_case word right after "error" or "code" ("error invalid_widget"). A dash-numbered name elsewhere ("SHA-256") is not one.',
  examples: [
    {
      input: 'The sign-in fails with AADSTS50076 when the widget returns HTTP 429.\n',
      expect: [
        {
          quote: 'The sign-in fails with AADSTS50076 when the widget returns HTTP 429.',
          entities: [
            { text: 'AADSTS50076', type: 'error-code' },
            { text: 'HTTP 429', type: 'error-code' },
          ],
        },
      ],
    },
    {
      input: 'The portal shows error GW-AUTH-1207.\n\nThe payload is signed with SHA-256.\n',
      expect: [
        { quote: 'The portal shows error GW-AUTH-1207.', entities: [{ text: 'GW-AUTH-1207', type: 'error-code' }] },
        { quote: 'The payload is signed with SHA-256.', notEntities: ['SHA-256'] },
      ],
    },
  ],
});
