import type { GraphModel, GraphPathAnswer, GraphPropertyAnswer } from '../types.js';
import type { GraphModelData } from './model-data.js';
import { TypeLookup, resourceUrl } from './type-lookup.js';
import { looksLikeKey, splitPath } from './path-segments.js';

type Version = 'v1.0' | 'beta';
/** Where resolution stands: at the service root, on a type (one or many), or past a primitive/action. */
type State = { at: 'root' } | { at: 'type'; type: string; many: boolean } | { at: 'end'; type: string };
const LOWER_CASE_WORD = /^[a-z]+$/;
/** A CSDL collection type, "Collection(microsoft.graph.user)"; group 1 is the element type. */
const COLLECTION_TYPE = /^Collection\((.*)\)$/;

/**
 * The Graph API model: the v1.0 CSDL is exhaustive for v1.0, so its "no" answers may contradict;
 * beta is only known through type-mappings (names, no shapes), so beta answers are weaker.
 */
export class CsdlGraphModel implements GraphModel {
  readonly name: string;
  private readonly lookup: TypeLookup;
  private names: Set<string> | undefined;

  constructor(readonly data: GraphModelData) {
    this.name = data.name;
    this.lookup = new TypeLookup(data);
  }

  resolvePath(path: string, version?: Version): GraphPathAnswer {
    const split = splitPath(path);
    const v: Version = split.version ?? version ?? 'v1.0';
    if (split.segments.length === 0) return { kind: 'unknown', reason: `no path segments in "${path}"` };
    const L = this.lookup;
    const resolved: string[] = [];
    let state: State = { at: 'root' };

    for (const seg of split.segments) {
      const next = this.step(state, seg.name, seg.parens);
      if (next) {
        state = next;
        resolved.push(seg.raw);
        continue;
      }
      if (state.at === 'type' && state.many && LOWER_CASE_WORD.test(seg.name)) {
        // Graph has lower-case key aliases on some collections (sites/root, drive/special/approot);
        // such a word may be a key or an operation missing from v1.0 — not enough to say either.
        return { kind: 'unknown', reason: `"${seg.name}" after a collection of ${state.type} may be a key alias or an operation; the metadata lists neither` };
      }
      // Not in the v1.0 metadata. Positive beta evidence: the beta type-mappings list this name on the type
      // (only for a single entity: names on a collection's element type need a key first).
      const owner = state.at === 'type' && !state.many ? state.type : undefined;
      const inBeta = owner !== undefined && this.betaHasName(owner, seg.name);
      if (v === 'beta') {
        if (inBeta) return { kind: 'unknown', reason: `"${seg.name}" exists in beta, but beta has no full metadata here to follow it` };
        return { kind: 'unknown', reason: `"${seg.name}" is not in the v1.0 metadata; beta is known only by type names` };
      }
      if (inBeta && owner) return { kind: 'beta-only', version: 'v1.0', url: resourceUrl(owner, 'beta'), resolved, segment: seg.raw };
      const q = L.qualify(seg.name);
      if (q && L.data.beta[q] && !L.data.types[q]) return { kind: 'beta-only', version: 'v1.0', url: resourceUrl(q, 'beta'), resolved, segment: seg.raw };
      if (state.at === 'type' && (state.many || q !== undefined)) {
        // After a collection only a key, a cast or a collection-bound operation can follow.
        return { kind: 'no-such-operation', version: v, resolved, segment: seg.raw, boundTo: state.many ? `Collection(${state.type})` : state.type };
      }
      return { kind: 'no-such-segment', version: v, resolved, segment: seg.raw };
    }
    const type = state.at === 'root' ? undefined : state.type;
    if (v === 'beta' && type && !L.data.beta[type]) {
      return { kind: 'unknown', reason: `${type} resolves in v1.0 but the beta type-mappings do not list it` };
    }
    return { kind: 'exists', version: v, url: type ? resourceUrl(type, v) : 'https://learn.microsoft.com/en-us/graph/api/overview', resolved };
  }

