import { STATUSES, type Claim } from '../schema/index.js';
import { countByStatus, sectionLabel } from './claims.js';
import { displayWidth, toInline, truncate, truncateMiddle, wrapParts } from './text.js';
import { paintStatus, type Colors } from './status-style.js';
const HTTP_SCHEME = /^https?:\/\//iu;
/** A locale path segment ("/en-us/"). */
const LOCALE_SEGMENT = /\/[a-z]{2}-[a-z]{2}\//iu;

/**
 * A URL shortened to `max` columns, least damage first: as is; without `https://`; without the
 * Learn locale segment (`/en-us/`, which learn.microsoft.com redirects); then with its middle cut
 * out, keeping host and anchor. The full URL is in every other format (and in the OSC 8 link).
 */
export function fitUrl(url: string, max: number): string {
  const steps = [url, url.replace(HTTP_SCHEME, ''), url.replace(HTTP_SCHEME, '').replace(LOCALE_SEGMENT, '/')];
  for (const step of steps) if (displayWidth(step) <= max) return step;
  return truncateMiddle(steps[steps.length - 1] ?? url, max);
}

const URL_INDENT = '    ';

/** A URL as a terminal may link it: http(s), no whitespace and no control character (an ESC would end the OSC 8 sequence early). */
const LINKABLE_IN_TERMINAL = /^https?:\/\/[^\s\u0000-\u001f\u007f-\u009f]+$/iu;

/**
 * An OSC 8 terminal hyperlink around `text` (zero columns wide; terminals that do not know it show the
 * text alone), only with colour on and only for a clean http(s) URL; else `text` as it is.
 */
export function terminalLink(url: string, text: string, color: boolean): string {
  return color && LINKABLE_IN_TERMINAL.test(url) ? `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\` : text;
}

/**
 * A URL on a line of its own, whole: after `indent` when both fit in `width`, else after a short indent and
 * longer than the width (the terminal wraps it on screen; a copy, a pipe or a file keeps it intact).
 */
export function urlLine(url: string, indent: string, width: number, color: boolean): string {
  const whole = terminalLink(url, url, color);
  return (displayWidth(indent + url) <= width ? indent : URL_INDENT) + whole;
}

const TRAILING_SEPARATOR = / ·$/u;

/**
 * `14 claims (12 checkworthy) · 3 verified · …`, every status listed (zeros too, so the line
 * reads the same on every article), wrapped at ` · ` to fit `width`.
 */
export function totalsParts(claims: readonly Claim[], width: number, c: Colors): string[] {
  const counts = countByStatus(claims);
  const checkworthy = claims.filter((cl) => cl.checkworthy).length;
  const head = `${claims.length} claim${claims.length === 1 ? '' : 's'} (${checkworthy} checkworthy)`;
  const parts = [head, ...STATUSES.map((s) => `${counts[s]} ${s}`)];
  // Wrap on plain text (colour codes have no width), then colour each part.
  const lines = wrapParts(parts, ' · ', width);
  return lines.map((line) =>
    line
      .split(' · ')
      .map((part) => {
        const status = STATUSES.find((s) => part.replace(TRAILING_SEPARATOR, '').endsWith(` ${s}`));
        if (part === head) return c.bold(part);
        return status && counts[status] > 0 ? paintStatus(c, status)(part) : part;
      })
      .join(' · '),
  );
}

/**
 * A section heading path that fits `width`: outer headings are dropped first (`… › Inner`), since
 * the innermost heading is the one that tells sections apart; then the innermost is cut.
 */
export function fitSection(path: readonly string[], width: number): string {
  const parts = path.map(toInline);
  for (let drop = 0; drop < parts.length; drop++) {
    const label = (drop > 0 ? '… › ' : '') + sectionLabel(parts.slice(drop));
    if (displayWidth(label) <= width) return label;
  }
  return truncate(sectionLabel(parts.slice(-1)), width);
}
