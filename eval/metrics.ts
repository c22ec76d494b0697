import type { GoldClaim, GoldStatus } from './gold-schema.js';
import { GOLD_STATUSES } from './gold-schema.js';
import { comparableUrl, pagePath } from './corpus-url.js';

/** The parts of a tool claim (JSON report contract) the metrics read. */
export interface ToolClaim {
  id: string;
  quote: string;
  text: string;
  span: { start: number; end: number };
  checkworthy: boolean;
  status: GoldStatus;
  evidence: { url: string; stance: string; anchor?: string | undefined }[];
  findings: { checker: string; messageId: string; subject: string; message: string }[];
}

export interface Span {
  start: number;
  end: number;
}
export type ToolColumn = GoldStatus | 'missing';
export const TOOL_COLUMNS: readonly ToolColumn[] = [...GOLD_STATUSES, 'missing'];

export interface Ratio {
  num: number;
  den: number;
  value: number | null;
}
const ratio = (num: number, den: number): Ratio => ({ num, den, value: den === 0 ? null : num / den });

export interface Pair {
  gold: GoldClaim;
  goldSpan: Span;
  tool: ToolClaim | undefined;
  overlap: number;
}

export interface ClaimRef {
  quote: string;
  gold: GoldStatus;
  tool: ToolColumn;
  goldUrl?: string | undefined;
  toolUrls?: string[];
  toolQuote?: string | undefined;
  findings?: string[];
  note: string;
}

export interface ArticleMetrics {
  article: string;
  toolClaims: number;
  toolCheckworthy: number;
  goldClaims: number;
  goldCheckworthy: number;
  spanIntegrity: Ratio & { broken: { id: string; quote: string }[] };
  extractionRecall: Ratio;
  checkworthyAgreement: Ratio;
  spurious: { count: number; rate: Ratio; claims: { id: string; quote: string; status: string }[] };
  statusAgreement: Ratio;
  balancedAgreement: number | null;
  perStatusRecall: Partial<Record<GoldStatus, Ratio>>;
  documentedRecall: Ratio;
  falseVerified: ClaimRef[];
  falsePartlyVerified: ClaimRef[];
  inventedRecall: Ratio;
  urlHit: Ratio;
  urlExactHit: Ratio;
  confusion: Record<GoldStatus, Record<ToolColumn, number>>;
  missedDocumented: ClaimRef[];
  verifiedInvented: ClaimRef[];
  urlMisses: ClaimRef[];
  /** Every gold claim with the tool claim matched to it (for reading the results by hand). */
  pairs: { quote: string; gold: GoldStatus; invented: boolean; tool: ToolColumn; overlap: number; toolId?: string; toolUrl?: string; checkers?: string[] }[];
}

/** Locate each gold quote in article order (indexOf from the previous gold start, else from 0). */
export function locateGold(text: string, claims: readonly GoldClaim[]): Span[] {
  let from = 0;
  return claims.map((c) => {
    let at = text.indexOf(c.quote, from);
    if (at < 0) at = text.indexOf(c.quote);
    if (at < 0) throw new Error(`gold quote is not in the article: ${JSON.stringify(c.quote)}`);
    from = at;
    return { start: at, end: at + c.quote.length };
  });
}

