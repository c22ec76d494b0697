/** Escaping for the markup formats. Every string from a ledger or an article goes through one of these. */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const HTML_SPECIAL = /[&<>"']/gu;

/** Text or attribute value in HTML (quotes included, so it is safe inside either kind of attribute quote). */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (ch) => HTML_ENTITIES[ch] ?? ch);
}

const LESS_THAN = /</gu;
const GREATER_THAN = />/gu;
const AMPERSAND = /&/gu;
const LINE_SEPARATOR = /\u2028/gu;
const PARAGRAPH_SEPARATOR = /\u2029/gu;

/**
 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` as \u escapes so neither
 * `</script>` nor `<!--` can appear, and U+2028/U+2029 escaped for older JS parsers. JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(LESS_THAN, '\\u003c')
    .replace(GREATER_THAN, '\\u003e')
    .replace(AMPERSAND, '\\u0026')
    .replace(LINE_SEPARATOR, '\\u2028')
    .replace(PARAGRAPH_SEPARATOR, '\\u2029');
}

const SPACE_RUNS = /\s+/gu;
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~&#!]/gu;

/**
 * Inline Markdown text (table cells, headings, link text): one line, with the characters that
 * start emphasis, code, links, HTML, entities or table cells backslash-escaped (CommonMark allows a
 * backslash before any ASCII punctuation).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(SPACE_RUNS, ' ')
    .trim()
    .replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`);
}

const URL_UNSAFE = /[\s()<>|\\`]/gu;

/** A URL as a Markdown link destination: characters that would end the link or a table cell percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(URL_UNSAFE, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
