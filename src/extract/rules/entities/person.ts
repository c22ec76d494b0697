import type { EntityRule } from '../types.js';
import { type EntityPattern, patternRule, TWO_NAMES } from './pattern-matches.js';
import { JOB_TITLES } from '../../../lang/job-titles.js';
import { ATTRIBUTION_AFTER_NAME, ATTRIBUTION_BEFORE_NAME } from '../../../lang/attribution-verbs.js';
import { exactAlternation } from '../../../lang/words.js';

/** A word that ends a job title. */
export const JOB_TITLE = `(?:${exactAlternation(JOB_TITLES)})`;

const PERSON_PATTERNS: readonly EntityPattern[] = [
  // a title and up to three names: "Dr. Jane Doe"
  { type: 'person', re: /\b(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.{1,2}(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,3}/g, needs: '.' },
  // a name followed by a job title: "Jane Doe, Principal Identity Architect"
  { type: 'person', re: new RegExp(`\\b([A-Z][a-z]+(?: [A-Z]\\.)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?),\\s+(?:[A-Z][a-z]+\\s+){0,3}${JOB_TITLE}\\b`, 'g'), group: 1, needs: TWO_NAMES },
  // "according to Jane Doe", "said Jane Doe"
  { type: 'person', re: new RegExp(`\\b(?:${exactAlternation(ATTRIBUTION_BEFORE_NAME)})\\s+([A-Z][a-z]+ [A-Z][a-z]+)\\b`, 'g'), group: 1, needs: TWO_NAMES },
  // "Jane Doe said"
  { type: 'person', re: new RegExp(`\\b([A-Z][a-z]+ [A-Z][a-z]+)(?= (?:${exactAlternation(ATTRIBUTION_AFTER_NAME)})\\b)`, 'g'), group: 1, needs: TWO_NAMES },
];

export const person: EntityRule = patternRule(PERSON_PATTERNS, {
  id: 'person',
  description:
    'A person: a name after a title ("Dr. Ada Quill"), a name followed by a job title ("Ada Quill, Principal Widget Architect"), or the person a statement is attributed to ("according to Ada Quill", "Ada Quill said").',
  examples: [
    {
      input: 'Ada Quill, Principal Widget Architect at Contoso, designed the rotation scheme in 2021.\n',
      expect: [{ quote: 'Ada Quill, Principal Widget Architect at Contoso, designed the rotation scheme in 2021.', entities: [{ text: 'Ada Quill', type: 'person' }] }],
    },
    {
      input: 'Bram Ostrander said the cache holds 500 entries.\n',
      expect: [{ quote: 'Bram Ostrander said the cache holds 500 entries.', entities: [{ text: 'Bram Ostrander', type: 'person' }] }],
    },
  ],
});
