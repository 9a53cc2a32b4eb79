/**
 * Planning a build-project without touching the draft: the new plant's
 * streams from the technology's ratios × scale, and the quantity of each
 * named supply and delivery. Everything that can fail fails here, so the
 * commit in `buildProject.ts` is all-or-nothing.
 */
import type { Technology, TechnologyCatalogue } from '../catalogue/schema.ts';
import { problem, quote, type PathSegment, type Problem } from '../model/problems.ts';
import { declaredBalance, needOf, surplusOf } from '../model/surplus.ts';
import type { Material, ParkModel } from '../model/types.ts';
import { convertQuantity } from '../model/units.ts';
import { bilingual } from '../text/message.ts';
import { exceeds, internalAmount, tidy } from './allocation.ts';
import type { BuildProjectChange } from './changeSet.ts';
import { findEnterprise, findMaterial, unknownId } from './draft.ts';

/** One side of the new plant for one material, in the park model's unit for it. */
export interface PlantStream {
  readonly material: Material;
  /** True when the model lacks this material and the catalogue's entry is added. */
  readonly isNew: boolean;
  readonly ratio: number;
  readonly quantity: number;
}

export interface PlantStreams {
  readonly inputs: ReadonlyMap<string, PlantStream>;
  readonly outputs: ReadonlyMap<string, PlantStream>;
}

/** The technology's streams at `scale`, merged per material (a catalogue may list one twice). */
export function resolveStreams(
  draft: ParkModel,
  catalogue: TechnologyCatalogue,
  technology: Technology,
  scale: number,
  at: readonly PathSegment[],
  errors: Problem[],
): PlantStreams {
  const side = (list: Technology['inputs']): Map<string, PlantStream> => {
    const ratios = new Map<string, number>();
    for (const s of list) ratios.set(s.material, (ratios.get(s.material) ?? 0) + s.ratio);
    const streams = new Map<string, PlantStream>();
    for (const [id, ratio] of ratios) {
      const inModel = findMaterial(draft, id);
      const inCatalogue = catalogue.materials.find((m) => m.id === id);
      const material = inModel ?? inCatalogue;
      if (!material) {
        errors.push(
          problem(
            'error',
            'unknown-reference',
            [...at, 'technology'],
            bilingual('scenario:materialNowhere', { technology: quote(technology.id), material: quote(id) }),
          ),
        );
        continue;
      }
      // Ratios are per the catalogue's units; the park may state the same material in another unit.
      const catalogueUnit = inCatalogue?.unit ?? material.unit;
      const quantity = convertQuantity(ratio * scale, catalogueUnit, material.unit, material);
      if (quantity === undefined) {
        errors.push(
          problem(
            'error',
            'unit-mismatch',
            [...at, 'technology'],
            bilingual('scenario:catalogueUnitMismatch', {
              material: quote(id),
              catalogueUnit: quote(catalogueUnit),
              modelUnit: quote(material.unit),
            }),
          ),
        );
        continue;
      }
      streams.set(id, { material, isNew: !inModel, ratio, quantity: tidy(quantity) });
    }
    return streams;
  };
  return { inputs: side(technology.inputs), outputs: side(technology.outputs) };
}

/** A supply or a delivery, with its quantity settled. */
export interface PlannedLink {
  readonly direction: 'supply' | 'delivery';
  /** The other end: an enterprise or a boundary actor. */
  readonly partner: string;
  readonly material: Material;
  readonly quantity: number;
  /** Whether the quantity was given in the change or derived (need, capped by availability). */
  readonly given: boolean;
}

/**
 * Each direction's fields and lists; its sentences are the catalogue's
 * `scenario:…_supply` and `scenario:…_delivery`.
 */
const SIDES = {
  supply: { list: 'supplies', end: 'from', plantSide: 'input', partnerLists: ['outputs'] },
  delivery: { list: 'deliveries', end: 'to', plantSide: 'output', partnerLists: ['inputs', 'capacities'] },
} as const;

/**
 * Settles each supply (direction `supply`) or delivery: the quantity defaults
 * to what the plant still needs (or still has to place) of that material,
 * capped by what the partner has left — its declared output not yet
 * committed to other enterprises, or its declared input/capacity not yet
 * filled by them. Boundary partners have no cap.
 */
