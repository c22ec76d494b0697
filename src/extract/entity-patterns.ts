import type { EntityType } from '../schema/index.js';

/** One pattern family: a regex over a sentence, and which capture group (0 = whole match) is the entity. */
export interface EntityPattern {
  type: EntityType;
  re: RegExp;
  group?: number;
  /** Reject a match by its surroundings. */
  accept?: (match: string, before: string, after: string) => boolean;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const UNIT = '(?:ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|days?|weeks?|months?|years?|users?|tenants?|devices?|requests?|times|attempts?|characters?|bytes?|[KMGT]B|MiB|GiB)';
export const ROLE = '(?:Architect|Engineer|Manager|Director|Officer|President|VP|Scientist|Analyst|Researcher|Lead|Fellow|Evangelist|Advocate|CEO|CTO|CISO|Founder|Head)';

/**
 * In priority order: where two entities overlap, the earlier pattern wins. Written for technical prose
 * about APIs and cloud services; each family is tested in test/extract/entities.test.ts.
 */
export const ENTITY_PATTERNS: EntityPattern[] = [
  { type: 'url', re: /\bhttps?:\/\/(?:[^\s<>"'”’()[\]`]|<[^<>\s]+>)+/g },
  { type: 'url', re: /(?<![\w@./-])(?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|ms|cloud|us|cn|de)\b(?:\/[^\s)"”]*)?/g },
  { type: 'api-path', re: /(?<![\w/.:<>-])(?:(?:GET|POST|PUT|PATCH|DELETE)\s+)?\/(?:v1\.0|beta|[A-Za-z$][\w$-]*)(?:\/[\w.{}()$=',-]+)+/g },
  { type: 'header', re: /\bX-[A-Za-z0-9]+(?:-[A-Za-z0-9*]+)+/g },
  { type: 'header', re: /\b([A-Z][a-z]+(?:-[A-Z][a-z]+)*)(?=(?:,? (?:or|and) [A-Z][a-z]+(?:-[A-Z][a-z]+)*)? headers?\b)/g, group: 1 },
  { type: 'error-code', re: /\bAADSTS\d{4,}\b/g },
  { type: 'error-code', re: /\bHTTP \d{3}\b/g },
  // upper-case codes with a numbered tail: SSPR_0029, and CP-COMPL-4410 after "error"/"code" (SHA-256 is an algorithm)
  {
    type: 'error-code',
    re: /\b[A-Z]{2,}(?:[_-][A-Z0-9]+)*[_-]\d{2,}\b/g,
    accept: (m, before) => m.includes('_') || /\b(?:error|code|status|event)s?\W{0,3}$/i.test(before.slice(-24)),
  },
  {
    type: 'error-code',
    re: /\b[a-z]+(?:_[a-z0-9]+)+\b/g,
    accept: (_m, before) => /\berror(?: code)?s?\W{0,3}$|\bcode\W{0,3}$/i.test(before.slice(-24)),
  },
  { type: 'identifier', re: /`([^`\n]+)`/g, group: 1 },
  { type: 'identifier', re: /\b[A-Za-z_][\w.]*\(\)/g },
  // starts only at the start of a key (not after its own dash): linear on long a-b-c… runs without `=`
  { type: 'identifier', re: /(?<![\w-])[a-z][\w-]*=[\w.-]+/g },
  { type: 'identifier', re: /\b[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+(?:\.[A-Za-z]\w*)*\b/g },
  { type: 'identifier', re: /\b[a-z][a-z0-9]+(?:\.[a-z][A-Za-z0-9]+){1,}\b/g, accept: (m) => /[A-Z]/.test(m) || m.split('.').length > 2 },
  { type: 'identifier', re: /\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+){1,}\b/g },
  { type: 'identifier', re: /\b[A-Z][A-Za-z]+(?:\.[A-Z][A-Za-z]+){1,}\b/g, accept: (m) => /[a-z]/.test(m) },
  { type: 'identifier', re: /\b[a-z]+(?:_[a-z0-9]+)+\b/g },
  { type: 'date', re: new RegExp(`\\b${MONTH}\\.? (?:\\d{1,2}(?:st|nd|rd|th)?,? )?\\d{4}\\b`, 'g') },
  { type: 'date', re: /\b\d{4}-\d{2}-\d{2}\b/g },
  { type: 'date', re: /\b(?:Q[1-4]|H[12]|(?:early|mid|late)[- ])\s?\d{4}\b/g },
  { type: 'date', re: /\b(?:19|20)\d{2}\b(?![-–.]\d|%)/g },
  { type: 'number', re: /\b\d+(?:\.\d+)?\s?%/g },
  // starts only where a number starts (not after its own dot or comma): linear on 1.2.1.2… runs
  { type: 'number', re: new RegExp(`\\b(?<![.,])\\d+(?:[.,]\\d+)*(?:\\s?[–-]\\s?\\d+(?:[.,]\\d+)*)?\\+?\\s?${UNIT}\\b`, 'g') },
  { type: 'number', re: /\bv\d+(?:\.\d+)*\+?/g },
  { type: 'number', re: /\b(?:TLS|SSL|HTTP|OAuth|SAML|OIDC|Windows|iOS|Android|macOS)\s?\/?\d+(?:[./]\d+)*\+?/g },
  { type: 'number', re: /(?<![\w.])\d+(?:[.,]\d+)*(?!\.*\w)/g }, // same test as (?![\w.]*\w), without rescanning the run at each backtrack
  // a spelled-out count before a noun ("five accounts"); "one" is left out, it is mostly a pronoun
  { type: 'number', re: /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b(?=\s+(?!of\b|or\b|and\b|to\b|the\b|more\b)[a-z]{3,})/gi },
  { type: 'person', re: /\b(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.{1,2}(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,3}/g },
  { type: 'person', re: new RegExp(`\\b([A-Z][a-z]+(?: [A-Z]\\.)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?),\\s+(?:[A-Z][a-z]+\\s+){0,3}${ROLE}\\b`, 'g'), group: 1 },
  { type: 'person', re: /\b(?:according to|said|says|wrote|explained|noted)\s+([A-Z][a-z]+ [A-Z][a-z]+)\b/g, group: 1 },
  { type: 'person', re: /\b([A-Z][a-z]+ [A-Z][a-z]+)(?= (?:said|says|explained|noted|wrote|stated|confirmed)\b)/g, group: 1 },
];

/** Nouns that name a document someone could cite: the head of a "document" entity. */
export const DOCUMENT_NOUNS = /\b(?:guide|documentation|checklist|study|report|briefing|whitepaper|white paper|survey|announcement|blog post|handbook|playbook|benchmark|RFC \d+)\b(?![-\w])/gi;

/** Words that open a sentence or clause without naming anything (never the start of a product name). */
export const NOT_A_NAME = new Set(
  (
    'The A An When While If In At On For Within Before After Since Because Unlike Modern Use Using Enable Ensure Forward Create ' +
    'Start Filter Paste Adopt Enforce Integrate Securing Overly Organizations Standard Each Every All No Not Yes Early Third ' +
    'This These That Those They It Its Their Our Your You We Let Ever Although Though However Also Then Once Most Many Some ' +
    'Do Does Can Are Is Was How What Why Where Which Who Understanding Because By From To Of And Or But So Visibility Scope ' +
    'Lifecycle Further Reading Back Top Here There Both Only Even Just Still Now Today Next Crucially Typically Set Includes Contains ' +
    'As Like Via Per With Without Under Over Into Among Across Against Until Unless Whether Note Example Examples Step Steps'
  ).split(' '),
);