export function intersect(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The tool claim covering the largest share of the gold span, when that share is at least `min`. */
export function matchGold(goldSpan: Span, tools: readonly ToolClaim[], min = 0.5): { tool: ToolClaim | undefined; overlap: number } {
  const len = Math.max(1, goldSpan.end - goldSpan.start);
  let best: ToolClaim | undefined;
  let bestShare = 0;
  for (const t of tools) {
    const share = intersect(goldSpan, t.span) / len;
    if (share > bestShare || (share === bestShare && best !== undefined && t.checkworthy && !best.checkworthy)) {
      best = t;
      bestShare = share;
    }
  }
  return bestShare >= min ? { tool: best, overlap: bestShare } : { tool: undefined, overlap: bestShare };
}

const isVerified = (s: ToolColumn): boolean => s === 'verified' || s === 'partly-verified';
const supportUrls = (t: ToolClaim | undefined): string[] =>
  t ? t.evidence.filter((e) => e.stance === 'supports').map((e) => (e.anchor && !e.url.includes('#') ? `${e.url}#${e.anchor}` : e.url)) : [];

function ref(p: Pair): ClaimRef {
  const tool: ToolColumn = p.tool?.status ?? 'missing';
  const r: ClaimRef = { quote: p.gold.quote, gold: p.gold.status, tool, note: p.gold.note };
  if (p.gold.url) r.goldUrl = p.gold.url;
  if (p.tool) {
    r.toolQuote = p.tool.quote;
    const urls = supportUrls(p.tool);
    if (urls.length) r.toolUrls = urls;
    if (p.tool.findings.length) r.findings = p.tool.findings.map((f) => `${f.checker}/${f.messageId}: ${f.message}`);
  }
  return r;
}

export function urlMatches(goldUrl: string, toolUrl: string): { page: boolean; exact: boolean } {
  const exact = comparableUrl(goldUrl) === comparableUrl(toolUrl) && new URL(goldUrl).hash.toLowerCase() === safeHash(toolUrl);
  const page = comparableUrl(goldUrl) === comparableUrl(toolUrl) || pagePath(goldUrl) === pagePath(toolUrl);
  return { page, exact };
}
const safeHash = (u: string): string => {
  try {
    return new URL(u).hash.toLowerCase();
  } catch {
    return '';
  }
};

export function emptyConfusion(): Record<GoldStatus, Record<ToolColumn, number>> {
  const m = {} as Record<GoldStatus, Record<ToolColumn, number>>;
  for (const g of GOLD_STATUSES) {
    m[g] = {} as Record<ToolColumn, number>;
    for (const t of TOOL_COLUMNS) m[g][t] = 0;
  }
  return m;
}

export function balanced(confusion: Record<GoldStatus, Record<ToolColumn, number>>): { value: number | null; perStatus: Partial<Record<GoldStatus, Ratio>> } {
  const perStatus: Partial<Record<GoldStatus, Ratio>> = {};
  const recalls: number[] = [];
  for (const g of GOLD_STATUSES) {
    const row = confusion[g];
    const total = TOOL_COLUMNS.reduce((n, t) => n + row[t], 0);
    if (total === 0) continue;
    const r = ratio(row[g], total);
    perStatus[g] = r;
    recalls.push(r.value ?? 0);
  }
  return { value: recalls.length ? recalls.reduce((a, b) => a + b, 0) / recalls.length : null, perStatus };
}

export function scoreArticle(article: string, text: string, gold: readonly GoldClaim[], tools: readonly ToolClaim[]): ArticleMetrics {
  const spans = locateGold(text, gold);
  const pairs: Pair[] = gold.map((g, i) => {
    const goldSpan = spans[i] as Span;
    return { gold: g, goldSpan, ...matchGold(goldSpan, tools) };
  });
  const broken = tools.filter((t) => text.slice(t.span.start, t.span.end) !== t.quote).map((t) => ({ id: t.id, quote: t.quote }));
  const cw = pairs.filter((p) => p.gold.checkworthy);
  const cwSpans = cw.map((p) => p.goldSpan);
  const spuriousClaims = tools.filter((t) => t.checkworthy && !cwSpans.some((s) => intersect(s, t.span) > 0)).map((t) => ({ id: t.id, quote: t.quote, status: t.status }));
  const confusion = emptyConfusion();
  for (const p of pairs) confusion[p.gold.status][p.tool?.status ?? 'missing'] += 1;
  const bal = balanced(confusion);
  const documented = pairs.filter((p) => isVerified(p.gold.status));
  const negative = pairs.filter((p) => p.gold.status === 'unverified' || p.gold.status === 'contradicted');
  const invented = pairs.filter((p) => p.gold.invented === true);
  const verifiedBoth = documented.filter((p) => p.tool && isVerified(p.tool.status));
  let urlHits = 0;
  let exactHits = 0;
  const urlMisses: ClaimRef[] = [];
  for (const p of verifiedBoth) {
    const urls = supportUrls(p.tool);
    const m = urls.map((u) => urlMatches(p.gold.url ?? '', u));
    if (m.some((x) => x.page)) urlHits += 1;
    else urlMisses.push(ref(p));
    if (m.some((x) => x.exact)) exactHits += 1;
  }
  const toolCw = tools.filter((t) => t.checkworthy).length;
  return {
    article,
    toolClaims: tools.length,
    toolCheckworthy: toolCw,
    goldClaims: gold.length,
    goldCheckworthy: cw.length,
    spanIntegrity: { ...ratio(tools.length - broken.length, tools.length), broken },
    extractionRecall: ratio(cw.filter((p) => p.tool).length, cw.length),
    checkworthyAgreement: ratio(pairs.filter((p) => p.tool && p.tool.checkworthy === p.gold.checkworthy).length, pairs.length),
    spurious: { count: spuriousClaims.length, rate: ratio(spuriousClaims.length, toolCw), claims: spuriousClaims },
    statusAgreement: ratio(pairs.filter((p) => p.tool?.status === p.gold.status).length, pairs.length),
    balancedAgreement: bal.value,
    perStatusRecall: bal.perStatus,
    documentedRecall: ratio(verifiedBoth.length, documented.length),
    falseVerified: negative.filter((p) => p.tool?.status === 'verified').map(ref),
    falsePartlyVerified: negative.filter((p) => p.tool?.status === 'partly-verified').map(ref),
    inventedRecall: ratio(invented.filter((p) => p.tool?.status === 'unverified' || p.tool?.status === 'contradicted').length, invented.length),
    urlHit: ratio(urlHits, verifiedBoth.length),
    urlExactHit: ratio(exactHits, verifiedBoth.length),
    confusion,
    missedDocumented: documented.filter((p) => !(p.tool && isVerified(p.tool.status))).map(ref),
    verifiedInvented: invented.filter((p) => p.tool && isVerified(p.tool.status)).map(ref),
    urlMisses,
    pairs: pairs.map((p) => {
      const out: ArticleMetrics['pairs'][number] = {
        quote: p.gold.quote,
        gold: p.gold.status,
        invented: p.gold.invented === true,
        tool: p.tool?.status ?? 'missing',
        overlap: Math.round(p.overlap * 100) / 100,
      };
      if (p.tool) {
        out.toolId = p.tool.id;
        const u = supportUrls(p.tool)[0];
        if (u) out.toolUrl = u;
        if (p.tool.findings.length) out.checkers = [...new Set(p.tool.findings.map((f) => `${f.checker}/${f.messageId}`))];
      }
      return out;
    }),
  };
}

const sumRatio = (rs: Ratio[]): Ratio =>
  ratio(
    rs.reduce((n, r) => n + r.num, 0),
    rs.reduce((n, r) => n + r.den, 0),
  );

/** Pooled (micro) totals over articles; balanced agreement from the pooled confusion matrix. */
export function overall(ms: readonly ArticleMetrics[]): Omit<ArticleMetrics, 'article'> {
  const confusion = emptyConfusion();
  for (const m of ms) for (const g of GOLD_STATUSES) for (const t of TOOL_COLUMNS) confusion[g][t] += m.confusion[g][t];
  const bal = balanced(confusion);
  const spuriousCount = ms.reduce((n, m) => n + m.spurious.count, 0);
  const toolCw = ms.reduce((n, m) => n + m.toolCheckworthy, 0);
  return {
    toolClaims: ms.reduce((n, m) => n + m.toolClaims, 0),
    toolCheckworthy: toolCw,
    goldClaims: ms.reduce((n, m) => n + m.goldClaims, 0),
    goldCheckworthy: ms.reduce((n, m) => n + m.goldCheckworthy, 0),
    spanIntegrity: { ...sumRatio(ms.map((m) => m.spanIntegrity)), broken: ms.flatMap((m) => m.spanIntegrity.broken) },
    extractionRecall: sumRatio(ms.map((m) => m.extractionRecall)),
    checkworthyAgreement: sumRatio(ms.map((m) => m.checkworthyAgreement)),
    spurious: { count: spuriousCount, rate: ratio(spuriousCount, toolCw), claims: ms.flatMap((m) => m.spurious.claims) },
    statusAgreement: sumRatio(ms.map((m) => m.statusAgreement)),
    balancedAgreement: bal.value,
    perStatusRecall: bal.perStatus,
    documentedRecall: sumRatio(ms.map((m) => m.documentedRecall)),
    falseVerified: ms.flatMap((m) => m.falseVerified),
    falsePartlyVerified: ms.flatMap((m) => m.falsePartlyVerified),
    inventedRecall: sumRatio(ms.map((m) => m.inventedRecall)),
    urlHit: sumRatio(ms.map((m) => m.urlHit)),
    urlExactHit: sumRatio(ms.map((m) => m.urlExactHit)),
    confusion,
    missedDocumented: ms.flatMap((m) => m.missedDocumented),
    verifiedInvented: ms.flatMap((m) => m.verifiedInvented),
    urlMisses: ms.flatMap((m) => m.urlMisses),
    pairs: ms.flatMap((m) => m.pairs),
  };
}
