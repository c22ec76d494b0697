import type { SourceInfo } from '../schema/index.js';

/** An exact occurrence of a term (identifier, header, phrase) in a source. */
export interface Hit {
  term: string;
  url: string;
  title?: string;
  anchor?: string;
  /** Source name with version, e.g. 'entra-docs@15730cf'. */
  source: string;
  /** What kind of place matched: an identifier table row, a heading, a page title, body text, the Graph model. */
  where: 'identifier' | 'heading' | 'title' | 'text' | 'graph';
  /** When the text was read, for sources that fetch live pages (learn-online). */
  retrievedAt?: string;
}

/** A ranked passage (one heading section of a page). */
export interface Passage {
  url: string;
  title?: string;
  anchor?: string;
  heading?: string;
  /** The section's text as indexed (for scoring in memory; never copied into a ledger). */
  text: string;
  /** Higher is better (negated bm25). */
  score: number;
  source: string;
  /** When the text was read, for sources that fetch live pages (learn-online). */
  retrievedAt?: string;
}

export interface SearchOptions {
  limit?: number;
}

/** DESIGN 4: one interface over every evidence source; checkers never know which one answered. */
export interface EvidenceSource {
  readonly name: string;
  info(): SourceInfo;
  findTerm(term: string): Promise<Hit[]>;
  search(query: string, opts?: SearchOptions): Promise<Passage[]>;
  /** The title of a page this source knows, by its URL (anchor and query ignored); for citing a reviewer's URL. */
  pageTitle?(url: string): string | undefined;
  /** A page this source knows, by its URL (anchor and query ignored): its headings, and its text when the source keeps text. */
  knownPage?(url: string): SourcePage | undefined;
  /** Every page URL this source knows. */
  pageUrls?(): readonly string[];
  /** The docs sets its pages belong to: `https://host/locale/first-segment`, lower-case (see links/offline-links.ts). */
  docsSets?(): readonly string[];
  /** True for a source that keeps the pages' text (a docs index built from a checkout), not only headings (a pack). */
  readonly keepsText?: boolean;
}

/** One heading section of a known page; `text` only from sources that keep body text (the docs index, not packs). */
export interface SourcePageSection {
  /** Undefined for the page top (cited by the page URL alone). */
  anchor?: string;
  heading: string;
  text?: string;
}

/** A page as a source knows it, for keeping and re-finding passages and for checking links offline. */
export interface SourcePage {
  url: string;
  title?: string;
  /** Front matter `ms.date`, as written (usually MM/DD/YYYY). */
  msDate?: string;
  /** The docs commit the page was read from, else when it was indexed. */
  docsVersion: string;
  source: string;
  sections: SourcePageSection[];
}

/** DESIGN 4.2: the answer about a Graph request path, from $metadata (exhaustive for the version it covers). */
export type GraphPathAnswer =
  | { kind: 'exists'; version: 'v1.0' | 'beta'; url: string; resolved: string[] }
  | { kind: 'beta-only'; version: 'v1.0'; url: string; resolved: string[]; segment: string }
  | { kind: 'no-such-segment'; version: 'v1.0' | 'beta'; resolved: string[]; segment: string }
  | { kind: 'no-such-operation'; version: 'v1.0' | 'beta'; resolved: string[]; segment: string; boundTo: string }
  | { kind: 'unknown'; reason: string };

export type GraphPropertyAnswer =
  | { kind: 'exists'; type: string; property: string; url: string }
  | { kind: 'absent-closed'; type: string; property: string; url: string }
  | { kind: 'absent-open'; type: string; property: string }
  | { kind: 'no-such-type'; type: string };

export interface GraphModel {
  readonly name: string;
  resolvePath(path: string, version?: 'v1.0' | 'beta'): GraphPathAnswer;
  property(typeName: string, property: string): GraphPropertyAnswer;
  /** Is this identifier the name of any type, property, entity set, function or action? */
  hasName(name: string): boolean;
}
