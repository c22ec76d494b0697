/**
 * Concept keys: the form under which two mentions of a concept count as the same concept.
 * Case-folded, whitespace collapsed, quotes and outer punctuation dropped, an HTTP method in front
 * of a path dropped, and the last word made singular (so `Foo Bars` and `foo bar` share a key).
 */
import { singularNoun } from '../../lang/inflection.js';

const QUOTES = /[\u2018\u2019\u201c\u201d"`]/gu;
const METHOD = /^(?:get|post|put|patch|delete)\s+(?=\/|https?:)/u;
const OUTER = /^[\s.,;:!?()[\]{}]+|[\s.,;:!?()[\]{}]+$/gu;
const SPACE_RUNS = /\s+/gu;

export function conceptKey(text: string): string {
  const flat = text.normalize('NFKC').toLowerCase().replace(QUOTES, '').replace(SPACE_RUNS, ' ').trim().replace(METHOD, '').replace(OUTER, '');
  const words = flat.split(' ').filter((w) => w !== '');
  const last = words.pop();
  return last === undefined ? '' : [...words, singularNoun(last)].join(' ');
}

/** Whether key `inner`'s words appear, in order and adjacent, among key `outer`'s words (`foo bar` in `azure foo bar`). */
export function containsWords(outer: string, inner: string): boolean {
  if (inner === '' || outer === inner) return inner !== '';
  const o = outer.split(' ');
  const i = inner.split(' ');
  for (let at = 0; at + i.length <= o.length; at++) {
    if (i.every((w, k) => o[at + k] === w)) return true;
  }
  return false;
}

/** A name and a parenthesis after it; group 1 the name, group 2 the inside. */
const NAME_WITH_PARENTHESIS = /^(\S+) \((.+)\)$/u;

/** `ACR (Long Name)`, the form dependency findings use for an acronym: both names, the long one first. */
export function aliasPair(subject: string): [string, string] | undefined {
  const m = NAME_WITH_PARENTHESIS.exec(subject.trim());
  return m?.[1] !== undefined && m[2] !== undefined ? [m[2], m[1]] : undefined;
}
