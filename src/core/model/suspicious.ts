/**
 * Warnings: data that is legal but probably not what the user meant. They
 * never block loading; they are shown beside errors, separately.
 */
import { itemsOf, numberField, objectsOf, stringField, type LooseItem, type LooseObject } from './loose.ts';
import { bilingual, message } from '../text/message.ts';
import type { Language } from '../text/language.ts';
import { localize } from './labels.ts';
import type { LocalizedText } from './types.ts';
import { problem, quote, type Problem } from './problems.ts';
import { bridgesOf } from './quantities.ts';
import type { IdIndex } from './references.ts';
import { convertQuantity } from './units.ts';

export function checkSuspicious(doc: LooseObject, ids: IdIndex, problems: Problem[]): void {
  const declared = declaredMaterials(ids);
  const totals: FlowTotals = { outputs: new Map(), inputs: new Map() };
  let structural = 0;
  const flows = itemsOf(doc, 'flows');
  for (const flow of flows) {
    const from = stringField(flow.value, 'from');
    const to = stringField(flow.value, 'to');
    const material = stringField(flow.value, 'material');
    if (from === undefined || to === undefined || material === undefined) continue;
    if (from === to) {
      const id = (language: Language) => ({ id: named(ids.enterprises.get(from), from, language) });
      problems.push(problem('warning', 'self-flow', flow.path, bilingual('model:selfFlow', id)));
    }
    checkEndStatus(flow, 'from', ids, problems);
    checkEndStatus(flow, 'to', ids, problems);
    // A structural exchange (no quantity) says who gives what to whom, not how much: declared streams are
    // the quantitative side of the model, so it is not held to them (an exchange list declares none).
    const measured = flow.value['quantity'] !== undefined;
    if (!measured) structural++;
    if (ids.materials.has(material) && measured) {
      checkDeclared(flow, from, 'outputs', material, declared, ids, problems);
      checkDeclared(flow, to, 'inputs', material, declared, ids, problems);
    }
    // Potential flows are ideas, not commitments: they do not count against what is declared. A flow a
    // planned one will replace is the same tonnes at another time: only the planned one counts.
    const quantity = flowQuantityInMaterialUnit(flow.value, material, ids);
    const replaced = stringField(flow.value, 'replacedBy') !== undefined;
    if (quantity !== undefined && stringField(flow.value, 'status') !== 'potential' && !replaced) {
      add(totals.outputs, from, material, quantity);
      add(totals.inputs, to, material, quantity);
    }
  }
  if (structural > 0) problems.push(structuralSummary(structural, flows.length));
  checkAllocation(ids, totals, problems);
  checkProvenance(doc, problems);
}

/** One warning for all flows without a quantity, never one per flow (domain.md §5a). */
function structuralSummary(structural: number, total: number): Problem {
  return problem(
    'warning',
    'flows-without-quantity',
    ['flows'],
    bilingual('model:flowsWithoutQuantity', { total, structural }),
  );
}

/** What each enterprise's flows ship (`outputs`) and receive (`inputs`), by enterprise and material, in the material's unit. */
interface FlowTotals {
  readonly outputs: Map<string, Map<string, number>>;
  readonly inputs: Map<string, Map<string, number>>;
}

function add(totals: Map<string, Map<string, number>>, enterprise: string, material: string, quantity: number): void {
  let byMaterial = totals.get(enterprise);
  if (!byMaterial) totals.set(enterprise, (byMaterial = new Map()));
  byMaterial.set(material, (byMaterial.get(material) ?? 0) + quantity);
}

function flowQuantityInMaterialUnit(flow: LooseObject, materialId: string, ids: IdIndex): number | undefined {
  const material = ids.materials.get(materialId)?.value;
  const quantity = numberField(flow, 'quantity');
  const unit = stringField(flow, 'unit');
  const materialUnit = stringField(material, 'unit');
  if (quantity === undefined || unit === undefined || materialUnit === undefined) return undefined;
  return convertQuantity(quantity, unit, materialUnit, bridgesOf(material));
}

function checkEndStatus(flow: LooseItem, end: 'from' | 'to', ids: IdIndex, problems: Problem[]): void {
  const id = stringField(flow.value, end);
  const enterprise = id === undefined ? undefined : ids.enterprises.get(id)?.value;
  const status = stringField(enterprise, 'status');
  if (id === undefined || status === undefined) return;
  const path = [...flow.path, end];
  if (status === 'closed' && stringField(flow.value, 'status') !== 'potential') {
    problems.push(
      problem(
        'warning',
        `flow-${end}-closed`,
        path,
        bilingual(`model:closedEnd_${end}`, (language) => ({ id: named(ids.enterprises.get(id), id, language) })),
      ),
    );
  } else if ((status === 'planned' || status === 'candidate') && stringField(flow.value, 'status') === 'existing') {
    problems.push(
      problem(
        'warning',
        'existing-flow-unbuilt-enterprise',
        path,
        bilingual('model:unbuiltEnd', (language) => ({ id: named(ids.enterprises.get(id), id, language), status })),
      ),
    );
  }
}

