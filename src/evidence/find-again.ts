import type { Evidence } from '../schema/index.js';
import type { EvidenceSource } from './types.js';
import { findPage, normalisePassage } from './keep-passage.js';
import { urlAnchor } from './page-key.js';

/** A URL's `#fragment`, dropped to name the page. */
const FRAGMENT = /#.*$/;

/** What became of a kept passage in the current index. */
export type PassageState =
  | { kind: 'intact' }
  /** the cited section's heading changed: the passage now sits under another anchor */
  | { kind: 'moved'; from: string | undefined; to: string | undefined }
  | { kind: 'section-removed'; anchor: string }
  | { kind: 'passage-gone'; anchor: string | undefined }
  | { kind: 'page-removed' }
  /** no source has the page's text (its corpus is not indexed): nothing can be said */
  | { kind: 'unknown' };

/**
 * Looks an evidence entry's kept passage up again: in the cited section first, else anywhere on the page.
 * `indexed` says whether some source holds page text at all; without one a missing page proves nothing.
 */
export function findPassageAgain(ev: Evidence, sources: readonly EvidenceSource[], indexed: boolean): PassageState {
  if (ev.passage === undefined) return { kind: 'unknown' };
  const page = findPage(sources, ev.url);
  if (!page) return indexed ? { kind: 'page-removed' } : { kind: 'unknown' };
  const sections = page.sections.filter((s) => s.text !== undefined);
  if (sections.length === 0) return { kind: 'unknown' };
  const want = normalisePassage(ev.passage);
  const anchor = ev.anchor ?? urlAnchor(ev.url);
  const holding = sections.filter((s) => normalisePassage(s.text ?? '').includes(want));
  if (anchor === undefined) return holding.length > 0 ? { kind: 'intact' } : { kind: 'passage-gone', anchor };
  const cited = sections.find((s) => s.anchor === anchor);
  if (cited && holding.includes(cited)) return { kind: 'intact' };
  const elsewhere = holding[0];
  if (elsewhere) return { kind: 'moved', from: anchor, to: elsewhere.anchor };
  if (!page.sections.some((s) => s.anchor === anchor)) return { kind: 'section-removed', anchor };
  return { kind: 'passage-gone', anchor };
}

/** The words `evidenceChanged.what` uses for a state (undefined for intact and unknown). */
export function describePassageState(state: PassageState, url: string): string | undefined {
  const page = url.replace(FRAGMENT, '');
  switch (state.kind) {
    case 'moved':
      return state.from !== undefined && state.to !== undefined
        ? `section #${state.from} renamed: the passage is now under #${state.to} (${page})`
        : `the passage moved from ${state.from ? `#${state.from}` : 'the page top'} to ${state.to ? `#${state.to}` : 'the page top'} (${page})`;
    case 'section-removed':
      return `section #${state.anchor} removed (${page})`;
    case 'passage-gone':
      return `passage no longer on the page (${page}${state.anchor ? `#${state.anchor}` : ''})`;
    case 'page-removed':
      return `page removed (${page})`;
    default:
      return undefined;
  }
}
