import { ingestFile, ingestText, isSuppressedAt, suppressedRanges, type IngestedDocument, type IngestOptions } from '../ingest/index.js';
import { extractClaims } from '../extract/index.js';
import { resolveLinks, withOfflineLinks, type LearnOnlineSource, type OpenedEvidence } from '../evidence/index.js';
import { verifyClaims } from '../verify/index.js';
import { commitLedger, keepDateWhenUnchanged, ledgerDigest, mergeLedger, readSnapshot, remergeVerified, type MergeStats } from '../ledger/index.js';
import type { Claim, Ledger } from '../schema/index.js';
import { applyReuse, clearReuse, type ReuseIndex } from './reuse.js';
import type { ChangedLines } from './changed.js';
import { createHash } from 'node:crypto';

/** What every article of a run shares: the evidence opened once, the date, the reuse index, the git diff. */
export interface RunContext {
  evidence: OpenedEvidence;
  learn?: LearnOnlineSource | undefined;
  asOf: string;
  online: boolean;
  checkedAt: string;
  ingest: IngestOptions;
  reuse: ReuseIndex;
  /** With --changed: only claims on these lines are checked; the rest keep what their ledger says. */
  changed?: ChangedLines | undefined;
}

export interface ArticleInput {
  /** As reports show it (relative, forward slashes); `<stdin>` for standard input. */
  article: string;
  /** The file to read; absent when `text` is given (standard input). */
  file?: string;
  text?: string;
  /** The ledger to merge into and write; false = none (check the article as it is). */
  ledgerFile: string | false;
}

