/** Warnings around one item: the same as the full validation's for the item and the enterprises it touches. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/core/model/problems.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { warningsAround, type ItemPath } from '../../../src/core/model/warningsAround.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';
import { modelArbitrary } from '../../fixtures/io/modelArbitrary.ts';

const key = (p: Problem) => `${p.code} ${p.path.join('.')} ${p.message.en}`;
const keys = (problems: readonly Problem[]) => problems.map(key).sort();

/** The full validation's warnings (the random models' text may break length limits: warnings are still given). */
function fullWarnings(model: ParkModel): readonly Problem[] {
  return validateModel(model).warnings;
}

/** What the full validation says about the item, and about the enterprises it touches (not below the item). */
function expected(model: ParkModel, [collection, index]: ItemPath, touched: ReadonlySet<string>) {
  const warnings = fullWarnings(model).filter((p) => p.code !== 'stale-position');
  const below = (p: Problem) => p.path[0] === collection && p.path[1] === index;
  const aboutTouched = (p: Problem) =>
    p.path[0] === 'enterprises' && touched.has(model.enterprises[p.path[1] as number]?.id ?? '');
  return { item: keys(warnings.filter(below)), touched: keys(warnings.filter((p) => !below(p) && aboutTouched(p))) };
}

describe('warningsAround', () => {
  const park = buildPark({
    materials: { slag: 'by-product', ore: 'product' },
    enterprises: {
      smelter: { in: { ore: 10 }, out: { slag: 4 } },
      builder: { in: { slag: 4 } },
      kiln: { in: {} },
    },
    flows: [
      ['@supply', 'smelter', 'ore', 10],
      ['smelter', 'builder', 'slag', 3],
      ['smelter', 'kiln', 'slag', 3],
    ],
  });

  it('names the warnings of a flow and the over-allocation it causes at its sender, worked out by hand', () => {
    // smelter declares 4 t of slag and ships 3 + 3; the kiln does not declare slag as an input.
    const around = warningsAround(park, ['flows', 2]);
    expect(around.item.map((p) => [p.code, p.path.join('.')])).toEqual([['undeclared-input', 'flows.2.material']]);
    expect(around.touched.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['over-allocated-output', 'enterprises.0.outputs.0.quantity'],
    ]);
    expect(warningsAround(park, ['flows', 0])).toEqual({ item: [], touched: expect.any(Array) });
  });

  it('agrees with the full validation for every flow and enterprise of random models', () => {
    fc.assert(
      fc.property(modelArbitrary(), (model) => {
        model.flows.forEach((flow, index) => {
          const around = warningsAround(model, ['flows', index]);
          expect({ item: keys(around.item), touched: keys(around.touched) }).toEqual(
            expected(model, ['flows', index], new Set([flow.from, flow.to])),
          );
        });
        model.enterprises.forEach((enterprise, index) => {
          const around = warningsAround(model, ['enterprises', index]);
          const want = expected(model, ['enterprises', index], new Set([enterprise.id]));
          expect({ item: keys(around.item), touched: keys(around.touched) }).toEqual(want);
        });
      }),
      { numRuns: 300 },
    );
  });
});
