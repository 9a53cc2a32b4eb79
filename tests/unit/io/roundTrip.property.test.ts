/**
 * Model → format → model gives the same model, for the reference park and
 * for random valid models full of hostile text, in every lossless format.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelFormat } from '../../../src/core/io/formats.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { roundTrip } from '../../fixtures/io/roundTrip.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { modelArbitrary } from '../../fixtures/io/modelArbitrary.ts';

function valid(model: ParkModel): ParkModel {
  const result = validateModel(model);
  if (!result.ok) throw new Error(`the arbitrary made an invalid model: ${JSON.stringify(result.errors[0])}`);
  return result.model;
}

const LOSSLESS: readonly ModelFormat[] = ['json', 'tables-csv', 'xlsx', 'gexf', 'graphml'];

describe('round trips', () => {
  const reference = valid(JSON.parse(readFileSync('data/linyi-etdz.json', 'utf8')) as ParkModel);

  it.each(LOSSLESS)('keep the reference park exactly through %s', async (format) => {
    expect(await roundTrip(reference, format)).toEqual(reference);
  });

  it.each(LOSSLESS)('keep random valid models exactly through %s', async (format) => {
    await fc.assert(
      fc.asyncProperty(modelArbitrary(), async (model) => {
        const expected = valid(model);
        expect(await roundTrip(expected, format)).toEqual(expected);
      }),
      // Fixed seed and a moderate count keep the suite fast and stable; ROUND_TRIP_RUNS=500 explores further.
      { numRuns: Number(process.env['ROUND_TRIP_RUNS'] ?? (format === 'xlsx' ? 25 : 60)), seed: 5 },
    );
  });

  it.each(['json', 'tables-csv', 'xlsx'] as const)(
    'keep control characters through %s (XML formats cannot)',
    async (format) => {
      await fc.assert(
        fc.asyncProperty(modelArbitrary({ controlCharacters: true }), async (model) => {
          const expected = valid(model);
          expect(await roundTrip(expected, format)).toEqual(expected);
        }),
        { numRuns: 20, seed: 7 },
      );
    },
  );
});