export interface ArticleResult {
  article: string;
  ledgerFile: string | false;
  ledger: Ledger;
  doc: IngestedDocument;
  stats?: MergeStats;
  /** false when nothing changed and the ledger was left byte-for-byte as it was */
  written: boolean;
  reused: number;
  suppressed: number;
  /** With --changed: claims checked because their lines changed (the rest came from the ledger). */
  changedChecked?: number;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const HTTP_URL = /^https?:\/\//i;

/** A suppressed claim is listed and never judged: no status of its own, no evidence, no findings. */
function suppress(claim: Claim): Claim {
  return { ...claim, suppressed: true, status: 'not-checkable', evidence: [], findings: [] };
}

/** Lines a claim covers (1-based), from its span. */
function claimLines(claim: Claim, text: string): [number, number] {
  const first = claim.span.line;
  let last = first;
  for (let i = claim.span.start; i < claim.span.end && i < text.length; i++) if (text.charCodeAt(i) === 10) last++;
  return [first, last];
}

async function checkLinks(claims: Claim[], learn: LearnOnlineSource) {
  const urls = [...new Set(claims.flatMap((c) => c.entities.filter((e) => e.type === 'url').map((e) => e.text)))];
  const results = await resolveLinks(
    urls.map((u) => (HTTP_URL.test(u) ? u : `https://${u}`)),
    { http: learn.http },
  );
  return new Map(urls.map((u, i) => [u, results[i] ?? { status: 'error' as const, reason: 'not checked' }]));
}

/** An unverified claim says which online source could not be asked. */
function noteUnavailable(claim: Claim, learn: LearnOnlineSource): Claim {
  if (!claim.checkworthy || claim.status === 'verified' || claim.origin === 'reviewer' || claim.suppressed) return claim;
  const reason = learn.unavailable?.reason ?? 'unreachable';
  return {
    ...claim,
    findings: [...claim.findings, { checker: 'policy', messageId: 'source-unavailable', subject: 'learn-online', message: `learn-online unavailable: ${reason}`, severity: 'info' }],
  };
}

/**
 * One article through ingest → extract → ledger merge → verify → reuse → save, with the run's shared
 * evidence. Suppressed claims skip verification; with --changed, so do claims on unchanged lines that the
 * ledger already holds. A run that changes nothing leaves the ledger file untouched.
 */
export async function checkArticle(input: ArticleInput, ctx: RunContext): Promise<ArticleResult> {
  const doc = input.text !== undefined ? ingestText(input.text, input.article, ctx.ingest) : await ingestFile(input.file ?? input.article, ctx.ingest);
  const ranges = doc.format === 'markdown' ? suppressedRanges(doc.text, doc.blocks) : [];
  const fresh = extractClaims(doc).map((c) => (isSuppressedAt(ranges, c.span.start) ? suppress(c) : c));
  // links into an indexed docs set (pages and #anchors) are checked offline, online or not
  const links = withOfflineLinks(
    ctx.learn ? await checkLinks(fresh, ctx.learn) : undefined,
    [...new Set(fresh.flatMap((c) => c.entities.filter((e) => e.type === 'url').map((e) => e.text)))],
    ctx.evidence.sources,
  );
  const meta = { article: input.article, articleSha256: sha256(doc.text), title: doc.title, checkedAt: ctx.checkedAt, sources: ctx.evidence.infos };
  const changedLines = ctx.changed?.lines(input.article);
  let changedChecked: number | undefined;
  let reused = 0;

  const verify = async (previous: Ledger | undefined, merged: Ledger): Promise<Ledger> => {
    const prevById = new Map((previous?.claims ?? []).map((c) => [c.id, c]));
    const claims = merged.claims.map(clearReuse);
    const onChangedLine = (c: Claim): boolean => {
      if (changedLines === undefined || changedLines === 'all') return true;
      const [first, last] = claimLines(c, doc.text);
      for (let l = first; l <= last; l++) if (changedLines.has(l)) return true;
      return false;
    };
    // with --changed, a claim the ledger already holds on an unchanged line keeps its recorded verdict
    const fromLedger = (c: Claim): Claim | undefined => {
      if (changedLines === undefined || onChangedLine(c)) return undefined;
      const prev = prevById.get(c.id);
      return prev && !prev.suppressed ? { ...c, status: prev.status, evidence: prev.evidence, findings: prev.findings } : undefined;
    };
    const kept = new Map<string, Claim>();
    for (const c of claims) {
      const k = fromLedger(c);
      if (k) kept.set(c.id, clearReuse(k));
    }
    const toCheck = claims.filter((c) => !c.suppressed && !kept.has(c.id));
    if (changedLines !== undefined) changedChecked = toCheck.filter((c) => !c.removed).length;
    const { claims: checked } = await verifyClaims(toCheck, { sources: ctx.evidence.sources, graph: ctx.evidence.graph, asOf: ctx.asOf, online: ctx.online, links });
    const byId = new Map(checked.map((c) => [c.id, c]));
    let out = claims.map((c) => (c.suppressed ? (c.origin === 'reviewer' ? c : suppress(c)) : (kept.get(c.id) ?? byId.get(c.id) ?? c)));
    if (ctx.learn?.unavailable) {
      const learn = ctx.learn;
      out = out.map((c) => noteUnavailable(c, learn));
    }
    const applied = applyReuse(out, ctx.reuse, input.ledgerFile === false ? undefined : input.ledgerFile);
    reused = applied.reused;
    return { ...merged, claims: applied.claims };
  };

  let ledger: Ledger;
  let stats: MergeStats | undefined;
  let written = false;
  if (input.ledgerFile === false) {
    const merged = mergeLedger(undefined, fresh, meta);
    ledger = await verify(undefined, merged.ledger);
    stats = merged.stats;
  } else {
    const file = input.ledgerFile;
    // verify a snapshot without the lock (the slow part), then read–merge–write under it: a `review` that
    // landed meanwhile is merged, never overwritten (src/ledger/commit.ts)
    const before = await readSnapshot(file);
    const merged = mergeLedger(before.loaded?.ledger, fresh, meta);
    stats = merged.stats;
    const verified = await verify(before.loaded?.ledger, merged.ledger);
    const first = keepDateWhenUnchanged(before.loaded?.ledger, verified);
    if (first.unchanged && (await ledgerDigest(file)) === before.digest) ledger = first.ledger;
    else {
      ledger = await commitLedger(file, (now) =>
        now.digest === before.digest ? first.ledger : keepDateWhenUnchanged(now.loaded?.ledger, remergeVerified(now.loaded?.ledger, verified, fresh, meta)).ledger,
      );
      written = true;
    }
  }
  const suppressed = ledger.claims.filter((c) => c.suppressed && !c.removed).length;
  return {
    article: input.article,
    ledgerFile: input.ledgerFile,
    ledger,
    doc,
    ...(stats ? { stats } : {}),
    written,
    reused,
    suppressed,
    ...(changedChecked !== undefined ? { changedChecked } : {}),
  };
}
