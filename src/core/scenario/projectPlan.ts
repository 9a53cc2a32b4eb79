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
          problem('error', 'unknown-reference', [...at, 'technology'], {
            zh: `工艺 ${quote(technology.id)} 使用的物料 ${quote(id)} 既不在模型中也不在目录中`,
            en: `technology ${quote(technology.id)} uses material ${quote(id)}, found neither in the model nor in the catalogue`,
          }),
        );
        continue;
      }
      // Ratios are per the catalogue's units; the park may state the same material in another unit.
      const catalogueUnit = inCatalogue?.unit ?? material.unit;
      const quantity = convertQuantity(ratio * scale, catalogueUnit, material.unit, material);
      if (quantity === undefined) {
        errors.push(
          problem('error', 'unit-mismatch', [...at, 'technology'], {
            zh: `物料 ${quote(id)} 在目录中的单位 ${quote(catalogueUnit)} 无法换算为模型中的单位 ${quote(material.unit)}`,
            en: `material ${quote(id)} is in ${quote(catalogueUnit)} in the catalogue, which cannot be converted to the model's ${quote(material.unit)}`,
          }),
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

const WORDS = {
  supply: {
    list: 'supplies',
    end: 'from',
    plantSide: { zh: '投入', en: 'input' },
    partnerLists: ['outputs'],
    declared: { zh: '产出(outputs)', en: 'outputs' },
    exceedsPartner: (q: string, partner: string, left: string) => ({
      zh: `${q} 超过 ${partner} 的可供应量 ${left}`,
      en: `${q} is more than the ${left} that ${partner} has available`,
    }),
    nothingAtPartner: (partner: string, material: string) => ({
      zh: `${partner} 声明的 ${material} 产出已全部供给其他企业,没有剩余`,
      en: `${partner} has no ${material} left: its declared output is all committed to other enterprises`,
    }),
  },
  delivery: {
    list: 'deliveries',
    end: 'to',
    plantSide: { zh: '产出', en: 'output' },
    partnerLists: ['inputs', 'capacities'],
    declared: { zh: '投入或处理能力(inputs/capacities)', en: 'inputs or capacities' },
    exceedsPartner: (q: string, partner: string, left: string) => ({
      zh: `${q} 超过 ${partner} 尚可接收的 ${left}`,
      en: `${q} is more than ${partner} has room for (${left})`,
    }),
    nothingAtPartner: (partner: string, material: string) => ({
      zh: `${partner} 声明的 ${material} 投入或处理能力已由其他企业占满`,
      en: `${partner} has no room for more ${material}: its declared input or capacity is filled by other enterprises`,
    }),
  },
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
  const words = WORDS[direction];
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
        problem('error', `not-a-project-${words.plantSide.en}`, [...path, 'material'], {
          zh: `物料 ${quote(request.material)} 不是工艺 ${quote(change.technology)} 的${words.plantSide.zh}`,
          en: `material ${quote(request.material)} is not an ${words.plantSide.en} of technology ${quote(change.technology)}`,
        }),
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
        problem('error', 'exceeds-plant', [...path, 'quantity'], {
          zh: `${shown(quantity)} 超过新装置尚未落实的${words.plantSide.zh} ${shown(need)}(如需更多请提高 scale)`,
          en: `${shown(quantity)} is more than the plant's remaining ${words.plantSide.en} of ${shown(need)} (raise the scale for more)`,
        }),
      );
    } else if (request.quantity !== undefined && exceeds(quantity, left)) {
      errors.push(
        problem(
          'error',
          'exceeds-partner',
          [...path, 'quantity'],
          words.exceedsPartner(shown(quantity), quote(request.partner), shown(left)),
        ),
      );
    } else if (quantity <= 0) {
      const noNeed = need <= 0;
      errors.push(
        noNeed
          ? problem('error', 'nothing-left-in-plant', path, {
              zh: `前面的条目已覆盖新装置的全部${words.plantSide.zh} ${quote(material.id)}`,
              en: `earlier entries already cover the plant's whole ${words.plantSide.en} of ${quote(material.id)}`,
            })
          : problem(
              'error',
              'nothing-left-at-partner',
              path,
              words.nothingAtPartner(quote(request.partner), quote(material.id)),
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
  const words = WORDS[direction];
  if (partner.startsWith('@')) return Infinity; // the schema allows only the right boundary actors here
  if (partner === change.enterprise.id) {
    errors.push(
      problem('error', 'self-link', path, {
        zh: '新装置不能与自身交换物料',
        en: 'the new plant cannot exchange with itself',
      }),
    );
    return undefined;
  }
  const enterprise = findEnterprise(draft, partner);
  if (!enterprise) {
    errors.push(unknownId('enterprise', partner, path));
    return undefined;
  }
  if (enterprise.status === 'closed') {
    errors.push(
      problem('error', 'closed-enterprise', path, {
        zh: `企业 ${quote(partner)} 已关停`,
        en: `enterprise ${quote(partner)} is closed`,
      }),
    );
    return undefined;
  }
  const declared = declaredBalance(enterprise, words.partnerLists, material);
  if (declared === undefined) {
    errors.push(
      problem('error', 'not-declared', path, {
        zh: `企业 ${quote(partner)} 未在${words.declared.zh}中声明物料 ${quote(material.id)}`,
        en: `enterprise ${quote(partner)} does not declare ${quote(material.id)} among its ${words.declared.en}`,
      }),
    );
    return undefined;
  }
  const balance = { ...declared, exchanged: internalAmount(draft, words.end, partner, material) };
  return direction === 'supply' ? surplusOf(balance) : needOf(balance);
}
