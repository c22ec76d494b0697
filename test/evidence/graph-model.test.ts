import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadGraphModelData } from '../../src/evidence/graph/load-metadata.js';
import { createGraphModel } from '../../src/evidence/graph/graph-model.js';

const dir = fileURLToPath(new URL('../fixtures/docs/graph-metadata', import.meta.url));
const model = createGraphModel(loadGraphModelData(dir, 'fixture-metadata'));

describe('Graph model on a fixture CSDL', () => {
  it.each([
    '/v1.0/gadgets',
    '/v1.0/gadgets/{gadget-id}',
    "/gadgets('g1')/parts/{id}",
    '/v1.0/gadgets/{id}/parts/{id}/serial',
    '/v1.0/gadgets/{id}/polish',
    '/v1.0/gadgets/{id}/microsoft.graph.polish',
    '/v1.0/gadgets/{id}/graph.polish',
    '/v1.0/gadgets/inventory()',
    '/v1.0/gadgets/microsoft.graph.superGadget/boostAll',
    '/v1.0/gadgets/{id}/microsoft.graph.superGadget/polish',
    '/v1.0/workshop/gadgets/{id}/settings/direction',
    'https://graph.microsoft.com/v1.0/workshop/gadgets?$top=1',
    'GET /workshop/gadgets/$count',
  ])('%s exists', (p) => {
    expect(model.resolvePath(p)).toMatchObject({ kind: 'exists', version: 'v1.0' });
  });

  it('gives the resource page of the last type', () => {
    const a = model.resolvePath('/v1.0/gadgets/{id}/parts');
    expect(a).toMatchObject({ kind: 'exists', url: 'https://learn.microsoft.com/en-us/graph/api/resources/part?view=graph-rest-1.0' });
  });

  it('a name the beta type-mappings list on the type is beta-only', () => {
    expect(model.resolvePath('/v1.0/gadgets/{id}/sparkles')).toMatchObject({ kind: 'beta-only', segment: 'sparkles', resolved: ['gadgets', '{id}'] });
  });

  it('a name nobody knows is no-such-segment, with the resolved prefix', () => {
    expect(model.resolvePath('/v1.0/gadgets/{id}/flux')).toMatchObject({ kind: 'no-such-segment', segment: 'flux', resolved: ['gadgets', '{id}'] });
    expect(model.resolvePath('/v1.0/nothingHere')).toMatchObject({ kind: 'no-such-segment', resolved: [] });
  });

  it('an operation bound elsewhere is no-such-operation', () => {
    // boostAll binds to Collection(superGadget), not Collection(gadget); polish binds to a single gadget.
    expect(model.resolvePath('/v1.0/gadgets/boostAll')).toMatchObject({ kind: 'no-such-operation', boundTo: 'Collection(microsoft.graph.gadget)' });
  });

  it('a lower-case word after a collection could be a key alias: unknown, never a negative', () => {
    expect(model.resolvePath('/v1.0/gadgets/polish').kind).toBe('unknown');
  });

  it('path addressing with colons and the $batch endpoint', () => {
    expect(model.resolvePath('/v1.0/gadgets/{id}/parts:/left/wheel:/serial')).toMatchObject({ kind: 'exists', resolved: ['gadgets', '{id}', 'parts:/left/wheel:', 'serial'] });
    expect(model.resolvePath('/v1.0/$batch').kind).toBe('exists');
    expect(model.resolvePath('/v1.0/$nonsense').kind).toBe('no-such-segment');
  });

  it('nothing follows an action', () => {
    expect(model.resolvePath('/v1.0/gadgets/{id}/polish/parts')).toMatchObject({ kind: 'no-such-segment', segment: 'parts' });
  });

  it('beta paths never get a confident negative', () => {
    expect(model.resolvePath('/beta/gadgets/{id}/flux').kind).toBe('unknown');
    expect(model.resolvePath('/beta/gadgets/{id}')).toMatchObject({ kind: 'exists', version: 'beta' });
  });

  it('properties: inherited, closed, open, beta-only type, unknown type', () => {
    expect(model.property('superGadget', 'displayName')).toMatchObject({ kind: 'exists' });
    expect(model.property('superGadget', 'id')).toMatchObject({ kind: 'exists' });
    expect(model.property('gadget', 'colour')).toMatchObject({ kind: 'absent-closed', url: expect.stringContaining('resources/gadget?view=graph-rest-1.0') });
    expect(model.property('looseBag', 'anything')).toMatchObject({ kind: 'absent-open' });
    expect(model.property('glitterDetail', 'shine')).toMatchObject({ kind: 'exists', url: expect.stringContaining('graph-rest-beta') });
    expect(model.property('glitterDetail', 'sparkle')).toMatchObject({ kind: 'absent-closed' });
    expect(model.property('nonexistentThing', 'x')).toEqual({ kind: 'no-such-type', type: 'nonexistentThing' });
  });

  it('hasName covers types, properties, sets, operations, enum members, beta names', () => {
    for (const n of ['gadget', `${'spinRate'.slice(0, 0)}serial`, 'gadgets', 'workshop', 'polish', 'counterClockwise', 'glowLevel', 'glitterDetail']) expect(model.hasName(n)).toBe(true);
    expect(model.hasName('fluxCapacitor')).toBe(false);
  });
});
