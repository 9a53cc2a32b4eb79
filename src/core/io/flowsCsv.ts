/**
 * Quick start from an exchange list: a flows.csv with columns
 * from,to,material,category,quantity,unit (optional status,year,note)
 * becomes a valid park model. Enterprises and materials are created from
 * their names; every bad cell is reported by row and column.
 */
import { BOUNDARY_IDS, CURRENT_SCHEMA_VERSION, FLOW_STATUSES, MATERIAL_CATEGORIES } from '../model/schema.ts';
import type { Enterprise, Flow, FlowStatus, Material, MaterialCategory, ParkModel, Stream } from '../model/types.ts';
import { idFromName, nameFromText } from '../model/ids.ts';
import { errorsOf, problem, quote, warningsOf, type Problem, type ProblemLocation } from '../model/problems.ts';
import { canConvert, findUnit } from '../model/units.ts';
import { validateModel, type ValidationResult } from '../model/validate.ts';
import { readCsvTable, type ColumnSpec, type CsvRow } from './csvTable.ts';
import { streamsFromFlows } from './declaredStreams.ts';
import { maxOf } from '../model/maxOf.ts';

export const FLOWS_CSV_COLUMNS: readonly ColumnSpec[] = [
  { name: 'from', required: true, aliases: ['来源', '供方', 'source'] },
  { name: 'to', required: true, aliases: ['去向', '需方', 'target'] },
  { name: 'material', required: true, aliases: ['物料'] },
  { name: 'category', required: true, aliases: ['类别'] },
  { name: 'quantity', required: true, aliases: ['数量'] },
  { name: 'unit', required: true, aliases: ['单位'] },
  { name: 'status', required: false, aliases: ['状态'] },
  { name: 'year', required: false, aliases: ['年份'] },
  { name: 'note', required: false, aliases: ['备注'] },
];

const CATEGORY_ALIASES: Readonly<Record<string, MaterialCategory>> = {
  产品: 'product',
  副产品: 'by-product',
  废物: 'waste',
  能源: 'energy',
  水: 'water',
  服务: 'service',
};
const STATUS_ALIASES: Readonly<Record<string, FlowStatus>> = { 现有: 'existing', 规划: 'planned', 潜在: 'potential' };

export interface FlowsCsvOptions {
  /** Shown in problem locations and used to name the park. */
  readonly file: string;
  /** Used when no row has a year. */
  readonly referenceYear: number;
}

const UNASSIGNED_CLUSTER = 'unassigned';

export function importFlowsCsv(text: string, options: FlowsCsvOptions): ValidationResult {
  const table = readCsvTable(text, FLOWS_CSV_COLUMNS, options.file);
  const problems: Problem[] = [...table.problems];
  const builder = new ModelBuilder();
  // A broken header makes every row meaningless; a broken row does not stop the others being checked.
  const headerBroken = errorsOf(problems).some((p) => p.location?.row === 1 || p.code === 'csv-empty');
  if (!headerBroken) {
    const brokenRows = new Set(errorsOf(table.problems).map((p) => p.location?.row));
    for (const row of table.rows) builder.addRow(row, options.file, problems, brokenRows.has(row.row));
    if (table.rows.length === 0) {
      problems.push(
        problem(
          'error',
          'csv-no-rows',
          [],
          { zh: '文件没有数据行', en: 'the file has no data rows' },
          { file: options.file },
        ),
      );
    }
  }
  if (errorsOf(problems).length > 0) return { ok: false, errors: errorsOf(problems), warnings: warningsOf(problems) };

  const result = validateModel(builder.toModel(options));
  // The builder only makes valid models from valid rows; anything left is reported as it is.
  return result.ok
    ? { ...result, warnings: [...warningsOf(problems), ...result.warnings] }
    : { ok: false, errors: result.errors, warnings: [...warningsOf(problems), ...result.warnings] };
}

