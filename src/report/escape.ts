/** Escaping for the markup formats. Every string from a ledger or an article goes through one of these. */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value in HTML (quotes included, so it is safe inside either kind of attribute quote). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => HTML_ENTITIES[ch] ?? ch);
}

/**
 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` as \u escapes so neither
 * `</script>` nor `<!--` can appear, and U+2028/U+2029 escaped for older JS parsers. JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/&/gu, '\\u0026')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}

/**
 * Inline Markdown text (table cells, headings, link text): one line, with the characters that
 * start emphasis, code, links, HTML, entities or table cells backslash-escaped (CommonMark allows a
 * backslash before any ASCII punctuation).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&#!]/gu, (ch) => `\\${ch}`);
}

/** A URL as a Markdown link destination: characters that would end the link or a table cell percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(/[\s()<>|\\`]/gu, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
