/**
 * The parsed Graph API model as plain JSON (cached in the index and embedded in packs).
 * All type names are fully qualified (`microsoft.graph.user`); aliases are resolved at parse time.
 */
export interface TypeData {
  kind: 'entity' | 'complex' | 'enum';
  base?: string;
  open?: true;
  /** Structural properties: name → type (`Collection(x)` kept as written, alias-resolved). */
  props: Record<string, string>;
  /** Navigation properties: name → target type; `many` for collections. */
  nav: Record<string, { type: string; many: boolean }>;
  /** Enum members (enum types only). */
  members?: string[];
}

export interface OperationData {
  name: string;
  namespace: string;
  kind: 'function' | 'action';
  /** Binding parameter type (fully qualified) and whether it binds to a collection. */
  binding: { type: string; many: boolean } | undefined;
  returns: { type: string; many: boolean } | undefined;
}

/** Per-version type names from msgraph-metadata type-mappings: own property and navigation names. */
export interface MappedType {
  kind: 'entity' | 'complex' | 'enum';
  names: string[];
}

export interface GraphModelData {
  format: 'claimcheck-graph-model';
  version: 1;
  /** Source name, e.g. 'msgraph-metadata@f54f11b'. */
  name: string;
  fileCount: number;
  types: Record<string, TypeData>;
  entitySets: Record<string, string>;
  singletons: Record<string, string>;
  operations: OperationData[];
  /** Beta type-mappings: fully qualified name → own property/navigation names. */
  beta: Record<string, MappedType>;
}