/** Collects enterprises, materials and flows from rows, in first-seen order. */
class ModelBuilder {
  private readonly enterpriseIds = new Map<string, string>(); // name → id
  private readonly materials = new Map<string, { material: Material; row: number }>(); // name → material
  private readonly flows: Flow[] = [];
  private readonly years: number[] = [];

  /** `broken`: the CSV layer already found this row malformed; its cells are still checked, but it builds nothing. */
  addRow(row: CsvRow, file: string, problems: Problem[], broken: boolean): void {
    const errorsBefore = problems.length;
    const at = (column: string): ProblemLocation => ({ file, row: row.row, column });
    const fail = (column: string, zh: string, en: string) =>
      problems.push(problem('error', 'csv-cell', [], { zh, en }, at(column)));
    const cell = (column: string): string | undefined => {
      const value = row.cells.get(column);
      const spec = FLOWS_CSV_COLUMNS.find((c) => c.name === column);
      if (value === undefined && spec?.required) fail(column, '缺少必填值', 'required value is missing');
      return value;
    };

    const from = cell('from');
    const to = cell('to');
    const materialName = cell('material');
    const categoryText = cell('category');
    const quantityText = cell('quantity');
    const unitText = cell('unit');
    const statusText = cell('status');
    const yearText = cell('year');
    const note = cell('note');

    const category = categoryText === undefined ? undefined : parseCategory(categoryText);
    if (categoryText !== undefined && !category) {
      fail(
        'category',
        `无效类别 ${quote(categoryText)},可选:${MATERIAL_CATEGORIES.join(', ')}`,
        `invalid category ${quote(categoryText)}; expected one of ${MATERIAL_CATEGORIES.join(', ')}`,
      );
    }
    const quantity = quantityText === undefined ? undefined : parseQuantity(quantityText);
    if (quantityText !== undefined && quantity === undefined) {
      fail('quantity', `数量 ${quote(quantityText)} 不是有效数字`, `quantity ${quote(quantityText)} is not a number`);
    } else if (quantity !== undefined && quantity < 0) {
      fail('quantity', `数量不能为负(${quantityText})`, `quantity must not be negative (got ${quantityText})`);
    }
    const unit = unitText === undefined ? undefined : findUnit(unitText)?.id;
    if (unitText !== undefined && !unit) fail('unit', `未知单位 ${quote(unitText)}`, `unknown unit ${quote(unitText)}`);
    const status = statusText === undefined ? 'existing' : parseStatus(statusText);
    if (!status) {
      fail(
        'status',
        `无效状态 ${quote(statusText)},可选:${FLOW_STATUSES.join(', ')}`,
        `invalid status ${quote(statusText)}; expected one of ${FLOW_STATUSES.join(', ')}`,
      );
    }
    const year = yearText === undefined ? undefined : Number(yearText);
    if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200)) {
      fail('year', `年份 ${quote(yearText)} 无效`, `invalid year ${quote(yearText)}`);
    }
    for (const [column, end] of [
      ['from', from],
      ['to', to],
    ] as const) {
      const misuse =
        end !== undefined &&
        end.startsWith('@') &&
        !(column === 'from' ? end === '@supply' : end === '@market' || end === '@disposal');
      if (misuse)
        fail(
          column,
          `园区边界 ${quote(end)} 不能用在此列`,
          `boundary ${quote(end)} cannot be used in this column (${BOUNDARY_IDS.join(', ')})`,
        );
    }
    if (from !== undefined && from === to && from.startsWith('@'))
      fail('to', '两端不能都是园区边界', 'both ends cannot be boundary actors');

    if (
      broken ||
      problems.length > errorsBefore ||
      from === undefined ||
      to === undefined ||
      materialName === undefined ||
      !category ||
      quantity === undefined ||
      !unit ||
      !status
    ) {
      return;
    }
    const material = this.material(materialName, category, unit, row.row, at, problems);
    if (!material) return;
    if (year !== undefined) this.years.push(year);
    this.flows.push({
      id: `f-${row.row}`,
      from: this.actor(from),
      to: this.actor(to),
      material: material.id,
      quantity,
      unit,
      status,
      ...(year === undefined ? {} : { startYear: year }),
      ...(note === undefined ? {} : { note }),
    });
  }

  private actor(name: string): string {
    if ((BOUNDARY_IDS as readonly string[]).includes(name)) return name;
    let id = this.enterpriseIds.get(name);
    if (id === undefined) {
      id = idFromName(name, new Set(this.enterpriseIds.values()), 'enterprise');
      this.enterpriseIds.set(name, id);
    }
    return id;
  }

  private material(
    name: string,
    category: MaterialCategory,
    unit: string,
    row: number,
    at: (column: string) => ProblemLocation,
    problems: Problem[],
  ): Material | undefined {
    const known = this.materials.get(name);
    if (!known) {
      const taken = new Set([...this.materials.values()].map((m) => m.material.id));
      const material: Material = { id: idFromName(name, taken, 'material'), name: nameFromText(name), category, unit };
      this.materials.set(name, { material, row });
      return material;
    }
    const conflict = (column: string, zh: string, en: string) => {
      problems.push(problem('error', 'csv-inconsistent', [], { zh, en }, at(column)));
      return undefined;
    };
    if (known.material.category !== category) {
      return conflict(
        'category',
        `物料 ${quote(name)} 在第 ${known.row} 行的类别是 ${known.material.category},此处为 ${category}`,
        `material ${quote(name)} has category ${known.material.category} on row ${known.row} but ${category} here`,
      );
    }
    if (!canConvert(unit, known.material.unit)) {
      return conflict(
        'unit',
        `单位 ${quote(unit)} 无法换算为物料 ${quote(name)} 在第 ${known.row} 行使用的 ${quote(known.material.unit)}`,
        `unit ${quote(unit)} cannot be converted to ${quote(known.material.unit)}, used for ${quote(name)} on row ${known.row}`,
      );
    }
    return known.material;
  }

  toModel(options: FlowsCsvOptions): ParkModel {
    const materialById = new Map([...this.materials.values()].map(({ material }) => [material.id, material]));
    const enterprises: Enterprise[] = [...this.enterpriseIds].map(([name, id]) => ({
      id,
      name: nameFromText(name),
      cluster: UNASSIGNED_CLUSTER,
      role: 'producer',
      status: 'operating',
      inputs: this.declared(id, 'to', materialById),
      outputs: this.declared(id, 'from', materialById),
      capacities: [],
    }));
    const parkName = options.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'park';
    return {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      park: {
        id: idFromName(parkName, new Set(), 'park'),
        name: nameFromText(parkName),
        referenceYear: this.years.length > 0 ? maxOf(this.years) : options.referenceYear,
        notes: { zh: `由 ${parkName} 的物质流清单生成`, en: `created from the exchange list ${parkName}` },
      },
      clusters: [{ id: UNASSIGNED_CLUSTER, name: { zh: '未分组', en: 'Unassigned' } }],
      materials: [...materialById.values()],
      enterprises,
      flows: this.flows,
      chains: [],
    };
  }

  /** An enterprise's declared streams are the sums of its flows, in the material's default unit. */
  private declared(id: string, end: 'from' | 'to', materials: ReadonlyMap<string, Material>): Stream[] {
    return streamsFromFlows(id, end, this.flows, materials, 'sum of this enterprise’s flows in the exchange list');
  }
}

function parseCategory(text: string): MaterialCategory | undefined {
  const lower = text.toLowerCase();
  return (MATERIAL_CATEGORIES as readonly string[]).includes(lower)
    ? (lower as MaterialCategory)
    : CATEGORY_ALIASES[text];
}

function parseStatus(text: string): FlowStatus | undefined {
  const lower = text.toLowerCase();
  return (FLOW_STATUSES as readonly string[]).includes(lower) ? (lower as FlowStatus) : STATUS_ALIASES[text];
}

/** Accepts "1234.5", "1.2e3" and "1,234.5" (thousands separators); anything else is rejected, not guessed. */
function parseQuantity(text: string): number | undefined {
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain)) return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}
