import type { Entity } from '../schema/index.js';
import { isStopword, mentions, statesFigures, type Prepared } from './text.js';
import { BRAND_WORDS } from '../lang/brand-words.js';
import { dateVariants } from './dates.js';

/** A URL placeholder, `<tenant-id>` or `{tenant}`, as a pattern's source (one copy for every pattern below). */
const PLACEHOLDER_SOURCE = String.raw`<[^<>\s]+>|\{[^{}\s]+\}`;
const PLACEHOLDER = new RegExp(PLACEHOLDER_SOURCE, 'g');
const HAS_PLACEHOLDER = new RegExp(PLACEHOLDER_SOURCE);
/** Punctuation ending a URL in prose ("…/token."), not part of it. */
const TRAILING_URL_PUNCTUATION = /[/.,;:]+$/;
/** Characters with a meaning in a regular expression. */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** URL patterns built lately: the same claim URLs and docs templates are read against passage after passage. */
const URL_PATTERNS = new Map<string, RegExp>();
const URL_PATTERNS_MAX = 2048;

/** A URL as a pattern: `<tenant-id>` / `{tenant}` placeholders match any placeholder or path segment. */
export function urlPattern(url: string): RegExp {
  const known = URL_PATTERNS.get(url);
  if (known) return known;
  const parts = url.replace(TRAILING_URL_PUNCTUATION, '').split(PLACEHOLDER);
  const body = parts.map((p) => p.replace(REGEX_SPECIAL, '\\$&')).join(`(?:${PLACEHOLDER_SOURCE}|[\\w.-]+)`);
  const pattern = new RegExp(`${body}(?![\\w-])`, 'i');
  if (URL_PATTERNS.size >= URL_PATTERNS_MAX) URL_PATTERNS.clear();
  URL_PATTERNS.set(url, pattern);
  return pattern;
}

/** A URL in a passage, up to its query or fragment, with any `<name>` / `{name}` placeholders in it. */
const PASSAGE_URL = new RegExp(String.raw`https?:\/\/(?:[^\s"'\`()?#<>{}[\]|]|${PLACEHOLDER_SOURCE})+`, 'g');

/**
 * Does the passage give a URL template that the claim's concrete URL fills in? The docs write
 * `https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize`; an article writes the same endpoint with
 * `organizations` or a tenant ID in the placeholder's place. Only the placeholder may differ: every other
 * character of the template must be in the claim's URL.
 */
export function fillsTemplate(raw: string, url: string): boolean {
  if (!raw.includes('{') && !raw.includes('<')) return false;
  const concrete = url.replace(TRAILING_URL_PUNCTUATION, '');
  for (const m of raw.matchAll(PASSAGE_URL)) {
    const template = m[0];
    if (!HAS_PLACEHOLDER.test(template)) continue;
    const pattern = urlPattern(template);
    const hit = pattern.exec(concrete);
    if (hit && hit.index === 0) return true;
  }
  return false;
}

/** A version written with its letter: "V2", "v1.0". Group 1 is its number without trailing ".0"s. */
const VERSION = /^[vV](\d+)(?:\.0+)*$/;
/**
 * Does the text state the version `figure` ("V2") in any of its spellings ("v2.0", "V2", "v2")? A version keeps its
 * letter there too: a bare "2.0" ("OAuth 2.0") is another thing's version.
 */
function statesVersion(raw: string, figure: string): boolean {
  const n = VERSION.exec(figure)?.[1];
  if (n === undefined) return false;
  let pattern = VERSION_PATTERNS.get(n);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\w.])v${n}(?:\\.0+)*(?![\\w.]*\\d)`, 'i');
    VERSION_PATTERNS.set(n, pattern);
  }
  return pattern.test(raw);
}
const VERSION_PATTERNS = new Map<string, RegExp>();

/** Does a passage text mention this entity, by the entity's own kind of matching? */
export function entityIn(text: string | Prepared, e: Entity): boolean {
  const raw = typeof text === 'string' ? text : text.raw;
  switch (e.type) {
    case 'url':
      return urlPattern(e.text).test(raw) || fillsTemplate(raw, e.text);
    case 'number':
      return statesFigures(raw, e.text) || statesVersion(raw, e.text);
    case 'date':
      return dateVariants(e.text).some((v) => mentions(text, v));
    default:
      return mentions(text, e.text);
  }
}

const UPPER_START = /^[A-Z]/;
const BRANDS = new Set(BRAND_WORDS.map((w) => w.toLowerCase()));
/**
 * A capitalised word (group 1) right before the end of the text that does not open its line or sentence
 * (a heading's or a sentence's first word is capitalised anyway: "Understanding Primary Refresh Token").
 */
const WORD_BEFORE = /(?<![\n.!?:]\s*|^\s*)([A-Z][\w-]*)\s+$/;

/** A name as a case-insensitive pattern that starts at a word, built once per name (it runs for every passage). */
const NAME_PATTERNS = new Map<string, RegExp>();
function namePattern(name: string): RegExp {
  const known = NAME_PATTERNS.get(name);
  if (known) return known;
  const re = new RegExp(`(?<![\\w-])${name.replace(REGEX_SPECIAL, '\\$&')}`, 'gi');
  NAME_PATTERNS.set(name, re);
  return re;
}

/**
 * Does the text name `name` as a thing of its own somewhere, not only as the tail of a longer capitalised name?
 * "Primary Refresh Token" holds "Refresh Token" but names another thing; a vendor or family word before it
 * ("Microsoft Entra Conditional Access") or a function word ("The Refresh Token") does not make another name.
 */
export function namesAlone(raw: string, name: string): boolean {
  const pattern = namePattern(name);
  let found = false;
  for (const m of raw.matchAll(pattern)) {
    found = true;
    // a lower-case mention ("FIDO2 security keys") is the common noun, which a modifier does not rename
    if (!UPPER_START.test(m[0])) return true;
    const before = WORD_BEFORE.exec(raw.slice(Math.max(0, (m.index ?? 0) - 40), m.index))?.[1];
    if (before === undefined || BRANDS.has(before.toLowerCase()) || isStopword(before)) return true;
  }
  // written some other way ("refresh-token"): nothing to judge here
  return !found;
}
