import type { GraphModelData, OperationData, TypeData } from './model-data.js';

/** Lookups over the parsed model that follow base types; shared by path resolution and property checks. */
export class TypeLookup {
  private readonly opsByName = new Map<string, OperationData[]>();
  private readonly byShortName = new Map<string, string[]>();
  private readonly aliases = new Map<string, string>([['graph', 'microsoft.graph']]);

  constructor(readonly data: GraphModelData) {
    for (const op of data.operations) {
      const list = this.opsByName.get(op.name) ?? [];
      list.push(op);
      this.opsByName.set(op.name, list);
    }
    for (const fqn of [...Object.keys(data.types), ...Object.keys(data.beta)]) {
      const short = fqn.slice(fqn.lastIndexOf('.') + 1).toLowerCase();
      const list = this.byShortName.get(short) ?? [];
      if (!list.includes(fqn)) list.push(fqn);
      this.byShortName.set(short, list);
    }
  }

  /** The type and its base types, most derived first. */
  chain(fqn: string): Array<[string, TypeData]> {
    const out: Array<[string, TypeData]> = [];
    let cur: string | undefined = fqn;
    while (cur && out.length < 20) {
      const t: TypeData | undefined = this.data.types[cur];
      if (!t) break;
      out.push([cur, t]);
      cur = t.base;
    }
    return out;
  }

  nav(fqn: string, name: string): { type: string; many: boolean } | undefined {
    for (const [, t] of this.chain(fqn)) if (t.nav[name]) return t.nav[name];
    return undefined;
  }

  prop(fqn: string, name: string): string | undefined {
    for (const [, t] of this.chain(fqn)) if (t.props[name] !== undefined) return t.props[name];
    return undefined;
  }

  isOpen(fqn: string): boolean {
    return this.chain(fqn).some(([, t]) => t.open === true);
  }

  derivesFrom(fqn: string, base: string): boolean {
    return this.chain(fqn).some(([n]) => n === base);
  }

  /** `microsoft.graph.x`, `graph.x` (alias) → fully qualified, or undefined when not a qualified name. */
  qualify(name: string): string | undefined {
    const dot = name.lastIndexOf('.');
    if (dot <= 0) return undefined;
    const ns = name.slice(0, dot);
    return `${this.aliases.get(ns) ?? ns}${name.slice(dot)}`;
  }

  /** A type name as people write it (`user`, `signIn`, `microsoft.graph.callRecords.callRecord`). */
  findType(name: string): string | undefined {
    const q = this.qualify(name);
    if (q && (this.data.types[q] || this.data.beta[q])) return q;
    const candidates = this.byShortName.get(name.slice(name.lastIndexOf('.') + 1).toLowerCase()) ?? [];
    return candidates.find((c) => c === `microsoft.graph.${name}`) ?? candidates.find((c) => c.startsWith('microsoft.graph.') && c.split('.').length === 3) ?? candidates[0];
  }

  /** A bound operation (optionally namespace-qualified) applicable to the type or one of its bases. */
  operation(fqn: string, many: boolean, segment: string): OperationData | undefined {
    const q = this.qualify(segment);
    const name = q ? q.slice(q.lastIndexOf('.') + 1) : segment;
    const ns = q ? q.slice(0, q.lastIndexOf('.')) : undefined;
    const bases = this.chain(fqn).map(([n]) => n);
    if (bases.length === 0) bases.push(fqn);
    const candidates = (this.opsByName.get(name) ?? []).filter((op) => op.binding !== undefined && op.binding.many === many && (ns === undefined || ns === op.namespace));
    // The overload bound to the most derived type wins.
    for (const base of bases) {
      const op = candidates.find((c) => c.binding?.type === base);
      if (op) return op;
    }
    return undefined;
  }

  unbound(segment: string): OperationData | undefined {
    return (this.opsByName.get(segment) ?? []).find((op) => op.binding === undefined);
  }
}

const GRAPH_NAMESPACE = /^microsoft\.graph\./;
const DOTS = /\./g;

/** Learn resource page of a type: `microsoft.graph.security.alert` → resources/security-alert. */
export function resourceUrl(fqn: string, version: 'v1.0' | 'beta' = 'v1.0'): string {
  const page = fqn.replace(GRAPH_NAMESPACE, '').replace(DOTS, '-').toLowerCase();
  return `https://learn.microsoft.com/en-us/graph/api/resources/${page}?view=${version === 'beta' ? 'graph-rest-beta' : 'graph-rest-1.0'}`;
}
