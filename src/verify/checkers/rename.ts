import type { Evidence } from '../../schema/index.js';
import type { Checker, CheckResult } from '../types.js';
import { reporter } from '../report.js';
import { claimedRename } from '../rename-claim.js';
import { type DocumentedRename, documentedRenames } from '../renames.js';
import { tokens } from '../text.js';
import { VENDOR_WORDS } from '../../lang/vendor-words.js';

const messages = {
  'rename-reversed': 'the documentation renamed {{old}} to {{now}}; the claim has it the other way round',
  'rename-denied': 'the documentation renamed {{old}} to {{now}}; the claim denies it',
  'rename-other': 'the documentation renamed {{old}} to {{now}}; the claim gives {{claimed}} as its new name',
} as const;
const report = reporter<keyof typeof messages>('rename', messages);

/** Spaces, case and the markup a table cell keeps, so that names compare as words. */
const SPACES = /\s+/g;
const norm = (s: string): string => ` ${s.toLowerCase().replace(SPACES, ' ').trim()} `;
/**
 * A documented name stands for the claim's name when it is the same name or a list of names that has it as whole
 * words (a glossary cell: "Azure Active Directory (Azure AD) Azure AD AAD"). Never the other way round: "Microsoft
 * Entra ID P1" is not named by a page that says "Microsoft Entra ID".
 */
const names = (documented: string, claimed: string): boolean => norm(documented).includes(norm(claimed));

const VENDOR: ReadonlySet<string> = new Set(VENDOR_WORDS.map((w) => w.toLowerCase()));
/** A name's words without the vendor's ("Microsoft Entra ID" → entra, id): what a product family shares. */
const productWords = (name: string): string[] => tokens(name).filter((w) => !VENDOR.has(w));

/** The line of the page that states the rename, as the passage shown to the reviewer. */
function statingLine(r: DocumentedRename): string {
  const line = r.passage.text.split('\n').find((l) => l.includes(r.old) && l.includes(r.now));
  return (line ?? r.passage.text).trim().slice(0, 300);
}

function toEvidence(r: DocumentedRename, stance: Evidence['stance']): Evidence {
  const ev: Evidence = { url: r.passage.url, stance, source: r.passage.source, matched: [r.old, r.now], passage: statingLine(r) };
  if (r.passage.title) ev.title = r.passage.title;
  if (r.passage.anchor) ev.anchor = r.passage.anchor;
  if (r.passage.retrievedAt) ev.retrievedAt = r.passage.retrievedAt;
  return ev;
}

/**
 * A claim that one product name replaced another ("X is the new name for Y", "X was formerly called Y", "Y was
 * renamed to X"), read against the renames the documentation states itself (renames.ts). The same direction
 * supports it; the other direction, or a claim that denies a documented rename, is evidence against it. A rename
 * the documentation never states leaves the claim to the other checkers.
 */
export const rename: Checker = {
  id: 'rename',
  meta: { description: 'a claimed product rename agrees with the renames the documentation states, in direction too', messages },
  appliesTo: (claim) => claim.checkworthy && claimedRename(claim.text) !== undefined,
  async check(claim, ctx): Promise<CheckResult> {
    const c = claimedRename(claim.text);
    if (!c) return { evidence: [], findings: [], signal: 'not-applicable', trace: [] };
    const documented = await documentedRenames(ctx, [c.old, c.now]);
    const trace = [`the claim says "${c.old}" became "${c.now}"${c.negated ? ' (denied)' : ''}; the pages likely to state it give ${documented.length} rename(s)`];
    const same = documented.find((d) => names(d.old, c.old) && names(d.now, c.now));
    const reversed = documented.find((d) => names(d.old, c.now) && names(d.now, c.old));
    const agrees = c.negated ? reversed : same;
    const against = c.negated ? same : reversed;
    if (agrees && !against) {
      trace.push(`  ${agrees.passage.url}: "${agrees.old}" → "${agrees.now}"`);
      return { evidence: [toEvidence(agrees, 'supports')], findings: [], signal: 'supported', trace };
    }
    if (against) {
      trace.push(`  ${against.passage.url}: "${against.old}" → "${against.now}", against the claim`);
      const id = c.negated ? 'rename-denied' : 'rename-reversed';
      return { evidence: [toEvidence(against, 'refutes')], findings: [report(id, claim.text.slice(0, 60), { old: against.old, now: against.now }, 'error')], signal: 'conflicts', trace };
    }
    // the documentation renamed this very name to another one, and calls the claim's new name nothing of the sort
    // ("Microsoft Intune is the new name for Azure Active Directory")
    const other = c.negated ? undefined : documented.find((d) => norm(d.old) === norm(c.old) && !names(d.now, c.now) && !names(c.now, d.now));
    const claimedAnywhere = documented.some((d) => names(d.now, c.now));
    if (other && !claimedAnywhere) {
      trace.push(`  ${other.passage.url}: "${other.old}" → "${other.now}", not "${c.now}"`);
      // a new name of the same family ("Microsoft Entra portal" for "Microsoft Entra ID") may name a part of the
      // product loosely: not supported, but not contradicted either
      const akin = productWords(other.now).some((w) => productWords(c.now).includes(w));
      const finding = report('rename-other', claim.text.slice(0, 60), { old: other.old, now: other.now, claimed: c.now }, akin ? 'warning' : 'error');
      if (akin) return { evidence: [toEvidence(other, 'related')], findings: [finding], signal: 'no-support', trace };
      return { evidence: [toEvidence(other, 'refutes')], findings: [finding], signal: 'conflicts', trace };
    }
    return { evidence: [], findings: [], signal: 'not-applicable', trace };
  },
};
