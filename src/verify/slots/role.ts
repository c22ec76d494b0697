import { ADMIN_ROLES, ROLE_HEADS } from '../../lang/admin-roles.js';
import { singularNoun } from '../../lang/inflection.js';
import { AGREE, alternatives, conflict, silent, type SlotRule } from './types.js';

const KNOWN = new RegExp(`\\b(${alternatives(ADMIN_ROLES)})s?\\b`, 'gi');
/** Capitalised words before a role head ("Fabric Administrator"), not a portal ("Microsoft Entra Admin Center"). */
const NAMED = new RegExp(`\\b((?:[A-Z][\\w-]*\\s+){1,3}(?:${alternatives(ROLE_HEADS)}))s?\\b(?!\\s+(?:[Cc]enter|[Pp]ortal|[Cc]onsole|[Rr]oles?|[Aa]ccounts?|[Cc]onsent))`, 'g');
/** Words that start a sentence or name a product rather than a role. */
const NOT_ROLE_START = /^(?:The|A|An|Microsoft|Entra|Azure|Every|Each|Only|Any|All|If|When|For|As|Your|This|That)\s+/;
const SPACE_RUN = /\s+/;
/** The first letter of each word, to capitalise a role's name. */
const WORD_START = /\b\w/g;

/** The administrator roles a text names, lower-cased and singular. */
export function roles(text: string): Set<string> {
  const out = new Set<string>();
  // Every name here ends in a role head or a listed role ("… Administrator", "Directory Readers"), so the last word is the noun to make singular.
  const norm = (r: string): string => {
    const words = r.toLowerCase().split(SPACE_RUN);
    return [...words.slice(0, -1), singularNoun(words.at(-1) ?? '')].join(' ');
  };
  for (const m of text.matchAll(KNOWN)) out.add(norm(m[1] ?? ''));
  for (const m of text.matchAll(NAMED)) {
    let name = m[1] ?? '';
    while (NOT_ROLE_START.test(name)) name = name.replace(NOT_ROLE_START, '');
    if (name.includes(' ')) out.add(norm(name));
  }
  // a role named by its known name and also seen by the capitalised pattern with a prefix: keep the known one
  for (const r of [...out]) if ([...out].some((o) => o !== r && r.endsWith(` ${o}`))) out.delete(r);
  return out;
}

const list = (s: Iterable<string>): string => [...s].map((r) => r.replace(WORD_START, (c) => c.toUpperCase())).join(', ');

/** Admin roles: a claim naming role X where the aligned sentence names another role for it. */
export const role: SlotRule = {
  id: 'role',
  description: 'the administrator roles the claim names are the roles the page names',
  silenceBlocks: true,
  canRefute: true,
  examples: [
    {
      claim: 'A Privileged Role Administrator can reset the passwords of other administrators.',
      passage: 'A Privileged Authentication Administrator can reset the passwords of other administrators.',
      expect: 'conflict',
    },
    {
      claim: 'A Privileged Authentication Administrator can reset the passwords of other administrators.',
      passage: 'Privileged Authentication Administrators can reset the passwords of other administrators.',
      expect: 'agree',
    },
    { claim: 'A Helpdesk Administrator can reset the passwords of other administrators.', passage: 'Some administrators can reset the passwords of other administrators.', expect: 'silent' },
    {
      claim: 'Sign in to the Microsoft Entra admin center as a Conditional Access Administrator.',
      passage: 'Sign in to the Microsoft Entra admin center as at least a Conditional Access Administrator.',
      expect: 'agree',
    },
  ],
  compare(claim, sentence) {
    const want = roles(claim);
    if (want.size === 0) return AGREE;
    const have = roles(sentence);
    if ([...want].every((r) => have.has(r))) return AGREE;
    const others = [...have].filter((r) => !want.has(r));
    if (others.length > 0 && ![...want].some((r) => have.has(r))) return conflict(`the page names ${list(others)}, the claim names ${list(want)}`);
    return silent(`the page does not name ${list([...want].filter((r) => !have.has(r)))}`);
  },
};
