/**
 * Hand-built parks for the diagram tests, small enough that every node
 * and link of a diagram can be counted from the drawing in the comments.
 */
import { readFileSync } from 'node:fs';
import type { TechnologyCatalogue } from '../../../src/core/catalogue/schema.ts';
import { validateCatalogue } from '../../../src/core/catalogue/validate.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModelText } from '../../../src/core/model/validate.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

/**
 * Chain "metal": ore → scrap → ingot → rod.
 *
 *   @supply --ore 100--> collector --scrap 80--> @market
 *   (nobody turns scrap into ingot: the missing stage)
 *   @supply --ingot 50--> roller --rod 45--> @market
 */
export function brokenChainPark(): ParkModel {
  return buildPark({
    materials: { ore: 'waste', scrap: 'by-product', ingot: 'product', rod: 'product' },
    enterprises: {
      collector: { in: { ore: 100 }, out: { scrap: 80 } },
      roller: { in: { ingot: 50 }, out: { rod: 45 } },
    },
    flows: [
      ['@supply', 'collector', 'ore', 100],
      ['collector', '@market', 'scrap', 80],
      ['@supply', 'roller', 'ingot', 50],
      ['roller', '@market', 'rod', 45],
    ],
    chains: { metal: ['ore', 'scrap', 'ingot', 'rod'] },
  });
}

/** One technology that fills the metal chain's gap: scrap → ingot at 0.9 t per t. */
export function smeltingCatalogue(): TechnologyCatalogue {
  const catalogue: TechnologyCatalogue = {
    schemaVersion: 1,
    sources: [],
    materials: [
      { id: 'scrap', name: { en: 'scrap' }, category: 'by-product', unit: 't/a' },
      { id: 'ingot', name: { en: 'ingot' }, category: 'product', unit: 't/a' },
    ],
    technologies: [
      {
        id: 'smelting',
        name: { zh: '熔炼', en: 'Smelting' },
        reference: 'scrap',
        inputs: [{ material: 'scrap', ratio: 1 }],
        outputs: [{ material: 'ingot', ratio: 0.9 }],
        typicalCapacity: 1000,
        role: 'producer',
        estimated: true,
        basis: 'made up for tests',
      },
    ],
  };
  const checked = validateCatalogue(catalogue);
  if (!checked.ok) throw new Error(`test catalogue is invalid: ${checked.errors.map((p) => p.message.en).join('; ')}`);
  return checked.catalogue;
}

/**
 * A line of suppliers and customers around "m", to count depths by hand:
 *
 *   @supply --a0--> p2 --a1--> p1 --a2--> s --m--> c --b1--> c1 --b2--> c2 --b3--> @market
 *                                         s --m--> @disposal
 *   x --z--> y   (unrelated to everything above)
 */
export function linePark(): ParkModel {
  return buildPark({
    materials: {
      a0: 'product',
      a1: 'product',
      a2: 'product',
      m: 'by-product',
      b1: 'product',
      b2: 'product',
      b3: 'product',
      z: 'waste',
    },
    enterprises: {
      p2: { in: { a0: 10 }, out: { a1: 10 } },
      p1: { in: { a1: 10 }, out: { a2: 10 } },
      s: { in: { a2: 10 }, out: { m: 10 } },
      c: { in: { m: 6 }, out: { b1: 6 } },
      c1: { in: { b1: 6 }, out: { b2: 6 } },
      c2: { in: { b2: 6 }, out: { b3: 6 } },
      x: { out: { z: 1 } },
      y: { in: { z: 1 } },
    },
    flows: [
      ['@supply', 'p2', 'a0', 10],
      ['p2', 'p1', 'a1', 10],
      ['p1', 's', 'a2', 10],
      ['s', 'c', 'm', 6],
      ['s', '@disposal', 'm', 4],
      ['c', 'c1', 'b1', 6],
      ['c1', 'c2', 'b2', 6],
      ['c2', '@market', 'b3', 6],
      ['x', 'y', 'z', 1],
    ],
  });
}

export function referencePark(): ParkModel {
  const result = validateModelText(
    readFileSync(new URL('../../../data/linyi-etdz.json', import.meta.url), 'utf8'),
    'linyi',
  );
  if (!result.ok) throw new Error('the reference park is invalid');
  return result.model;
}

/**
 * The reference park as a user would extend it: a steel-billet stage added to
 * its scrap-steel chain (the case study names none, so the park has nobody
 * performing it): a chain with one missing stage, on real data.
 */
export function referenceParkWithBilletStage(): ParkModel {
  const park = referencePark();
  const billet = referenceCatalogue().materials.find((m) => m.id === 'steel-billet')!;
  return {
    ...park,
    materials: [...park.materials, billet],
    chains: park.chains.map((c) =>
      c.id === 'scrap-steel-chain' ? { ...c, stages: [...c.stages, { materials: ['steel-billet'] }] } : c,
    ),
  };
}

export function referenceCatalogue(): TechnologyCatalogue {
  const result = validateCatalogue(
    JSON.parse(readFileSync(new URL('../../../data/technologies.json', import.meta.url), 'utf8')),
  );
  if (!result.ok) throw new Error('the reference catalogue is invalid');
  return result.catalogue;
}

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
