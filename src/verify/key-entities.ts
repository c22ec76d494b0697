import { tag } from '../lang/nlp.js';
import { VENDOR_WORDS } from '../lang/vendor-words.js';
import type { Claim, Entity } from '../schema/index.js';
import { THRESHOLDS } from './thresholds.js';
import { figures } from './text.js';
import { alternation } from '../lang/words.js';
import { ARTICLES } from '../lang/articles.js';
import { HTTP_METHODS } from '../lang/http-methods.js';

/**
 * Which entities of a claim are key parts: the things that must exist and be supported for the
 * claim to be verified. Code-like entities are always key; names are key unless they are generic
 * (a bare acronym that is not the subject) or only examples in a parenthetical "(e.g. …)" list.
 */

const CODE_TYPES = new Set(['identifier', 'header', 'error-code']);
/** Entities that are names of things (products, features), as against figures, code and dates. */
export const NAME_TYPES: ReadonlySet<Entity['type']> = new Set(['product', 'feature']);
const EXAMPLE_CUE = /^\s*(?:e\.\s?g\.?|for example|for instance|such as|like|including|say)\b/i;
/** An article opening a text, after optional spaces. */
const LEADING_ARTICLE = new RegExp(`^\\s*(?:${alternation(ARTICLES)})\\s+`, 'i');
const SPACE_RUN = /\s+/;
/** Punctuation that ends a subject: words after it are past the subject. */
const CLAUSE_PUNCTUATION = /[,;:]/;
/** A bare HTTP status code entity: `HTTP 404`. */
const HTTP_STATUS = /^HTTP \d{3}$/;
/** A wildcard, as in a header family (`X-MS-*`). */
const WILDCARD = /\*/;
const GRAPH_WORD = /\bGraph\b/;
const GRAPH_HOST = /\/\/graph\.microsoft\.com\b/i;
/** A versioned Graph path (`/v1.0/…`, `/beta/…`), after an optional HTTP method. */
const VERSIONED_GRAPH_PATH = new RegExp(`^(?:(?:${alternation(HTTP_METHODS)})\\s+)?\\/(?:v1\\.0|beta)\\/`);
const YEAR_ONLY = /^\d{4}$/;
/** One all-caps token of two letters up to the acronym length, with an optional plural "s" (HTTP, JWTs, TLS). */
const GENERIC_ACRONYM = new RegExp(`^[A-Z][A-Z0-9]{1,${THRESHOLDS.acronymMaxLength - 1}}s?$`);
/** The method word before a request path ("GET "). */
const LEADING_WORD = /^\w+\s+/;

/** Offset of an entity inside the claim's quote. */
function offsetIn(claim: Claim, e: Entity): number {
  return e.span.start - claim.span.start;
}

/** Inside a parenthesis that opens with an example cue ("(e.g., NGINX, F5, or Cloudflare)")? */
export function isExampleMention(claim: Claim, e: Entity): boolean {
  const before = claim.quote.slice(0, Math.max(0, offsetIn(claim, e)));
  const open = before.lastIndexOf('(');
  if (open < 0 || before.lastIndexOf(')') > open) return false;
  return EXAMPLE_CUE.test(before.slice(open + 1));
}

/** The entity starts within the first few words of the claim (after a leading article). */
export function isSubject(claim: Claim, e: Entity): boolean {
  const before = claim.quote.slice(0, Math.max(0, offsetIn(claim, e))).replace(LEADING_ARTICLE, '');
  const words = before.split(SPACE_RUN).filter(Boolean).length;
  return words < THRESHOLDS.subjectWindowWords && !CLAUSE_PUNCTUATION.test(before);
}

/** A single all-caps token (HTTP, JWTs, TLS): generic vocabulary of the field, not a product name. */
export function isGenericAcronym(text: string): boolean {
  const t = text.trim();
  return GENERIC_ACRONYM.test(t);
}

/** Bare HTTP status codes and wildcard header families name no specific thing to look up. */
export function isGenericCode(e: Entity): boolean {
  if (e.type === 'error-code' && HTTP_STATUS.test(e.text)) return true;
  if (WILDCARD.test(e.text)) return true;
  return e.text.trim().length < 2;
}

export function keyCodes(claim: Claim): Entity[] {
  return unique(claim.entities.filter((e) => CODE_TYPES.has(e.type) && !isGenericCode(e)));
}

