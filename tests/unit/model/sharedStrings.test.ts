import { deserialize, serialize, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import parkJson from '../../../data/linyi-etdz.json';
import { shareRepeatedStrings } from '../../../src/core/model/sharedStrings.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModel } from '../../../src/core/model/validate.ts';

const loaded = validateModel(parkJson);
if (!loaded.ok) throw new Error('the reference park must be valid');
const reference = loaded.model;

/** The reference park's flows repeated `times` (new ids), as a big park arrives: through a structured clone. */
function clonedPark(times: number): ParkModel {
  const flows = Array.from({ length: times }, (_, i) => reference.flows.map((f) => ({ ...f, id: `${f.id}-${i}` })));
  return deserialize(serialize({ ...reference, flows: flows.flat() })) as ParkModel;
}

// Node's own collector, reached without starting the test process with --expose-gc.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
function heapAfter<T>(make: () => T): { value: T; bytes: number } {
  collect();
  const before = process.memoryUsage().heapUsed;
  const value = make();
  collect();
  return { value, bytes: process.memoryUsage().heapUsed - before };
}

describe('shareRepeatedStrings', () => {
  it('leaves the model as it was, adding no field an item did not have', () => {
    const park = clonedPark(2);
    // One flow without provenance: its absent fields must stay absent.
    const bare = { ...park.flows[0]! };
    delete bare.source;
    delete bare.basis;
    park.flows[0] = bare;
    const before = JSON.stringify(park);
    shareRepeatedStrings(park);
    expect(JSON.stringify(park)).toBe(before);
    expect(Object.keys(park.flows[0]!)).toEqual(Object.keys(bare));
  });

  it('keeps one copy of each repeated reference, unit and status: a cloned park takes far less memory', () => {
    // 265 flows × 200: 53 000 flows, each with from, to, material, unit and status written anew by the clone.
    const cloned = heapAfter(() => clonedPark(200));
    const shared = heapAfter(() => {
      const park = clonedPark(200);
      shareRepeatedStrings(park);
      return park;
    });
    expect(shared.value.flows).toHaveLength(cloned.value.flows.length);
    // At least 16 bytes (the smallest string) for each of four strings per flow no longer kept.
    expect(cloned.bytes - shared.bytes).toBeGreaterThan(4 * 16 * cloned.value.flows.length);
  });
});
