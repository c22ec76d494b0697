import type { Entity } from '../schema/index.js';
import { mentions, statesFigures, type Prepared } from './text.js';
import { dateVariants } from './dates.js';

const PLACEHOLDER = /<[^<>\s]+>|\{[^{}\s]+\}/g;

/** A URL as a pattern: `<tenant-id>` / `{tenant}` placeholders match any placeholder or path segment. */
export function urlPattern(url: string): RegExp {
  const parts = url.replace(/[/.,;:]+$/, '').split(PLACEHOLDER);
  const body = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(?:<[^<>\\s]+>|\\{[^{}\\s]+\\}|[\\w.-]+)');
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
