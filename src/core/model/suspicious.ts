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
import { convertQuantity, type MaterialBridges } from './units.ts';

export function checkSuspicious(doc: LooseObject, ids: IdIndex, problems: Problem[]): void {
  const enterprises = enterpriseFacts(ids);
  const materials = new MaterialFacts(ids);
  let structural = 0;
  const flows = itemsOf(doc, 'flows');
  for (const flow of flows) {
    const from = stringField(flow.value, 'from');
    const to = stringField(flow.value, 'to');
    const material = stringField(flow.value, 'material');
    if (from === undefined || to === undefined || material === undefined) continue;
    // Each end looked up once for every check below: a 500 000-flow park makes these the validation's hot loop.
    const sender = enterprises.get(from);
    const receiver = enterprises.get(to);
    if (from === to) {
      const id = (language: Language) => ({ id: named(sender?.item, from, language) });
      problems.push(problem('warning', 'self-flow', flow.path, bilingual('model:selfFlow', id)));
    }
    const status = stringField(flow.value, 'status');
    checkEndStatus(flow, 'from', from, sender, status, problems);
    checkEndStatus(flow, 'to', to, receiver, status, problems);
    // A structural exchange (no quantity) says who gives what to whom, not how much: declared streams are
    // the quantitative side of the model, so it is not held to them (an exchange list declares none).
    const measured = flow.value['quantity'] !== undefined;
    if (!measured) structural++;
    const materialFacts = materials.get(material);
    if (materialFacts && measured) {
      checkDeclared(flow, from, sender, 'outputs', material, ids, problems);
      checkDeclared(flow, to, receiver, 'inputs', material, ids, problems);
    }
    // Potential flows are ideas, not commitments: they do not count against what is declared. A flow a
    // planned one will replace is the same tonnes at another time: only the planned one counts.
    const quantity = inMaterialUnit(flow.value, materialFacts);
    const replaced = stringField(flow.value, 'replacedBy') !== undefined;
    if (quantity !== undefined && status !== 'potential' && !replaced) {
      // Only enterprises' totals are ever read (checkAllocation): a boundary actor's are not kept.
      if (sender) add(sender.flowed.outputs, material, quantity);
      if (receiver) add(receiver.flowed.inputs, material, quantity);
    }
  }
  if (structural > 0) problems.push(structuralSummary(structural, flows.length));
  checkAllocation(enterprises, materials, ids, problems);
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

/** What the checks read of an enterprise, gathered once. */
interface EnterpriseFacts {
  readonly item: LooseItem;
  readonly status: string | undefined;
  /** Materials it declares as output (`outputs`), and as input or capacity (`inputs`: what it can receive). */
  readonly declared: { readonly outputs: ReadonlySet<string>; readonly inputs: ReadonlySet<string> };
  /** What its flows ship (`outputs`) and receive (`inputs`), by material, in the material's unit. */
  readonly flowed: { readonly outputs: Map<string, number>; readonly inputs: Map<string, number> };
}

function enterpriseFacts(ids: IdIndex): Map<string, EnterpriseFacts> {
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
  const facts = new Map<string, EnterpriseFacts>();
  for (const [id, item] of ids.enterprises) {
    facts.set(id, {
      item,
      status: stringField(item.value, 'status'),
      declared: {
        outputs: materialsOf(item.value, ['outputs']),
        inputs: materialsOf(item.value, ['inputs', 'capacities']),
      },
      flowed: { outputs: new Map(), inputs: new Map() },
    });
  }
  return facts;
}

/** A material's unit and the bridges its quantities convert with, read once per material. */
interface MaterialFact {
  readonly item: LooseItem;
  readonly unit: string | undefined;
  readonly bridges: MaterialBridges;
}

class MaterialFacts {
  private readonly facts = new Map<string, MaterialFact>();

  constructor(private readonly ids: IdIndex) {}

  /** Undefined for a material the model does not have. */
  get(id: string): MaterialFact | undefined {
    let fact = this.facts.get(id);
    if (fact) return fact;
    const item = this.ids.materials.get(id);
    if (!item) return undefined;
    fact = { item, unit: stringField(item.value, 'unit'), bridges: bridgesOf(item.value) };
    this.facts.set(id, fact);
    return fact;
  }
}

function add(totals: Map<string, number>, material: string, quantity: number): void {
  totals.set(material, (totals.get(material) ?? 0) + quantity);
}

/** A flow's or stream's quantity in its material's unit; undefined without one, or when it does not convert. */
function inMaterialUnit(holder: LooseObject, material: MaterialFact | undefined): number | undefined {
  const quantity = numberField(holder, 'quantity');
  const unit = stringField(holder, 'unit');
  const materialUnit = material?.unit;
  if (quantity === undefined || unit === undefined || materialUnit === undefined) return undefined;
  return convertQuantity(quantity, unit, materialUnit, material?.bridges);
}

function checkEndStatus(
  flow: LooseItem,
  end: 'from' | 'to',
  id: string,
  enterprise: EnterpriseFacts | undefined,
  flowStatus: string | undefined,
  problems: Problem[],
): void {
  const status = enterprise?.status;
  if (status === undefined) return;
  const path = [...flow.path, end];
  if (status === 'closed' && flowStatus !== 'potential') {
    problems.push(
      problem(
        'warning',
        `flow-${end}-closed`,
        path,
        bilingual(`model:closedEnd_${end}`, (language) => ({ id: named(enterprise?.item, id, language) })),
      ),
    );
  } else if ((status === 'planned' || status === 'candidate') && flowStatus === 'existing') {
    problems.push(
      problem(
        'warning',
        'existing-flow-unbuilt-enterprise',
        path,
        bilingual('model:unbuiltEnd', (language) => ({ id: named(enterprise?.item, id, language), status })),
      ),
    );
  }
}

function checkDeclared(
  flow: LooseItem,
  enterpriseId: string,
  enterprise: EnterpriseFacts | undefined,
  list: 'inputs' | 'outputs',
  material: string,
  ids: IdIndex,
  problems: Problem[],
): void {
  const materials = enterprise?.declared[list];
  if (!materials || materials.has(material)) return;
  problems.push(
    problem(
      'warning',
      list === 'outputs' ? 'undeclared-output' : 'undeclared-input',
      [...flow.path, 'material'],
      // Named, with the id after it: the form's user knows the enterprise by its name, the file's author by its id.
      bilingual(`model:undeclared_${list}`, (language) => ({
        enterprise: named(enterprise.item, enterpriseId, language),
        material: named(ids.materials.get(material), material, language),
      })),
    ),
  );
}

/** Flows that ship (or receive) more of a material than the enterprise declares. */
function checkAllocation(
  enterprises: ReadonlyMap<string, EnterpriseFacts>,
  materials: MaterialFacts,
  ids: IdIndex,
  problems: Problem[],
): void {
  for (const { item: enterprise, flowed: totals } of enterprises.values()) {
    for (const list of ['outputs', 'inputs'] as const) {
      for (const stream of itemsOf(enterprise.value, list, enterprise.path)) {
        const material = stringField(stream.value, 'material');
        if (material === undefined) continue;
        const flowed = totals[list].get(material);
        // Most streams have no flow of theirs over them: nothing to convert.
        if (flowed === undefined) continue;
        const fact = materials.get(material);
        const declared = inMaterialUnit(stream.value, fact);
        const unit = fact?.unit;
        // Allow rounding in hand-entered data: 0.1 % over is not worth a warning.
        if (declared === undefined || flowed <= declared * 1.001 + 1e-9) continue;
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