export function planLinks(
  draft: ParkModel,
  change: BuildProjectChange,
  direction: 'supply' | 'delivery',
  plant: ReadonlyMap<string, PlantStream>,
  at: readonly PathSegment[],
  errors: Problem[],
): PlannedLink[] {
  const words = SIDES[direction];
  const requests =
    direction === 'supply'
      ? (change.supplies ?? []).map((s) => ({ partner: s.from, material: s.material, quantity: s.quantity }))
      : (change.deliveries ?? []).map((d) => ({ partner: d.to, material: d.material, quantity: d.quantity }));
  const plantLeft = new Map([...plant].map(([id, s]) => [id, s.quantity]));
  const partnerTaken = new Map<string, number>();
  const planned: PlannedLink[] = [];

  requests.forEach((request, k) => {
    const path = [...at, words.list, k];
    const stream = plant.get(request.material);
    if (!stream) {
      errors.push(
        problem(
          'error',
          `not-a-project-${words.plantSide}`,
          [...path, 'material'],
          bilingual(`scenario:notAProjectStream_${direction}`, {
            material: quote(request.material),
            technology: quote(change.technology),
          }),
        ),
      );
      return;
    }
    const material = stream.material;
    const key = `${request.partner}\u0000${material.id}`;
    const available = partnerRoom(draft, change, direction, request.partner, material, [...path, words.end], errors);
    if (available === undefined) return;
    const left = available - (partnerTaken.get(key) ?? 0);
    const need = plantLeft.get(material.id) ?? 0;
    const quantity = tidy(request.quantity ?? Math.max(0, Math.min(need, left)));
    const shown = (x: number) => `${tidy(x)} ${material.unit}`;
    if (request.quantity !== undefined && exceeds(quantity, need)) {
      errors.push(
        problem(
          'error',
          'exceeds-plant',
          [...path, 'quantity'],
          bilingual(`scenario:exceedsPlant_${direction}`, { quantity: shown(quantity), need: shown(need) }),
        ),
      );
    } else if (request.quantity !== undefined && exceeds(quantity, left)) {
      errors.push(
        problem(
          'error',
          'exceeds-partner',
          [...path, 'quantity'],
          bilingual(`scenario:exceedsPartner_${direction}`, {
            quantity: shown(quantity),
            partner: quote(request.partner),
            left: shown(left),
          }),
        ),
      );
    } else if (quantity <= 0) {
      const noNeed = need <= 0;
      errors.push(
        noNeed
          ? problem(
              'error',
              'nothing-left-in-plant',
              path,
              bilingual(`scenario:nothingLeftInPlant_${direction}`, { material: quote(material.id) }),
            )
          : problem(
              'error',
              'nothing-left-at-partner',
              path,
              bilingual(`scenario:nothingLeftAtPartner_${direction}`, {
                partner: quote(request.partner),
                material: quote(material.id),
              }),
            ),
      );
    } else {
      plantLeft.set(material.id, need - quantity);
      partnerTaken.set(key, (partnerTaken.get(key) ?? 0) + quantity);
      planned.push({ direction, partner: request.partner, material, quantity, given: request.quantity !== undefined });
    }
  });
  return planned;
}

/** What the partner can give or take before this change's links (Infinity at the boundary), or undefined on error. */
function partnerRoom(
  draft: ParkModel,
  change: BuildProjectChange,
  direction: 'supply' | 'delivery',
  partner: string,
  material: Material,
  path: readonly PathSegment[],
  errors: Problem[],
): number | undefined {
  const words = SIDES[direction];
  if (partner.startsWith('@')) return Infinity; // the schema allows only the right boundary actors here
  if (partner === change.enterprise.id) {
    errors.push(problem('error', 'self-link', path, bilingual('scenario:selfLink')));
    return undefined;
  }
  const enterprise = findEnterprise(draft, partner);
  if (!enterprise) {
    errors.push(unknownId('enterprise', partner, path));
    return undefined;
  }
  if (enterprise.status === 'closed') {
    errors.push(
      problem('error', 'closed-enterprise', path, bilingual('scenario:partnerClosed', { id: quote(partner) })),
    );
    return undefined;
  }
  const declared = declaredBalance(enterprise, words.partnerLists, material);
  if (declared === undefined) {
    errors.push(
      problem(
        'error',
        'not-declared',
        path,
        bilingual(`scenario:partnerUndeclared_${direction}`, { id: quote(partner), material: quote(material.id) }),
      ),
    );
    return undefined;
  }
  const balance = { ...declared, exchanged: internalAmount(draft, words.end, partner, material) };
  return direction === 'supply' ? surplusOf(balance) : needOf(balance);
}
