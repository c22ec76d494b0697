import type { Entity } from '../schema/index.js';
import { mentions, statesFigures, type Prepared } from './text.js';
import { dateVariants } from './dates.js';

const PLACEHOLDER = /<[^<>\s]+>|\{[^{}\s]+\}/g;
/** Punctuation ending a URL in prose ("…/token."), not part of it. */
const TRAILING_URL_PUNCTUATION = /[/.,;:]+$/;
/** Characters with a meaning in a regular expression. */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** A URL as a pattern: `<tenant-id>` / `{tenant}` placeholders match any placeholder or path segment. */
export function urlPattern(url: string): RegExp {
  const parts = url.replace(TRAILING_URL_PUNCTUATION, '').split(PLACEHOLDER);
  const body = parts.map((p) => p.replace(REGEX_SPECIAL, '\\$&')).join('(?:<[^<>\\s]+>|\\{[^{}\\s]+\\}|[\\w.-]+)');
  return new RegExp(`${body}(?![\\w-])`, 'i');
}

/** Does a passage text mention this entity, by the entity's own kind of matching? */
export function entityIn(text: string | Prepared, e: Entity): boolean {
  const raw = typeof text === 'string' ? text : text.raw;
  switch (e.type) {
    case 'url':
      return urlPattern(e.text).test(raw);
    case 'number':
      return statesFigures(raw, e.text);
    case 'date':
      return dateVariants(e.text).some((v) => mentions(text, v));
    default:
      return mentions(text, e.text);
  }
}