  /** One segment from one state; undefined when the metadata has nothing by that name there. */
  private step(state: State, name: string, parens: string | undefined): State | undefined {
    const L = this.lookup;
    if (name.startsWith('$')) {
      if (state.at !== 'root') return { at: 'end', type: state.type };
      return name === '$batch' || name === '$metadata' ? { at: 'end', type: 'microsoft.graph.entity' } : undefined;
    }
    if (state.at === 'end') return undefined;
    const colon = name.indexOf(':');
    if (colon > 0) {
      // `root:/path/to/item:` addresses an item below the navigation named before the colon.
      const base = this.step(state, name.slice(0, colon), undefined);
      return base && base.at === 'type' ? { ...base, many: false } : undefined;
    }
    if (state.at === 'root') {
      const set = L.data.entitySets[name];
      if (set) return { at: 'type', type: set, many: parens === undefined || parens === '' };
      const single = L.data.singletons[name];
      if (single) return { at: 'type', type: single, many: false };
      const op = L.unbound(name);
      return op ? this.afterOperation(op.kind, op.returns) : undefined;
    }
    const { type, many } = state;
    if (!many) {
      const nav = L.nav(type, name);
      if (nav) return { at: 'type', type: nav.type, many: nav.many && (parens === undefined || parens === '') };
      const prop = L.prop(type, name);
      if (prop !== undefined) {
        const coll = COLLECTION_TYPE.exec(prop);
        const t = coll?.[1] ?? prop;
        return L.data.types[t]?.kind === 'complex' ? { at: 'type', type: t, many: coll !== null } : { at: 'end', type };
      }
    } else if (looksLikeKey(name)) {
      return { at: 'type', type, many: false };
    }
    const cast = L.qualify(name);
    if (cast && L.data.types[cast] && (L.derivesFrom(cast, type) || L.derivesFrom(type, cast))) return { at: 'type', type: cast, many };
    const op = L.operation(type, many, name);
    if (op) return this.afterOperation(op.kind, op.returns, type);
    return undefined;
  }

  /** Functions returning an entity or complex type can be followed; actions and primitives end the path. */
  private afterOperation(kind: 'function' | 'action', returns: { type: string; many: boolean } | undefined, bound?: string): State {
    const t = returns ? this.lookup.data.types[returns.type] : undefined;
    if (kind === 'function' && returns && t && t.kind !== 'enum') return { at: 'type', type: returns.type, many: returns.many };
    return { at: 'end', type: bound ?? returns?.type ?? 'microsoft.graph.entity' };
  }

  private betaHasName(type: string, name: string): boolean {
    for (const [fqn] of this.lookup.chain(type).length > 0 ? this.lookup.chain(type) : ([[type]] as Array<[string]>)) {
      if (this.lookup.data.beta[fqn]?.names.includes(name)) return true;
    }
    return false;
  }

  property(typeName: string, property: string): GraphPropertyAnswer {
    const L = this.lookup;
    const fqn = L.findType(typeName);
    if (!fqn) return { kind: 'no-such-type', type: typeName };
    const inV1 = L.data.types[fqn] !== undefined;
    const url = resourceUrl(fqn, inV1 ? 'v1.0' : 'beta');
    if (inV1 && (L.prop(fqn, property) !== undefined || L.nav(fqn, property) !== undefined)) return { kind: 'exists', type: fqn, property, url };
    if (this.betaHasName(fqn, property)) return { kind: 'exists', type: fqn, property, url };
    // Entity types inherit `id` from microsoft.graph.entity even where beta mappings list own names only.
    if (property === 'id' && (L.data.types[fqn]?.kind ?? L.data.beta[fqn]?.kind) === 'entity') return { kind: 'exists', type: fqn, property, url };
    // Openness is recorded in the v1.0 CSDL only; a beta-only type counts as closed (documented limitation).
    if (inV1 && L.isOpen(fqn)) return { kind: 'absent-open', type: fqn, property };
    return { kind: 'absent-closed', type: fqn, property, url };
  }

  hasName(name: string): boolean {
    if (!this.names) {
      const s = new Set<string>();
      const add = (n: string): void => void s.add(n.toLowerCase());
      for (const [fqn, t] of Object.entries(this.data.types)) {
        add(fqn.slice(fqn.lastIndexOf('.') + 1));
        add(fqn);
        Object.keys(t.props).forEach(add);
        Object.keys(t.nav).forEach(add);
        t.members?.forEach(add);
      }
      for (const [fqn, t] of Object.entries(this.data.beta)) {
        add(fqn.slice(fqn.lastIndexOf('.') + 1));
        t.names.forEach(add);
      }
      Object.keys(this.data.entitySets).forEach(add);
      Object.keys(this.data.singletons).forEach(add);
      for (const o of this.data.operations) add(o.name);
      this.names = s;
    }
    return this.names.has(name.toLowerCase());
  }
}

export function createGraphModel(data: GraphModelData): GraphModel {
  return new CsdlGraphModel(data);
}
