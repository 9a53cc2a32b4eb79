/**
 * Units: every quantity's unit is known, and convertible into its
 * material's default unit. A mismatch that cannot be converted is an error,
 * never a guess (domain.md §2).
 */
import { canConvert, convertQuantity, findUnit, listUnits, type MaterialBridges } from './units.ts';
import { itemsOf, numberField, stringField, type LooseItem, type LooseObject } from './loose.ts';
import { bilingual, message } from '../text/message.ts';
import { problem, quote, type PathSegment, type Problem } from './problems.ts';
import type { IdIndex } from './references.ts';

/** The bridges (density, heating value) a raw or typed material declares. */
export function bridgesOf(material: LooseObject | undefined): MaterialBridges {
  return { density: numberField(material, 'density'), heatingValue: numberField(material, 'heatingValue') };
}

/**
 * A quantity in its material's default unit, or undefined when the unit is
 * unknown or not convertible (validation reports those).
 */
export function inMaterialUnit(
  quantity: number,
  unit: string,
  material: {
    readonly unit: string;
    readonly density?: number | undefined;
    readonly heatingValue?: number | undefined;
  },
): number | undefined {
  return convertQuantity(quantity, unit, material.unit, material);
}

function unknownUnit(unit: string, path: readonly PathSegment[]): Problem {
  const known = listUnits()
    .map((u) => u.id)
    .join(', ');
  return problem('error', 'unknown-unit', path, bilingual('model:unknownUnitOf', { unit: quote(unit), known }));
}

export function checkUnits(doc: LooseObject, ids: IdIndex, problems: Problem[]): void {
  for (const material of itemsOf(doc, 'materials')) {
    const unit = stringField(material.value, 'unit');
    if (unit !== undefined && !findUnit(unit)) problems.push(unknownUnit(unit, [...material.path, 'unit']));
  }
  for (const flow of itemsOf(doc, 'flows')) checkQuantityUnit(flow, ids, problems);
  for (const enterprise of itemsOf(doc, 'enterprises')) {
    for (const list of ['inputs', 'outputs', 'capacities'])
      for (const stream of itemsOf(enterprise.value, list, enterprise.path)) checkQuantityUnit(stream, ids, problems);
  }
}

function checkQuantityUnit(item: LooseItem, ids: IdIndex, problems: Problem[]): void {
  const unit = stringField(item.value, 'unit');
  // A flow may leave both out (a structural exchange) but a quantity is meaningless without its unit.
  // (Declared streams require both: the schema says so.)
  if (unit === undefined && item.value['unit'] === undefined && numberField(item.value, 'quantity') !== undefined) {
    if (item.path[0] === 'flows')
      problems.push(
        problem('error', 'quantity-without-unit', [...item.path, 'unit'], bilingual('model:quantityWithoutUnit')),
      );
    return;
  }
  if (unit === undefined) return;
  const path = [...item.path, 'unit'];
  if (!findUnit(unit)) {
    problems.push(unknownUnit(unit, path));
    return;
  }
  const materialId = stringField(item.value, 'material');
  const material = materialId === undefined ? undefined : ids.materials.get(materialId)?.value;
  const materialUnit = stringField(material, 'unit');
  if (materialId === undefined || materialUnit === undefined || !findUnit(materialUnit)) return;
  if (!canConvert(unit, materialUnit, bridgesOf(material))) {
    const hint = bridgeHint(findUnit(unit)?.dimension, findUnit(materialUnit)?.dimension);
    problems.push(
      problem(
        'error',
        'unit-mismatch',
        path,
        bilingual('model:unitMismatch', (language) => ({
          unit: quote(unit),
          material: quote(materialId),
          materialUnit: quote(materialUnit),
          hint: hint === undefined ? '' : message(language, `model:bridgeHint_${hint}`),
        })),
      ),
    );
  }
}

/** The property that would bridge two dimensions (mass and volume, mass and energy), if one would. */
function bridgeHint(from: string | undefined, to: string | undefined): 'density' | 'heatingValue' | undefined {
  const pair = new Set([from, to]);
  if (pair.has('mass') && pair.has('volume')) return 'density';
  if (pair.has('mass') && pair.has('energy')) return 'heatingValue';
  return undefined;
}
