import { text } from 'node:stream/consumers';
import { DEFAULT_INDEX_PATH, LearnOnlineSource, openEvidence, type OpenedEvidence } from '../evidence/index.js';
import { resolveLedgerPath } from '../ledger/index.js';
import { CachedSource } from '../verify/index.js';
import { ClaimcheckError } from '../errors.js';
import type { IngestOptions } from '../ingest/index.js';
import { checkArticle, type ArticleResult } from './check-article.js';
import { changedLinesSince, defaultChangedRef, type ChangedLines } from './changed.js';
import { STDIN_ARG } from './discover.js';
import { createProgress } from './progress.js';
import { loadReuseIndex, ReuseIndex } from './reuse.js';

export interface CheckRunOptions {
  /** Article paths as discovered (relative, forward slashes); `-` for standard input. */
  articles: string[];
  /** An explicit ledger file (one article only), or false for none; default claims/<slug>.yaml. */
  ledger?: string | false;
  index?: string;
  online: boolean;
  asOf?: string;
  ingest: IngestOptions;
  /** Only these corpus names (config `sources` and `presets`); all when absent. */
  onlySources?: readonly string[];
  /** `--changed [ref]`: true = the default ref. */
  changed?: string | true;
  claimsDir?: string;
  /** Where standard input comes from (tests pass their own). */
  stdin?: NodeJS.ReadableStream;
}

export interface CheckRun {
  results: ArticleResult[];
  sources: OpenedEvidence['infos'];
  /** With --changed: the ref compared with; articles with no changed line are not checked. */
  changedRef?: string;
  skippedUnchanged: string[];
  notes: string[];
  /** Articles that could not be checked (unreadable, binary, empty, a broken ledger) when the run has more than one: the rest still run. */
  errors: ClaimcheckError[];
}

const TRAILING_SLASH = /\/$/;

/** The display name of standard input in reports. */
export const STDIN_NAME = '<stdin>';

/** CLAIMCHECK_LEARN_URL points --online at another Learn-compatible server (a mirror, or a test server). */
function learnEndpoint(env: NodeJS.ProcessEnv): { baseUrl?: string; searchUrl?: string } {
  const base = env['CLAIMCHECK_LEARN_URL'];
  return base ? { baseUrl: base, searchUrl: `${base.replace(TRAILING_SLASH, '')}/api/search` } : {};
}

/** `name@date` → `name`: how config `sources` names a corpus. */
const baseName = (name: string): string => name.split('@')[0] ?? name;

/** Keep only the named corpora; the Graph model stays (it is not a page corpus). */
function restrictSources(evidence: OpenedEvidence, only: readonly string[] | undefined): OpenedEvidence {
  if (!only || only.length === 0) return evidence;
  const wanted = new Set(only);
  const sources = evidence.sources.filter((s) => wanted.has(baseName(s.name)));
  const infos = [...sources.map((s) => s.info()), ...(evidence.graph ? [{ name: evidence.graph.name }] : [])];
  return { ...evidence, sources, infos };
}

/**
 * Check every article of a run with one set of evidence sources, opened once and shared (with one cache of
 * look-ups across articles). Articles are checked one after another; the docs index is read synchronously
 * anyway, and one order keeps the output and the ledgers deterministic.
 */
export async function runCheck(opts: CheckRunOptions): Promise<CheckRun> {
  if (opts.articles.length > 1 && typeof opts.ledger === 'string') {
    throw new ClaimcheckError('EUSAGE', '--ledger names one ledger file; it cannot be used with more than one article', { hint: 'leave --ledger out: each article gets claims/<slug>.yaml' });
  }
  let changed: ChangedLines | undefined;
  if (opts.changed !== undefined) changed = changedLinesSince(opts.changed === true ? defaultChangedRef() : opts.changed);
  const skippedUnchanged: string[] = [];
  const articles = opts.articles.filter((a) => {
    if (!changed || a === STDIN_ARG) return true;
    const lines = changed.lines(a);
    if (lines === 'all' || lines.size > 0) return true;
    skippedUnchanged.push(a);
    return false;
  });

  const all = await openEvidence(opts.index ? { indexPath: opts.index, requireIndex: true } : {});
  const known = new Set(all.sources.map((s) => baseName(s.name)));
  const unknownSources = (opts.onlySources ?? []).filter((n) => !known.has(n));
  const opened = restrictSources(all, opts.onlySources);
  const evidence: OpenedEvidence = { ...opened, sources: opened.sources.map((s) => new CachedSource(s)) };
  const learn = opts.online ? new LearnOnlineSource({ cache: opts.index ?? DEFAULT_INDEX_PATH, ...learnEndpoint(process.env) }) : undefined;
  if (learn) {
    evidence.sources.push(learn);
    evidence.infos.push(learn.info());
  }
  const checkedAt = new Date().toISOString();
  const reuse = opts.ledger === false ? new ReuseIndex() : await loadReuseIndex(opts.claimsDir ?? 'claims');
  const ctx = { evidence, learn, asOf: opts.asOf ?? checkedAt.slice(0, 10), online: opts.online, checkedAt, ingest: opts.ingest, reuse, changed };
  const progress = createProgress(articles.length);
  const results: ArticleResult[] = [];
  const errors: ClaimcheckError[] = [];
  try {
    for (const article of articles) {
      progress.start(article);
      try {
        if (article === STDIN_ARG) {
          const input = await text(opts.stdin ?? process.stdin);
          if (input.trim() === '') throw new ClaimcheckError('EEMPTY', 'standard input is empty', { place: { file: STDIN_NAME }, hint: 'pipe an article in: cat article.md | claimcheck check -' });
          results.push(await checkArticle({ article: STDIN_NAME, text: input, ledgerFile: typeof opts.ledger === 'string' ? opts.ledger : false }, ctx));
        } else {
          const ledgerFile = opts.ledger === false ? false : (opts.ledger ?? (await resolveLedgerPath(article, opts.claimsDir)));
          results.push(await checkArticle({ article, file: article, ledgerFile }, ctx));
        }
      } catch (err) {
        // one bad article of many is reported and the others still run; a single article fails as before
        if (!(err instanceof ClaimcheckError) || articles.length === 1) throw err;
        errors.push(err);
      }
      progress.done();
    }
  } finally {
    progress.stop();
    opened.close();
    learn?.close();
  }
  return {
    results,
    sources: evidence.infos,
    ...(changed ? { changedRef: changed.ref } : {}),
    skippedUnchanged,
    notes: [...unknownSources.map((n) => `configuration: no source named "${n}" (known: ${[...known].join(', ') || 'none'})`), ...(learn?.notes() ?? [])],
    errors,
  };
}