/** Materials each enterprise declares as output, and as input or capacity (what it can receive). */
interface DeclaredMaterials {
  readonly outputs: ReadonlySet<string>;
  readonly inputs: ReadonlySet<string>;
}

function declaredMaterials(ids: IdIndex): Map<string, DeclaredMaterials> {
  const materialsOf = (enterprise: LooseObject, lists: readonly string[]) => {
    const materials = new Set<string>();
    for (const list of lists) {
      for (const stream of objectsOf(enterprise, list)) {
        const material = stringField(stream, 'material');
        if (material !== undefined) materials.add(material);
      }
    }
    return materials;
  };
  const declared = new Map<string, DeclaredMaterials>();
  for (const [id, enterprise] of ids.enterprises) {
    declared.set(id, {
      outputs: materialsOf(enterprise.value, ['outputs']),
      inputs: materialsOf(enterprise.value, ['inputs', 'capacities']),
    });
  }
  return declared;
}

function checkDeclared(
  flow: LooseItem,
  enterpriseId: string,
  list: 'inputs' | 'outputs',
  material: string,
  declared: ReadonlyMap<string, DeclaredMaterials>,
  ids: IdIndex,
  problems: Problem[],
): void {
  const materials = declared.get(enterpriseId)?.[list];
  if (!materials || materials.has(material)) return;
  problems.push(
    problem(
      'warning',
      list === 'outputs' ? 'undeclared-output' : 'undeclared-input',
      [...flow.path, 'material'],
      // Named, with the id after it: the form's user knows the enterprise by its name, the file's author by its id.
      bilingual(`model:undeclared_${list}`, (language) => ({
        enterprise: named(ids.enterprises.get(enterpriseId), enterpriseId, language),
        material: named(ids.materials.get(material), material, language),
      })),
    ),
  );
}

/** Flows that ship (or receive) more of a material than the enterprise declares. */
function checkAllocation(ids: IdIndex, totals: FlowTotals, problems: Problem[]): void {
  for (const [enterpriseId, enterprise] of ids.enterprises) {
    for (const list of ['outputs', 'inputs'] as const) {
      for (const stream of itemsOf(enterprise.value, list, enterprise.path)) {
        const material = stringField(stream.value, 'material');
        if (material === undefined) continue;
        const flowed = totals[list].get(enterpriseId)?.get(material);
        const declared = flowQuantityInMaterialUnit(stream.value, material, ids);
        const unit = stringField(ids.materials.get(material)?.value, 'unit');
        // Allow rounding in hand-entered data: 0.1 % over is not worth a warning.
        if (flowed === undefined || declared === undefined || flowed <= declared * 1.001 + 1e-9) continue;
        const shown = (x: number) => `${Number(x.toPrecision(6))} ${unit ?? ''}`.trim();
        problems.push(
          problem(
            'warning',
            list === 'outputs' ? 'over-allocated-output' : 'over-allocated-input',
            [...stream.path, 'quantity'],
            bilingual(`model:overAllocated_${list}`, (language) => ({
              flowed: shown(flowed),
              material: named(ids.materials.get(material), material, language),
              declared: shown(declared),
            })),
          ),
        );
      }
    }
  }
}

/** `estimated: true` without a basis leaves the reader unable to judge the number. */
function checkProvenance(doc: LooseObject, problems: Problem[]): void {
  const check = (holder: LooseItem) => {
    if (holder.value['estimated'] === true && !stringField(holder.value, 'basis')?.trim()) {
      problems.push(
        problem(
          'warning',
          'estimate-without-basis',
          [...holder.path, 'basis'],
          bilingual('model:estimateWithoutBasis'),
        ),
      );
    }
  };
  for (const flow of itemsOf(doc, 'flows')) check(flow);
  for (const enterprise of itemsOf(doc, 'enterprises')) {
    check(enterprise);
    for (const list of ['inputs', 'outputs', 'capacities'])
      for (const stream of itemsOf(enterprise.value, list, enterprise.path)) check(stream);
  }
}

/** An item by its name in the language (else the other), quoted, with its id after it; the bare id if it has no name. */
function named(item: LooseItem | undefined, id: string, language: Language): string {
  const name = item?.value['name'];
  const text = typeof name === 'object' && name !== null ? localize(name as LocalizedText, language) : '';
  return typeof text !== 'string' || text === '' || text === id
    ? quote(id)
    : `${quote(text)}${message(language, 'common:parenthetical', { text: id })}`;
}
