/** The evidence stage (DESIGN 4): docs index, Graph API model, packs, presets. */
export type { EvidenceSource, Hit, Passage, SearchOptions, GraphModel, GraphPathAnswer, GraphPropertyAnswer } from './types.js';
export { openEvidence, DEFAULT_PACK_DIR, type OpenEvidenceOptions, type OpenedEvidence } from './open-evidence.js';
export { DocsIndex, type AddCorpusOptions, type AddResult } from './docs-index/docs-index.js';
export { DocsIndexSource, sourceName, type CorpusRow } from './docs-index/index-source.js';
export { DEFAULT_INDEX_PATH } from './docs-index/db.js';
export type { IndexCounts } from './docs-index/indexer.js';
export { createGraphModel, CsdlGraphModel } from './graph/graph-model.js';
export { loadGraphModelData } from './graph/load-metadata.js';
export { parseCsdl } from './graph/csdl-parse.js';
export type { GraphModelData } from './graph/model-data.js';
export { PackSource, readPack } from './pack/pack-source.js';
export { buildPack, writePack } from './pack/build-pack.js';
export type { PackFile } from './pack/format.js';
export { PRESETS, getPreset, templatePreset, type Preset } from './presets.js';
export { citeUrl } from './text-match.js';
export { fetchCorpus, type FetchOptions } from './fetch-corpus.js';
