import { FORMER_NAME_CUES } from '../lang/former-name-cues.js';
import { FORMER_NAME_VERBS } from '../lang/former-name-verbs.js';
import { NEW_NAME_WORDS } from '../lang/new-name-words.js';
import { OLD_NAME_WORDS } from '../lang/old-name-words.js';
import { alternation } from '../lang/words.js';
import { NAME, TRAILING_WORDS } from './renames.js';

/** A rename a claim states: which name is the old one, which the new, and whether the claim denies it. */
export interface ClaimedRename {
  old: string;
  now: string;
  negated: boolean;
}

const NOT = String.raw`(\s+not)?`;
/** "X is (not) the new name for Y". */
const IS_NEW_NAME = new RegExp(String.raw`^(${NAME})\s+(?:is|was)${NOT}\s+the\s+(?:${alternation(NEW_NAME_WORDS)})\s+name\s+(?:for|of)\s+(${NAME})`);
/** "X is (not) the old name of Y". */
const IS_OLD_NAME = new RegExp(String.raw`^(${NAME})\s+(?:is|was)${NOT}\s+the\s+(?:${alternation(OLD_NAME_WORDS)})\s+name\s+(?:for|of)\s+(${NAME})`);
/** "X was (not) formerly called Y", "X (ID) is not the former Y". */
const WAS_FORMERLY = new RegExp(String.raw`^(${NAME})(?:\s*\([^)]*\))?\s+(?:is|was|were)?${NOT}\s*(?:${alternation(FORMER_NAME_CUES)})(?:\s+(?:${alternation(FORMER_NAME_VERBS)}))?\s+(${NAME})`);
const IS_THE_FORMER = new RegExp(String.raw`^(${NAME})(?:\s*\([^)]*\))?\s+(?:is|was)${NOT}\s+the\s+(?:${alternation(OLD_NAME_WORDS)})\s+(${NAME})`);
/** "X was (not) renamed (to) Y". */
const RENAMED = new RegExp(String.raw`^(${NAME})\s+(?:was|has\s+been|is\s+being)${NOT}\s+renamed\s+(?:to\s+|as\s+)?(${NAME})`);
const clean = (n: string): string => n.trim().replace(TRAILING_WORDS, '');

/** Each pattern with the side its first name is on: the new name ("X is the new name for Y") or the old one. */
const PATTERNS: ReadonlyArray<{ re: RegExp; first: 'now' | 'old' }> = [
  { re: IS_NEW_NAME, first: 'now' },
  { re: WAS_FORMERLY, first: 'now' },
  // "X is the former Y": X is what used to be Y
  { re: IS_THE_FORMER, first: 'now' },
  { re: IS_OLD_NAME, first: 'old' },
  { re: RENAMED, first: 'old' },
];

/** The rename a claim states, if it is one ("Microsoft Entra ID is the new name for Azure AD"). */
export function claimedRename(text: string): ClaimedRename | undefined {
  const t = text.trim();
  for (const { re, first } of PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const a = clean(m[1] ?? '');
    const b = clean(m[3] ?? '');
    const negated = m[2] !== undefined;
    return first === 'now' ? { now: a, old: b, negated } : { old: a, now: b, negated };
  }
  return undefined;
}
