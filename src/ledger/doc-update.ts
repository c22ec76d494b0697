import { isMap, isPair, isScalar, isSeq, type YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';
import type { Claim } from '../schema/claim.js';
import type { Ledger } from '../schema/ledger.js';
import { orderFor, ordered } from './key-order.js';

/**
 * Write a ledger into an existing yaml.Document in place, so comments, key order and styles of
 * untouched nodes survive. Claims are matched to their old nodes by id, not by index.
 */
type Path = Array<string | number>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A fresh node for a value, objects keyed in canonical order; spans printed inline (`{ start: …, end: … }`). */
export function createNode(doc: Document, value: unknown, path: Path): Node {
  const node = doc.createNode(canonical(value, path)) as Node;
  styleSpans(node);
  return node;
}

function canonical(value: unknown, path: Path): unknown {
  if (Array.isArray(value)) return value.map((v, i) => canonical(v, [...path, i]));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(ordered(value, orderFor(path)))) out[k] = canonical(v, [...path, k]);
  return out;
}

function styleSpans(node: unknown, key?: string): void {
  if (isMap(node)) {
    if (key === 'span' || key === 'sources-item') node.flow = true;
    for (const pair of node.items) if (isScalar(pair.key)) styleSpans(pair.value, String(pair.key.value));
  } else if (isSeq(node)) {
    if (key === 'section') node.flow = true;
    for (const item of node.items) styleSpans(item, key === 'sources' ? 'sources-item' : undefined);
  }
}

/** Set `value` into the node, reusing the node (and its comments) wherever the shape still fits. */
function update(doc: Document, node: unknown, value: unknown, path: Path): Node {
  if (isMap(node) && isPlainObject(value)) {
    updateMap(doc, node, value, path);
    return node;
  }
  // an empty `[]` that gets items is rebuilt, so it prints as a block list rather than a long flow line
  if (isSeq(node) && Array.isArray(value) && !(node.flow && node.items.length === 0 && value.length > 0)) {
    updateSeq(doc, node, value, path);
    return node;
  }
  if (isScalar(node) && !isPlainObject(value) && !Array.isArray(value)) {
    if (node.value !== value) node.value = value;
    return node;
  }
  return createNode(doc, value, path);
}

/** Keys in `skip` are left alone here (the caller handles them). */
function updateMap(doc: Document, map: YAMLMap, value: Record<string, unknown>, path: Path, skip = new Set<string>()): void {
  const order = orderFor(path);
  const keyOf = (p: unknown) => (isPair(p) && isScalar(p.key) ? String(p.key.value) : undefined);
  map.items = map.items.filter((p) => {
    const k = keyOf(p);
    return k === undefined || skip.has(k) || value[k] !== undefined;
  });
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || skip.has(key)) continue;
    const pair = map.items.find((p) => keyOf(p) === key);
    if (pair) {
      pair.value = update(doc, pair.value, v, [...path, key]);
      continue;
    }
    const created = doc.createPair(key, null);
    created.value = createNode(doc, v, [...path, key]);
    map.items.splice(insertIndex(map, key, order), 0, created);
  }
}

/** Where a new key goes: before the first existing key that comes after it in canonical order. */
function insertIndex(map: YAMLMap, key: string, order: readonly string[] | undefined): number {
  const rank = order?.indexOf(key) ?? -1;
  if (rank < 0) return map.items.length;
  const idx = map.items.findIndex((p) => isScalar(p.key) && (order?.indexOf(String(p.key.value)) ?? -1) > rank);
  return idx < 0 ? map.items.length : idx;
}

function updateSeq(doc: Document, seq: YAMLSeq, value: unknown[], path: Path): void {
  const items = value.map((v, i) => (i < seq.items.length ? update(doc, seq.items[i], v, [...path, i]) : createNode(doc, v, [...path, i])));
  seq.items = items;
}

function claimId(node: unknown): string | undefined {
  if (!isMap(node)) return undefined;
  const id = node.get('id', true);
  return isScalar(id) ? String(id.value) : undefined;
}

/** Claims: reuse the old node with the same id, append new ones, drop pruned ones; order as in the ledger. */
function updateClaims(doc: Document, seq: YAMLSeq, claims: Claim[]): void {
  const byId = new Map<string, unknown>();
  for (const item of seq.items) {
    const id = claimId(item);
    if (id !== undefined && !byId.has(id)) byId.set(id, item);
  }
  seq.items = claims.map((claim, i) => {
    const old = byId.get(claim.id);
    const path: Path = ['claims', i];
    return old ? update(doc, old, claim, path) : createNode(doc, claim, path);
  });
}

export function writeLedgerIntoDocument(doc: Document, ledger: Ledger): void {
  const root = doc.contents;
  if (!isMap(root)) {
    doc.contents = createNode(doc, ledger, []) as never;
    return;
  }
  const { claims, ...rest } = ledger;
  // everything but the claims list: generic in-place update (removes keys the ledger no longer has, e.g. title)
  updateMap(doc, root, { ...rest, claims }, [], new Set(['claims']));
  let pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'claims');
  if (!pair) {
    pair = doc.createPair('claims', null);
    root.items.splice(insertIndex(root, 'claims', orderFor([])), 0, pair);
  }
  if (!isSeq(pair.value)) pair.value = new YAMLSeq();
  updateClaims(doc, pair.value as YAMLSeq, claims);
}
