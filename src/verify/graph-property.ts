import type { Claim, Entity, Evidence, Finding } from '../schema/index.js';
import type { GraphModel } from '../evidence/types.js';
import { isExampleMention, isGenericAcronym, isSubject } from './key-entities.js';

/** "X: Includes fooBar", "X contains fooBar and barBaz": the type is the subject, the properties follow the verb. */
const PROPERTY_CUE = /\b(?:includes?|contains?|has|have|exposes?)\b/i;

export interface PropertyCheck {
  evidence: Evidence[];
  findings: Array<Omit<Finding, 'checker' | 'message'> & { data: Record<string, string> }>;
  refuted: boolean;
  supported: boolean;
  trace: string[];
}

/** Type-name candidates of an entity as people write them: `SomeTypeDetails` → someTypeDetails, someTypeDetail. */
function typeCandidates(text: string): string[] {
  const t = text.replace(/\(\)$/, '');
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(t)) return [];
  const lower = t.charAt(0).toLowerCase() + t.slice(1);
  const out = [lower];
  if (/[^s]s$/.test(lower)) out.push(lower.slice(0, -1));
  return out;
}

/** Property claims on a Graph type: every named property must exist on the type; absent on a closed v1.0 type refutes. */
export function checkProperties(claim: Claim, graph: GraphModel): PropertyCheck {
  const out: PropertyCheck = { evidence: [], findings: [], refuted: false, supported: false, trace: [] };
  const cue = PROPERTY_CUE.exec(claim.quote);
  if (!cue) return out;
  // The type is named before the cue ("signInDetail: Includes …", "The gadget type has …"), never a generic acronym.
  const cueAt = claim.span.start + cue.index;
  const codes = claim.entities.filter((e) => (e.type === 'identifier' || e.type === 'product') && e.span.end <= cueAt && !isGenericAcronym(e.text) && isSubject(claim, e));
  let typeEntity: Entity | undefined;
  let typeName: string | undefined;
  for (const e of codes) {
    for (const c of typeCandidates(e.text)) {
      const a = graph.property(c, 'id');
      if (a.kind !== 'no-such-type') {
        typeEntity = e;
        typeName = a.type;
        break;
      }
    }
    if (typeName) break;
  }
  if (!typeEntity || !typeName) return out;
  const props = claim.entities.filter((e) => e !== typeEntity && e.type === 'identifier' && e.span.start > typeEntity.span.start
    && /^[a-z][A-Za-z0-9]*$/.test(e.text) && !isExampleMention(claim, e));
  for (const p of props) {
    const a = graph.property(typeName, p.text);
    out.trace.push(`graph.property(${typeName}, ${p.text}) → ${a.kind}`);
    if (a.kind === 'exists') {
      out.supported = true;
      out.evidence.push({ url: a.url, stance: 'supports', source: graph.name, matched: [p.text, typeName] });
    } else if (a.kind === 'absent-closed') {
      const v1 = a.url.includes('graph-rest-1.0');
      if (v1) out.refuted = true;
      out.findings.push({
        messageId: v1 ? 'no-such-property' : 'no-such-property-beta', subject: p.text, severity: v1 ? 'error' : 'warning',
        data: { type: typeName, source: graph.name },
      });
      if (v1) out.evidence.push({ url: a.url, stance: 'refutes', source: graph.name, matched: [typeName] });
    }
  }
  return out;
}
