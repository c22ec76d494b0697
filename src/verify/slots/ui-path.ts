import { AGREE, conflict, silent, type SlotRule } from './types.js';

/** One step of a menu path: up to five words, maybe in bold ("**Entra ID**", "Conditional Access"). */
const STEP = String.raw`(?:\*\*|__)?[A-Za-z0-9][\w &()'’/-]{0,40}?(?:\*\*|__)?`;
/** A menu path of two steps or more joined by ">" ("**Entra ID** > **Conditional Access** > **Policies**"). */
const UI_PATH = new RegExp(`${STEP}(?:\\s*>\\s*${STEP})+(?=[\\s.,;:)]|$)`);
const PATH_JOIN = /\s*>\s*/;
const EMPHASIS = /\*\*|__/g;
const SPACES = /\s+/g;

/** The steps of the first menu path in a text, lower-cased and without emphasis; undefined without one. */
export function uiPath(text: string): string[] | undefined {
  const m = UI_PATH.exec(text);
  if (!m) return undefined;
  const steps = m[0].split(PATH_JOIN).map((s) => s.replace(EMPHASIS, '').replace(SPACES, ' ').trim().toLowerCase());
  return steps.length >= 2 && steps.every((s) => s.length > 0) ? steps : undefined;
}

/**
 * UI path: a claim that names a menu path ("Entra ID > Conditional Access > What If") against a sentence that
 * gives the same path: aligned on their first shared step, a step put for another is a conflict ("Intune" where
 * the page says "Entra ID"). A sentence with no path does not state what such a claim says, which blocks support
 * unless another aligned sentence gives the path; a path with no step in common settles nothing.
 */
export const uiPathRule: SlotRule = {
  id: 'ui-path',
  description: 'a menu path (A > B > C): each step where the page’s path has one',
  silenceBlocks: true,
  canRefute: false,
  examples: [
    {
      claim: 'You open it in the admin center under **Intune** > **Conditional Access** > **What If**.',
      passage: 'When a policy targets the admin portals, it is enforced for tokens issued to the admin center.',
      expect: 'silent',
    },
    {
      claim: 'Open it under **Intune** > **Conditional Access** > **Policies** > **What If**.',
      passage: 'Browse to **Entra ID** > **Conditional Access** > **Policies** > **What If**.',
      expect: 'conflict',
    },
    {
      claim: 'Open it under **Entra ID** > **Conditional Access** > **What If**.',
      passage: 'Browse to **Entra ID** > **Conditional Access** > **What If** and select a user.',
      expect: 'agree',
    },
    { claim: 'Named locations sit under Protection > Conditional Access > Named locations.', passage: 'Named locations are listed on the Conditional Access page.', expect: 'silent' },
    {
      claim: 'Named locations sit under **Protection** > **Conditional Access** > **Named locations**.',
      passage: 'Browse to **Protection** > **Conditional Access** > **Named locations**.',
      expect: 'agree',
    },
  ],
  compare(claim, sentence) {
    const mine = uiPath(claim);
    if (!mine) return AGREE;
    const theirs = uiPath(sentence);
    // the path is what such a claim states: a page that gives none does not support it
    if (!theirs) return silent(`the page gives no menu path (the claim's: ${mine.join(' > ')})`);
    const i = mine.findIndex((s) => theirs.includes(s));
    if (i < 0) return AGREE;
    const offset = theirs.indexOf(mine[i] ?? '') - i;
    for (const [k, step] of mine.entries()) {
      const other = theirs[k + offset];
      if (other !== undefined && other !== step) return { ...conflict(`the page’s menu path has "${other}" where the claim has "${step}"`), about: step };
    }
    return AGREE;
  },
};
