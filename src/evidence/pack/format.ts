import type { GraphModelData } from '../graph/model-data.js';

/**
 * A pack: facts only (URLs, titles, dates, headings with anchors, identifier → places, the Graph model),
 * never body prose. Committed under sources/packs/<name>.json.gz.
 */
export interface PackFile {
  format: 'claimcheck-pack';
  version: 1;
  name: string;
  createdAt: string;
  corpora: Array<{ name: string; preset: string; commit?: string; indexedAt: string; files: number }>;
  /** [corpus index, page URL, title, ms.date, headings]; heading 0 is the page top (anchor ''). */
  pages: Array<[number, string, string, string | null, Array<[string, string]>]>;
  /** Case-preserved term → flat [page, heading, page, heading, …] (capped per term). */
  identifiers: Record<string, number[]>;
  graph?: GraphModelData;
}

export const PACK_FORMAT = 'claimcheck-pack';
export const PACK_VERSION = 1;
/** Enough places to cite; more only grows the file. */
export const MAX_REFS_PER_TERM = 8;
