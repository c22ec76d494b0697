import type { Checker, CheckResult } from '../types.js';
import { reporter } from '../report.js';
import { PLACEHOLDER_HOST } from '../../evidence/index.js';

const messages = {
  'malformed-url': '{{subject}} is not a well-formed URL',
  'placeholder-host': '{{subject}} points at a placeholder host ({{host}})',
  'broken-link': '{{subject}} does not resolve: {{detail}}',
  'redirected-link': '{{subject}} redirects to {{target}}',
} as const;
const report = reporter<keyof typeof messages>('url', messages);

const HTTP_SCHEME = /^https?:\/\//i;
/** A path placeholder: `<tenant-id>` or `{id}`. */
const PLACEHOLDER = /<[^<>\s]+>|\{[^{}\s]+\}/g;
/** The host of an http(s) URL (group 1), placeholders and all. */
const URL_HOST = /^https?:\/\/([^/?#]+)/i;
/** A character that only a placeholder puts in a host. */
const PLACEHOLDER_BRACKET = /[<>{}]/;

/** Links in the article: well-formed and not pointing at placeholder hosts. Offline it never affects a verdict. */
export const url: Checker = {
  id: 'url',
  meta: { description: 'links must be well-formed and free of placeholder hosts', messages },
  appliesTo: (claim) => claim.entities.some((e) => e.type === 'url'),
  async check(claim, ctx): Promise<CheckResult> {
    const findings: CheckResult['findings'] = [];
    const trace: string[] = [];
    for (const e of claim.entities.filter((x) => x.type === 'url')) {
      const raw = HTTP_SCHEME.test(e.text) ? e.text : `https://${e.text}`;
      // Path placeholders (<tenant-id>, {id}) are fine; give them a value so URL parsing can judge the rest.
      const concrete = raw.replace(PLACEHOLDER, (m, off: number) => (raw.slice(0, off).split('/').length > 3 ? 'x' : m));
      const rawHost = URL_HOST.exec(raw)?.[1] ?? '';
      if (PLACEHOLDER_BRACKET.test(rawHost)) {
        findings.push(report('placeholder-host', e.text, { host: rawHost }, 'info'));
        trace.push(`${e.text}: placeholder in the host`);
        continue;
      }
      let host: string | undefined;
      try {
        host = new URL(concrete).hostname;
      } catch {
        findings.push(report('malformed-url', e.text, {}, 'info'));
        trace.push(`${e.text}: URL parser rejects it`);
        continue;
      }
      if (PLACEHOLDER_BRACKET.test(host) || PLACEHOLDER_HOST.test(host) || !host.includes('.')) {
        findings.push(report('placeholder-host', e.text, { host }, 'info'));
      }
      trace.push(`${e.text}: host ${host}${findings.length ? '' : ', well-formed'}`);
      const link = ctx.links?.get(e.text);
      if (link?.status === 'broken' || link?.status === 'unreachable' || link?.status === 'error') {
        findings.push(report('broken-link', e.text, { detail: link.httpStatus ? `HTTP ${link.httpStatus}` : (link.reason ?? link.status) }, 'warning'));
      } else if (link?.status === 'ok' && link.finalUrl && link.finalUrl !== raw) {
        findings.push(report('redirected-link', e.text, { target: link.finalUrl }, 'info'));
      }
      if (link) trace.push(`${e.text}: online check → ${link.status}${link.finalUrl ? ` (${link.finalUrl})` : ''}`);
    }
    return { evidence: [], findings, signal: 'not-applicable', trace };
  },
};
