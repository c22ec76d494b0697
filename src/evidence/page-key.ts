/** Anything after the path: `#anchor`, `?view=…`. */
const AFTER_PATH = /[?#].*$/;
/** A Learn locale segment (`/en-us/`, `/de-de/`): every locale has the same pages and anchors. */
const LEARN_LOCALE = /^(https?:\/\/learn\.microsoft\.com)\/[a-z]{2}(?:-[a-z]{2,4})?(?=\/)/i;
/** A Learn URL without a locale segment (`https://learn.microsoft.com/entra/…`): Learn serves it in the reader's locale. */
const LEARN_NO_LOCALE = /^(https?:\/\/learn\.microsoft\.com)(?!\/[a-z]{2}(?:-[a-z]{2,4})?(?:\/|$))(?=\/)/i;
const TRAILING_SLASHES = /\/+$/;

/** A page's identity: the URL without `#anchor` and query, in the en-us locale, without a trailing slash, lower-cased. */
export function pageKey(url: string): string {
  return pageBase(url).toLowerCase();
}

/** pageKey with the case kept: where a page's URL starts (docs URLs are lower case, but not all of them). */
export function pageBase(url: string): string {
  return url.trim().replace(AFTER_PATH, '').replace(TRAILING_SLASHES, '').replace(LEARN_LOCALE, '$1/en-us').replace(LEARN_NO_LOCALE, '$1/en-us');
}

/** The `#fragment` of a URL, decoded; undefined when there is none. */
export function urlAnchor(url: string): string | undefined {
  const i = url.indexOf('#');
  if (i < 0 || i === url.length - 1) return undefined;
  try {
    return decodeURIComponent(url.slice(i + 1));
  } catch {
    return url.slice(i + 1);
  }
}
