import { XMLParser } from 'fast-xml-parser';
import type { GraphModelData, OperationData, TypeData } from './model-data.js';

type XmlNode = Record<string, unknown>;

const ARRAYS = new Set(['Schema', 'EntityType', 'ComplexType', 'EnumType', 'Member', 'Property', 'NavigationProperty', 'Action', 'Function', 'Parameter', 'EntitySet', 'Singleton', 'EntityContainer']);

function list(node: unknown, key: string): XmlNode[] {
  const v = (node as XmlNode | undefined)?.[key];
  return Array.isArray(v) ? (v as XmlNode[]) : [];
}

function attr(node: XmlNode, name: string): string | undefined {
  const v = node[name];
  return typeof v === 'string' ? v : undefined;
}

/** A CSDL collection type, "Collection(microsoft.graph.user)"; group 1 is the element type. */
const COLLECTION_TYPE = /^Collection\((.*)\)$/;

/** `Collection(graph.user)` → { type: 'microsoft.graph.user', many: true } with aliases resolved. */
export function typeRef(raw: string, aliases: Map<string, string>): { type: string; many: boolean } {
  const m = COLLECTION_TYPE.exec(raw);
  const name = m?.[1] ?? raw;
  const dot = name.lastIndexOf('.');
  const ns = dot > 0 ? name.slice(0, dot) : '';
  const full = aliases.has(ns) ? `${aliases.get(ns)}${name.slice(dot)}` : name;
  return { type: full, many: m !== null };
}

/** CSDL <Annotations> blocks (not self-closing), which the model does not read. */
const ANNOTATION_BLOCKS = /<Annotations\b(?:[^>]*[^/>])?>[\s\S]*?<\/Annotations>/g;

/** Parse a CSDL ($metadata) document. Annotations are left unparsed (stop nodes) to keep it fast. */
export function parseCsdl(xml: string, name: string): GraphModelData {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseAttributeValue: false,
    parseTagValue: false,
    stopNodes: ['*.Annotations', '*.Annotation'],
    isArray: (tag, _jpath, _leaf, isAttribute) => !isAttribute && ARRAYS.has(tag),
  });
  // Out-of-line <Annotations> blocks are a third of the file and carry nothing we use.
  const doc = parser.parse(xml.replace(ANNOTATION_BLOCKS, '')) as XmlNode;
  const edmx = doc['Edmx'] as XmlNode | undefined;
  const schemas = list(edmx?.['DataServices'], 'Schema');
  const aliases = new Map<string, string>();
  for (const s of schemas) {
    const ns = attr(s, 'Namespace');
    const alias = attr(s, 'Alias');
    if (ns && alias) aliases.set(alias, ns);
  }
  const ref = (raw: string) => typeRef(raw, aliases);
  const data: GraphModelData = { format: 'claimcheck-graph-model', version: 1, name, fileCount: 1, types: {}, entitySets: {}, singletons: {}, operations: [], beta: {} };

  for (const s of schemas) {
    const ns = attr(s, 'Namespace') ?? '';
    for (const [tag, kind] of [
      ['EntityType', 'entity'],
      ['ComplexType', 'complex'],
    ] as const) {
      for (const t of list(s, tag)) {
        const td: TypeData = { kind, props: {}, nav: {} };
        const base = attr(t, 'BaseType');
        if (base) td.base = ref(base).type;
        if (attr(t, 'OpenType') === 'true') td.open = true;
        for (const p of list(t, 'Property')) td.props[attr(p, 'Name') ?? ''] = ref(attr(p, 'Type') ?? '').type;
        for (const p of list(t, 'NavigationProperty')) td.nav[attr(p, 'Name') ?? ''] = ref(attr(p, 'Type') ?? '');
        data.types[`${ns}.${attr(t, 'Name')}`] = td;
      }
    }
    for (const e of list(s, 'EnumType')) {
      data.types[`${ns}.${attr(e, 'Name')}`] = { kind: 'enum', props: {}, nav: {}, members: list(e, 'Member').map((m) => attr(m, 'Name') ?? '') };
    }
    for (const [tag, kind] of [
      ['Action', 'action'],
      ['Function', 'function'],
    ] as const) {
      for (const o of list(s, tag)) {
        const bound = attr(o, 'IsBound') === 'true';
        const first = list(o, 'Parameter')[0];
        const ret = o['ReturnType'] as XmlNode | undefined;
        const op: OperationData = {
          name: attr(o, 'Name') ?? '',
          namespace: ns,
          kind,
          binding: bound && first ? ref(attr(first, 'Type') ?? '') : undefined,
          returns: ret && attr(ret, 'Type') ? ref(attr(ret, 'Type') ?? '') : undefined,
        };
        data.operations.push(op);
      }
    }
    for (const c of list(s, 'EntityContainer')) {
      for (const e of list(c, 'EntitySet')) data.entitySets[attr(e, 'Name') ?? ''] = ref(attr(e, 'EntityType') ?? '').type;
      for (const e of list(c, 'Singleton')) data.singletons[attr(e, 'Name') ?? ''] = ref(attr(e, 'Type') ?? '').type;
    }
  }
  return data;
}
