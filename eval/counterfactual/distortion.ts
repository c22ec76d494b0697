/** What a distortion is: its kinds and its record, and how one is made from a splice. */
import type { Splice } from './text.js';

export const DISTORTION_KINDS = ['negation', 'modality', 'number', 'unit', 'bound', 'actor-role', 'version-channel', 'tier-sibling', 'direction', 'object', 'subject'] as const;
export type DistortionKind = (typeof DISTORTION_KINDS)[number];

export interface Distortion {
  kind: DistortionKind;
  original: string;
  distorted: string;
  /** The words that were changed, as they stand in `distorted`. */
  changed: string;
  /** Offset of `changed` in `distorted`. */
  at: number;
  /** What was edited, e.g. `"can" → "cannot"`. */
  detail: string;
}

/** An edit at the very start of a sentence keeps its capital letter ("ID tokens …" → "Access tokens …"). */
function capitaliseStart(s: Splice): Splice {
  const first = s.text.charAt(0);
  if (first === first.toUpperCase()) return s;
  const text = first.toUpperCase() + s.text.slice(1);
  return { text, at: s.at, changed: s.at === 0 ? s.changed.charAt(0).toUpperCase() + s.changed.slice(1) : s.changed };
}

export function makeDistortion(kind: DistortionKind, original: string, s: Splice, detail: string): Distortion {
  const fixed = capitaliseStart(s);
  return { kind, original, distorted: fixed.text, changed: fixed.changed, at: fixed.at, detail };
}
