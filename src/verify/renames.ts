import type { Passage } from '../evidence/types.js';
import type { CheckContext } from './types.js';
import { FORMER_NAME_CUES } from '../lang/former-name-cues.js';
import { FORMER_NAME_VERBS } from '../lang/former-name-verbs.js';
import { alternation } from '../lang/words.js';

/**
 * Product renames the documentation states itself ("renamed Azure Active Directory (Azure AD) to Microsoft
 * Entra ID", "Microsoft Entra ID (previously known as Azure AD)", an "Old name | New name" table). An article
 * written before a rename uses the old name, the pages now use the new one, so a key name matches a passage
 * that has either. Mined from the sources at check time, never from a list kept here: a rename counts only
 * when a page of the documentation says it.
 */

/** A product name as the docs write it: up to six capitalised words ("Microsoft Entra ID P1", "Azure AD"). */
export const NAME = String.raw`[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|for|of)){0,5}`;
/** "renamed OLD (ACRONYM) to NEW". */
const RENAMED_TO = new RegExp(String.raw`\brenamed\s+(${NAME})(?:\s+\((${NAME})\))?\s+to\s+(${NAME})`, 'g');
/** "NEW (formerly OLD)", "NEW – previously known as OLD –", "NEW, formerly called OLD". */
const FORMERLY = new RegExp(String.raw`(${NAME})\s*(?:\(|[–—]|,)\s*(?:${alternation(FORMER_NAME_CUES)})(?:\s+(?:${alternation(FORMER_NAME_VERBS)}))?\s+(${NAME})`, 'g');
/** A table row and its header: "| Old display name | New display name |". */
const TABLE_ROW = /^\s*\|(.+)\|\s*$/;
const OLD_HEADER = /\bold\b/i;
const NEW_HEADER = /\bnew\b/i;
/** Words that end a name caught by NAME but belong to the sentence ("Microsoft Entra ID To …"). */
export const TRAILING_WORDS = /\s+(?:to|for|of)$/i;
/** Markup inside a table cell: bold, links, line breaks. */
const CELL_MARKUP = /\*\*|\[|\]\([^)]*\)|<br\s*\/?>/gi;
/** The cells of a table's separator row ("---", ":--:"). */
const SEPARATOR_CELL = /^:?-+:?$/;
const SPACES = /\s+/g;

export type RenamePair = readonly [string, string];

function clean(name: string): string {
  return name.replace(CELL_MARKUP, ' ').replace(SPACES, ' ').trim().replace(TRAILING_WORDS, '');
}

/** Every old → new pair a passage states. */
export function renamesIn(text: string): RenamePair[] {
  const out: RenamePair[] = [];
  for (const m of text.matchAll(RENAMED_TO)) {
    const [, old = '', acronym, now = ''] = m;
    out.push([clean(old), clean(now)]);
    if (acronym) out.push([clean(acronym), clean(now)]);
  }
  for (const m of text.matchAll(FORMERLY)) out.push([clean(m[2] ?? ''), clean(m[1] ?? '')]);
  let columns: { old: number; now: number } | undefined;
  for (const line of text.split('\n')) {
    const row = TABLE_ROW.exec(line)?.[1]
      ?.split('|')
      .map((c) => clean(c));
    if (!row) {
      columns = undefined;
      continue;
    }
    const old = row.findIndex((c) => OLD_HEADER.test(c));
    const now = row.findIndex((c) => NEW_HEADER.test(c));
    if (old >= 0 && now >= 0 && old !== now) columns = { old, now };
    else if (columns && !row.every((c) => SEPARATOR_CELL.test(c))) out.push([row[columns.old] ?? '', row[columns.now] ?? '']);
  }
  return out.filter(([a, b]) => a.length > 1 && b.length > 1 && a.toLowerCase() !== b.toLowerCase());
}

/** Renames found so far, per check run (one context per run). */
const CACHE = new WeakMap<CheckContext, Map<string, Promise<string[]>>>();

/** Passages likely to state a rename of `name`: the name with the words renames are written with. */
async function renamePassages(ctx: CheckContext, name: string): Promise<Passage[]> {
  const lists = await Promise.all(ctx.sources.map((s) => s.search(`${name} renamed formerly previously known new name`, { limit: 5 })));
  return lists.flat();
}

/** A rename a page states, with the page it was read from. */
export interface DocumentedRename {
  old: string;
  now: string;
  passage: Passage;
}

/** Every old → new pair that the passages likely to rename any of `names` state. */
export async function documentedRenames(ctx: CheckContext, names: readonly string[]): Promise<DocumentedRename[]> {
  const out: DocumentedRename[] = [];
  for (const name of names) for (const passage of await renamePassages(ctx, name)) for (const [old, now] of renamesIn(passage.text)) out.push({ old, now, passage });
  return out;
}

/** The other names the documentation gives `name` (old for new, new for old), exact names only. */
export function renamesOf(ctx: CheckContext, name: string): Promise<string[]> {
  let cache = CACHE.get(ctx);
  if (!cache) {
    cache = new Map();
    CACHE.set(ctx, cache);
  }
  const key = name.toLowerCase();
  let found = cache.get(key);
  if (!found) {
    found = renamePassages(ctx, name).then((passages) => {
      const out = new Set<string>();
      for (const p of passages) {
        for (const [old, now] of renamesIn(p.text)) {
          if (old.toLowerCase() === key) out.add(now);
          if (now.toLowerCase() === key) out.add(old);
        }
      }
      return [...out];
    });
    cache.set(key, found);
  }
  return found;
}
