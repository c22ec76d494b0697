import type { Evidence } from '../../schema/index.js';
import type { Checker, CheckResult } from '../types.js';
import { reporter } from '../report.js';
import { apiPaths } from '../key-entities.js';
import { PROPERTY_CUE, checkProperties } from '../graph-property.js';
import { findAnywhere } from '../evidence-access.js';
import { alternation } from '../../lang/words.js';
import { HTTP_METHODS } from '../../lang/http-methods.js';

const messages = {
  'beta-only': '{{subject}}: segment "{{segment}}" exists only in beta, not in v1.0 ({{source}} v1.0 metadata is exhaustive)',
  'no-such-segment': '{{subject}}: no segment "{{segment}}" after /{{resolved}} in the {{version}} metadata ({{source}})',
  'no-such-operation': '{{subject}}: no operation or key "{{segment}}" bound to {{boundTo}} in the {{version}} metadata ({{source}})',
  'unresolved-path': '{{subject}}: the {{source}} metadata cannot confirm it ({{reason}})',
  'no-such-property': '`{{subject}}` is not a property of the closed type {{type}} ({{source}} v1.0 metadata)',
  'no-such-property-beta': '`{{subject}}` is not among the beta names of {{type}} ({{source}} type mappings; beta shapes are not exhaustive)',
} as const;
type Id = keyof typeof messages;
const report = reporter<Id>('graph-path', messages);

/** An HTTP method before a request path ("GET "). */
const LEADING_METHOD = new RegExp(`^(?:${alternation(HTTP_METHODS)})\\s+`);
/** The first segment of a path after an optional version (group 1): `/v1.0/users/{id}` → `users`. */
const FIRST_SEGMENT = /^\/?(?:v1\.0\/|beta\/)?([^/]+)/;
/** A beta path, after an optional method word. */
const BETA_PATH = /^(?:\w+\s+)?\/beta\//;
/** The claim names the beta channel in its words. */
const BETA_WORD = /\bbeta\b/i;
/** A path that names its version (`/v1.0/…`, `/beta/…`). */
const VERSION_PREFIX = /^\/?(?:v1\.0|beta)\//;

/** Graph request paths and type properties against the CSDL model: only exhaustive "no" answers refute. */
export const graphPath: Checker = {
  id: 'graph-path',
  meta: { description: 'Graph API paths and properties must exist in the metadata', messages },
  appliesTo: (claim) => claim.checkworthy && (apiPaths(claim).length > 0 || PROPERTY_CUE.test(claim.text)),
  async check(claim, ctx): Promise<CheckResult> {
    const evidence: Evidence[] = [];
    const findings: CheckResult['findings'] = [];
    const trace: string[] = [];
    if (!ctx.graph) return { evidence, findings, signal: 'not-applicable', trace: ['no Graph model configured'] };
    const g = ctx.graph;
    let refuted = false;
    let supported = false;
    // "the beta endpoint `GET /users/{id}/…`": an unversioned path the claim places in beta is looked up there
    const saysBeta = BETA_WORD.test(claim.text);
    for (const e of apiPaths(claim)) {
      const written = e.text.replace(LEADING_METHOD, '');
      const path = saysBeta && !VERSION_PREFIX.test(written) ? `/beta${written.startsWith('/') ? '' : '/'}${written}` : written;
      const a = g.resolvePath(path);
      // a path not plainly Graph's is judged only when its first segment is a Graph root (`/oauth2/…` is not)
      const first = FIRST_SEGMENT.exec(path)?.[1] ?? '';
      const graphish = e.graph || g.resolvePath(`/${first}`).kind === 'exists';
      if (!graphish) {
        trace.push(`${path}: first segment unknown to the Graph model, so not a Graph path; not judged`);
        continue;
      }
      trace.push(`resolvePath ${path} → ${a.kind}${'segment' in a ? ` at "${a.segment}"` : ''}${a.kind === 'unknown' ? ` (${a.reason})` : ''}`);
      const base = { source: g.name, segment: 'segment' in a ? a.segment : '', resolved: 'resolved' in a ? a.resolved.join('/') : '' };
      if (a.kind === 'exists') {
        supported = true;
        evidence.push({ url: a.url, stance: 'supports', source: g.name, matched: [path] });
      } else if (a.kind === 'beta-only') {
        refuted = true;
        evidence.push({ url: a.url, stance: 'refutes', source: g.name, matched: [a.segment] });
        findings.push(report('beta-only', e.text, base, 'error'));
      } else if (a.kind === 'no-such-segment') {
        refuted = refuted || a.version === 'v1.0';
        findings.push(report('no-such-segment', e.text, { ...base, version: a.version }, a.version === 'v1.0' ? 'error' : 'warning'));
      } else if (a.kind === 'unknown' && !BETA_PATH.test(e.text) && !saysBeta) {
        // not exhaustive enough to refute, but the reader should see that the metadata does not back it
        findings.push(report('unresolved-path', e.text, { source: g.name, reason: a.reason }, 'warning'));
      } else if (a.kind === 'no-such-operation') {
        refuted = refuted || a.version === 'v1.0';
        findings.push(report('no-such-operation', e.text, { ...base, version: a.version, boundTo: a.boundTo }, a.version === 'v1.0' ? 'error' : 'warning'));
      }
    }
    const props = checkProperties(claim, g);
    trace.push(...props.trace);
    evidence.push(...props.evidence);
    for (const f of props.findings) findings.push(report(f.messageId as Id, f.subject, f.data, f.severity));
    refuted = refuted || props.refuted;
    supported = supported || props.supported;
    // The metadata answers the whole claim when it only says which properties a type has and names no path;
    // a qualifier in front of the type ("Azure AD") must itself be a name some source uses.
    let covered = false;
    if (props.membership && apiPaths(claim).length === 0 && findings.length === 0) {
      const q = props.membership.qualifier;
      const known = q === undefined || (await findAnywhere(ctx, [q])).hits.length > 0;
      if (q !== undefined) trace.push(`qualifier "${q}" ${known ? 'is used by some source' : 'is in no source'}`);
      covered = known;
    }
    const signal = refuted ? 'refuted' : covered ? 'covered' : supported ? 'supported' : findings.length > 0 ? 'no-support' : 'not-applicable';
    return { evidence, findings, signal, trace };
  },
};
