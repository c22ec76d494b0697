import { CHANNEL_GROUPS, type ChannelGroup } from '../../lang/channel-words.js';
import { AGREE, conflict, silent, type SlotRule } from './types.js';
import { NEED_CUES } from '../../lang/need-cues.js';
import { alternation } from '../../lang/words.js';
import { DENYING_CELLS } from '../../lang/denying-cells.js';
import { ADDITION_PHRASES } from '../../lang/addition-phrases.js';

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const SPACE = / /g;
const escapeRegex = (s: string): string => s.replace(REGEX_SPECIAL, '\\$&').replace(SPACE, '\\s+');
/** All-caps phrases (GA, P1) are matched case-sensitively: "ga" or "p1" in running text are other words. */
const ALL_CAPS = /^[A-Z0-9]+$/;

/** One pattern per value of each group. */
const PATTERNS = CHANNEL_GROUPS.map((g) => ({
  group: g,
  values: g.values.map((v) => ({
    name: v.name,
    re: new RegExp(v.phrases.map((p) => `(?<![\\w.-])${escapeRegex(p)}(?![\\w-]|\\.\\d)`).join('|'), v.phrases.some((p) => ALL_CAPS.test(p)) ? '' : 'i'),
  })),
}));
/** Case-insensitive variant for the lower-case phrases of a mixed group. */
const LOWER = CHANNEL_GROUPS.map((g) =>
  g.values.map(
    (v) =>
      new RegExp(
        v.phrases
          .filter((p) => !ALL_CAPS.test(p))
          .map((p) => `(?<![\\w.-])${escapeRegex(p)}(?![\\w-]|\\.\\d)`)
          .join('|') || '(?!)',
        'i',
      ),
  ),
);

function stated(text: string, gi: number): string[] {
  const g = PATTERNS[gi];
  if (!g) return [];
  return g.values.filter((v, vi) => v.re.test(text) || (LOWER[gi]?.[vi]?.test(text) ?? false)).map((v) => v.name);
}

/** Each value's patterns again, global, to find where a text names it. */
const PLACES = PATTERNS.map((g, gi) => g.values.map((v, vi) => [v.name, new RegExp(v.re.source, `${v.re.flags}g`), new RegExp(LOWER[gi]?.[vi]?.source ?? '(?!)', 'gi')] as const));

/** A place where a text names a value of a sibling group. */
export interface ValueMention {
  group: number;
  name: string;
  start: number;
  end: number;
}

/** Where a text names a value of a sibling group: the value's name, its group and its offsets, in text order. */
export function valueMentions(text: string): ValueMention[] {
  const out: ValueMention[] = [];
  PLACES.forEach((values, group) => {
    for (const [name, re, lower] of values)
      for (const r of [re, lower]) for (const m of text.matchAll(r)) if (!out.some((o) => o.start === m.index)) out.push({ group, name, start: m.index, end: m.index + m[0].length });
  });
  return out.sort((a, b) => a.start - b.start);
}

const list = (names: string[]): string => names.join(' / ');

/**
 * A field of a table row read as a statement ("Header: cell; Header: cell", passage-score.ts) whose cell denies
 * its header ("Microsoft Entra ID P1: No"): the values that header names are the ones the row rules out.
 */
const DENIED_FIELD = new RegExp(`(?:^|;)[^:;]*:\\s*(?:${alternation(DENYING_CELLS)})\\s*(?=;|$)`, 'gi');
/** "In addition to the Free and P1 features, …": what the sentence adds to, up to the comma that ends the phrase. */
const ADDED_TO = new RegExp(`\\b(?:${alternation(ADDITION_PHRASES)})\\b[^,;.]*`, 'gi');
/**
 * The sentence without what it rules out for the values it states: the fields of a table row whose cell denies
 * their header, and the values it adds to ("In addition to the P1 features, P2 also offers PIM" names PIM with
 * P2 alone).
 */
const withoutDenied = (sentence: string): string => (sentence.includes(':') ? sentence.replace(DENIED_FIELD, ';') : sentence).replace(ADDED_TO, '');

const NEED = new RegExp(`\\b(?:${alternation(NEED_CUES)})\\b`, 'i');
/** The claim states a value as a requirement. */
const needs = (claim: string): boolean => NEED.test(claim);

