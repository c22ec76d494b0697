import { DIRECTION_PAIRS, STEM_TAIL_MAX } from '../../lang/direction-pairs.js';
import { tokens } from '../text.js';
import { AGREE, conflict, silent, type SlotRule } from './types.js';

/** Hyphenated words stay whole ("client-side"), as well as their parts. */
const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

function words(text: string): string[] {
  return [...tokens(text), ...(text.toLowerCase().match(HYPHENATED) ?? [])];
}

/** The word of the text that states one of the stems. */
const found = (ws: string[], stems: readonly string[]): string | undefined => ws.find((w) => stems.some((s) => w.startsWith(s) && w.length - s.length <= STEM_TAIL_MAX));
const stated = (ws: string[], stems: readonly string[]): boolean => found(ws, stems) !== undefined;

/** Direction: inbound / outbound, upload / download, enable / disable, allow / block, include / exclude. */
export const direction: SlotRule = {
  id: 'direction',
  description: 'opposite directions (inbound/outbound, upload/download, enable/disable, allow/block): the page must not state the other one',
  silenceBlocks: true,
  canRefute: true,
  examples: [
    { claim: 'Inbound settings control which external users can access your resources.', passage: 'Outbound settings control which external users can access your resources.', expect: 'conflict' },
    { claim: 'Inbound settings control which external users can access your resources.', passage: 'Inbound settings let you control which external users can access your resources.', expect: 'agree' },
    { claim: 'Inbound settings control which external users can access your resources.', passage: 'These settings control which external users can access your resources.', expect: 'silent' },
    { claim: 'The policy blocks legacy authentication.', passage: 'The policy allows legacy authentication.', expect: 'conflict' },
    { claim: 'The policy blocks legacy authentication.', passage: 'The policy stops legacy authentication.', expect: 'agree' },
    { claim: 'Security defaults are enabled for new tenants.', passage: 'Security defaults are disabled for new tenants.', expect: 'conflict' },
  ],
  compare(claim, sentence) {
    const c = words(claim);
    const s = words(sentence);
    let unstated: string | undefined;
    for (const pair of DIRECTION_PAIRS) {
      const a = stated(c, pair.a);
      const b = stated(c, pair.b);
      if (a === b) continue; // neither, or both ("allow or block")
      const [mine, other] = a ? [pair.a, pair.b] : [pair.b, pair.a];
      if (stated(s, mine)) continue;
      const theirs = found(s, other);
      if (theirs !== undefined) return { ...conflict(`the page says "${theirs}", the claim says "${found(c, mine) ?? ''}"`), ...(pair.strict ? {} : { weak: true }) };
      if (pair.strict) unstated ??= `"${found(c, mine) ?? ''}"`;
    }
    return unstated === undefined ? AGREE : silent(`the page does not say ${unstated}`);
  },
};