/** Does a verb follow the entity in the claim's words ("Microsoft announced")? */
function actsAfter(claim: Claim, e: Entity): boolean {
  const at = claim.text.indexOf(e.text);
  if (at < 0) return false;
  const next = tag(claim.text.slice(at + e.text.length, at + e.text.length + ACTS_WINDOW))[0];
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
}
/** Characters after a name read for the verb that follows it. */
const ACTS_WINDOW = 40;
/** The vendor's own name, lower case. */
const VENDOR: ReadonlySet<string> = new Set(VENDOR_WORDS.map((w) => w.toLowerCase()));

export function keyNames(claim: Claim): Entity[] {
  return unique(
    claim.entities.filter((e) => {
      if (!NAME_TYPES.has(e.type)) return false;
      if (isExampleMention(claim, e)) return false;
      if (isGenericAcronym(e.text) && !isSubject(claim, e)) return false;
      // the vendor's name alone as the one who acts ("Microsoft announced …", "Microsoft recommends …") is the
      // pages' own author, who writes "we": a page need not name it ("personal Microsoft accounts" stays a key)
      if (VENDOR.has(e.text.trim().toLowerCase()) && actsAfter(claim, e)) return false;
      return true;
    }),
  );
}

/**
 * API paths the Graph model can answer for: versioned Graph paths (`/v1.0/…`, `/beta/…`), paths taken from a
 * graph.microsoft.com URL, or unversioned paths in a claim that names Microsoft Graph. Other paths
 * (`/oauth2/v2.0/token`, a web app's routes) are outside what the metadata covers.
 */
export function keyApiPaths(claim: Claim): Entity[] {
  return apiPaths(claim).filter((e) => e.graph);
}

/** Every API path of the claim, marked whether it is plainly a Graph path (see keyApiPaths). */
export function apiPaths(claim: Claim): Array<Entity & { graph: boolean }> {
  const graphClaim = GRAPH_WORD.test(claim.text) || claim.entities.some((e) => e.type === 'url' && GRAPH_HOST.test(e.text));
  return unique(claim.entities.filter((e) => e.type === 'api-path')).map((e) => ({ ...e, graph: graphClaim || VERSIONED_GRAPH_PATH.test(e.text) }));
}

/** Figures a supporting passage must state: numbers with units, percentages, versions. */
export function keyNumbers(claim: Claim): Entity[] {
  return unique(claim.entities.filter((e) => e.type === 'number' && figures(e.text).length > 0 && !isExampleMention(claim, e)));
}

/**
 * Specific dates (month or day precision); a bare year is context, not a key part, unless it is the version of
 * the product named right before it ("Windows Server 2019", "Exchange Server 2016"): then the page must state it.
 */
export function keyDates(claim: Claim): Entity[] {
  return unique(claim.entities.filter((e) => e.type === 'date' && (!YEAR_ONLY.test(e.text.trim()) || isVersionYear(claim, e))));
}

/** A bare year that follows a product name directly: the product's version, not a date. */
function isVersionYear(claim: Claim, year: Entity): boolean {
  return claim.entities.some((p) => NAME_TYPES.has(p.type) && p.span.end < year.span.start && claim.quote.slice(p.span.end - claim.span.start, year.span.start - claim.span.start) === ' ');
}

export function keyUrls(claim: Claim): Entity[] {
  return unique(claim.entities.filter((e) => e.type === 'url' && !isExampleMention(claim, e)));
}

/** What opens a markdown link's target: the URL after it is a page the author cites, not a word of the claim. */
const LINK_TARGET_OPENER = '](';

/** A URL the claim's quote gives as a link's target ("[admin center](https://entra.microsoft.com)"). */
export function isLinkTarget(claim: Claim, e: Entity): boolean {
  const at = e.span.start - claim.span.start;
  return at >= LINK_TARGET_OPENER.length && claim.quote.slice(at - LINK_TARGET_OPENER.length, at) === LINK_TARGET_OPENER;
}

/**
 * Everything a single passage must mention for passage-support to call the claim supported. A link's target is
 * not among them: the page the author cites need not be named by the page that states the fact.
 */
export function passageKeys(claim: Claim): Entity[] {
  const paths = new Set(keyApiPaths(claim).map((e) => e.text));
  const urls = keyUrls(claim).filter((u) => !isLinkTarget(claim, u) && ![...paths].some((p) => u.text.includes(p.replace(LEADING_WORD, ''))));
  return [...keyCodes(claim), ...keyNames(claim), ...keyNumbers(claim), ...keyDates(claim), ...urls];
}

function unique(list: Entity[]): Entity[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.type}|${e.text.toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