/** Version, release channel and licence tier: beta vs v1.0, preview vs generally available, P1 vs P2, E3 vs E5. */
export const channel: SlotRule = {
  id: 'channel',
  description: 'version, release channel and licence tier: the sibling value named by the page is a conflict',
  silenceBlocks: true,
  canRefute: true,
  examples: [
    { claim: 'The signIns endpoint is available in Microsoft Graph v1.0.', passage: 'The signIns endpoint is available in the Microsoft Graph beta endpoint only.', expect: 'conflict' },
    { claim: 'The signIns endpoint is available in Microsoft Graph v1.0.', passage: 'List signIns (Microsoft Graph v1.0): retrieve the sign-ins of a tenant.', expect: 'agree' },
    { claim: 'Token protection (preview) binds tokens to the device.', passage: 'Token protection is generally available and binds tokens to the device.', expect: 'conflict' },
    { claim: 'Token protection (preview) binds tokens to the device.', passage: 'Token protection binds tokens to the device.', expect: 'silent' },
    { claim: 'Risk-based policies require Microsoft Entra ID P1.', passage: 'Risk-based policies require Microsoft Entra ID P2.', expect: 'conflict' },
    { claim: 'Risk-based policies require Microsoft Entra ID P2.', passage: 'Risk-based policies require Microsoft Entra ID P2 licences.', expect: 'agree' },
    // a lower tier named beside the required one will do
    { claim: 'You need Microsoft Entra ID P2 to use named locations.', passage: 'Upgrade to Microsoft Entra ID P1 or P2 to use named locations.', expect: 'conflict' },
    { claim: 'You need Microsoft Entra ID P1 to use named locations.', passage: 'Upgrade to Microsoft Entra ID P1 or P2 to use named locations.', expect: 'agree' },
    // what a tier is said to add to another, it states of itself alone
    {
      claim: 'Microsoft Entra ID P1 is enough to use widget governance.',
      passage: 'In addition to the Free and P1 features, Microsoft Entra ID P2 also offers widget governance.',
      expect: 'conflict',
    },
    // a table row whose lower tier's cell says No names only the higher one
    {
      claim: 'Risk policies require Microsoft Entra ID P2.',
      passage: 'Capability: Risk policies; Microsoft Entra ID Free: No; Microsoft Entra ID P1: No; Microsoft Entra ID P2: Yes',
      expect: 'agree',
    },
    {
      claim: 'Risk policies require Microsoft Entra ID P1.',
      passage: 'Capability: Risk policies; Microsoft Entra ID Free: No; Microsoft Entra ID P1: No; Microsoft Entra ID P2: Yes',
      expect: 'conflict',
    },
    { claim: 'Session cookies for web apps last 12 hours by default.', passage: 'Session cookies last 12 hours by default for single page apps and 7 days elsewhere.', expect: 'conflict' },
    { claim: 'Session cookies for single-page apps last 12 hours by default.', passage: 'Session cookies last 12 hours by default for single page apps and 7 days elsewhere.', expect: 'agree' },
    { claim: 'B2B collaboration is off for tenants in another cloud.', passage: 'B2B direct connect is off for tenants in another cloud.', expect: 'conflict' },
    { claim: 'Auditing is included in Microsoft 365 E3.', passage: 'Auditing is included in Microsoft 365 E5.', expect: 'conflict' },
    {
      claim: 'ID tokens requested from the v1.0 endpoint are beta ID tokens.',
      passage: 'ID tokens requested from the v1.0 endpoint are v1.0 ID tokens; the v2.0 endpoint issues v2.0 ID tokens.',
      expect: 'conflict',
    },
    { claim: 'Refresh tokens are encrypted.', passage: 'Access tokens are encrypted.', expect: 'conflict' },
    { claim: 'Non-interactive sign-ins are aggregated into a single row.', passage: 'Non-interactive sign-ins that are identical are aggregated into a single row.', expect: 'agree' },
    { claim: 'Interactive sign-ins are aggregated into a single row.', passage: 'Non-interactive sign-ins that are identical are aggregated into a single row.', expect: 'conflict' },
    {
      claim: 'Users register methods such as Microsoft Authenticator, FIDO2 security keys or Windows Hello for Business.',
      passage: 'Users register methods such as Temporary Access Passes, FIDO2 security keys or Windows Hello for Business.',
      expect: 'conflict',
    },
    // the page says it of tokens in general, not of access tokens: not enough to verify the claim
    { claim: 'Access tokens are encrypted.', passage: 'Tokens are encrypted.', expect: 'silent' },
    { claim: 'Users can preview the changes before they save them.', passage: 'Users review the changes before they save them.', expect: 'agree' },
    { claim: 'Guests can reset their own password in the portal.', passage: 'Members can reset their own password in the portal.', expect: 'conflict' },
    { claim: 'If you buy USB keys, you need a supported reader.', passage: 'If you buy NFC keys, you need a supported reader.', expect: 'conflict' },
    { claim: 'A compliance policy deployed to a user checks all of their devices.', passage: 'A configuration profile deployed to a user applies to all of their devices.', expect: 'conflict' },
    { claim: 'Sign-in logs can be sent to a storage account.', passage: 'Sign-in logs can be sent to a Log Analytics workspace or a storage account.', expect: 'agree' },
  ],
  compare(claim, sentence) {
    let unstated: string | undefined;
    for (const [gi, g] of CHANNEL_GROUPS.entries() as IterableIterator<[number, ChannelGroup]>) {
      const want = stated(claim, gi);
      if (want.length === 0) continue;
      // a tier a table row answers "No" for is not one the row names as having it
      const have = stated(withoutDenied(sentence), gi);
      const missing = want.filter((w) => !have.includes(w));
      // "you need P2" against "upgrade to P1 or P2": the page names a lower value that will do
      if (g.ranked && missing.length === 0 && needs(claim)) {
        const rank = (n: string): number => g.values.findIndex((v) => v.name === n);
        const least = Math.min(...want.map(rank));
        const lower = have.filter((h) => rank(h) < least);
        if (lower.length > 0) return conflict(`the page says ${list(lower)} will do, the claim says ${list(want)} is needed (${g.slot})`);
      }
      if (missing.length === 0) continue;
      const others = have.filter((h) => !want.includes(h));
      if (others.length > 0) return conflict(`the page says ${list(others)}, the claim says ${list(missing)} (${g.slot})`);
      if (g.silenceBlocks) unstated ??= `${list(missing)} (${g.slot})`;
    }
    return unstated === undefined ? AGREE : silent(`the page does not state ${unstated}`);
  },
};
