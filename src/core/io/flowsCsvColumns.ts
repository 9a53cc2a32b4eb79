/**
 * The exchange list's columns (flowsCsv.ts) and the words its cells may
 * use. Canonical names are what the export writes; aliases are what
 * published lists, Gephi and Chinese spreadsheets call the same columns.
 * A `source` column is `from` in a Gephi edge list (no `from` column) and a
 * citation in a researcher's list (which has `from`): csvHeaders.ts decides.
 */
import { FLOW_STATUSES, MATERIAL_CATEGORIES } from '../model/schema.ts';
import { CATEGORY_LABELS, FLOW_STATUS_LABELS } from '../model/labels.ts';
import type { FlowStatus, MaterialCategory } from '../model/types.ts';
import type { ColumnSpec } from './csvHeaders.ts';

/** Canonical names, used as keys of a row's cells. */
export const COLUMN = {
  from: 'from',
  to: 'to',
  material: 'material',
  category: 'category',
  quantity: 'quantity',
  unit: 'unit',
  status: 'status',
  startYear: 'start year',
  endYear: 'end year',
  citation: 'citation',
  note: 'note',
} as const;

export const FLOWS_CSV_COLUMNS: readonly ColumnSpec[] = [
  { name: COLUMN.from, required: true, aliases: ['source', '来源', '供方', '供应方', '提供方'] },
  { name: COLUMN.to, required: true, aliases: ['target', '去向', '需方', '接收方', '使用方'] },
  // Gephi's edge `label` is what the edge carries, as graph imports read it (graphRecords.ts).
  { name: COLUMN.material, required: true, aliases: ['物料', '物质', '交换物料', 'label'] },
  { name: COLUMN.category, required: false, aliases: ['类别', '物料类别'] },
  { name: COLUMN.quantity, required: false, aliases: ['数量', '年量', '交换量', 'amount'] },
  { name: COLUMN.unit, required: false, aliases: ['单位', 'units'] },
  { name: COLUMN.status, required: false, aliases: ['状态'] },
  {
    name: COLUMN.startYear,
    required: false,
    aliases: ['year', 'start', 'since', '起始年份', '年份', '开始年份', '起始年', '开始年'],
  },
  { name: COLUMN.endYear, required: false, aliases: ['end', 'until', '终止年份', '结束年份', '终止年', '结束年'] },
  { name: COLUMN.citation, required: false, aliases: ['source', 'reference', 'ref', '文献', '出处', '参考文献'] },
  { name: COLUMN.note, required: false, aliases: ['备注', 'notes', 'comment', 'comments', 'remark', 'remarks'] },
];

/** The export's header row, in this order; attribute columns follow. */
export const EXPORT_COLUMNS: readonly string[] = [
  COLUMN.from,
  COLUMN.to,
  COLUMN.material,
  COLUMN.category,
  COLUMN.quantity,
  COLUMN.unit,
  COLUMN.status,
  COLUMN.startYear,
  COLUMN.endYear,
  COLUMN.citation,
  COLUMN.note,
];

const CATEGORY_WORDS: ReadonlyMap<string, MaterialCategory> = new Map<string, MaterialCategory>([
  ...MATERIAL_CATEGORIES.map((c) => [c, c] as const),
  ...Object.entries(CATEGORY_LABELS).map(([value, label]) => [label.zh, value as MaterialCategory] as const),
  ['byproduct', 'by-product'],
  ['副产物', 'by-product'],
  ['废弃物', 'waste'],
  ['固废', 'waste'],
  ['未知', 'unclassified'],
]);

/** `By Product`, `by_product`, `BY-PRODUCT` and `副产品` are one category; anything else is unknown. */
export function parseCategory(text: string): MaterialCategory | undefined {
  const folded = text
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return CATEGORY_WORDS.get(folded);
}

const STATUS_WORDS: ReadonlyMap<string, FlowStatus> = new Map<string, FlowStatus>([
  ...FLOW_STATUSES.map((s) => [s, s] as const),
  ...Object.entries(FLOW_STATUS_LABELS).map(([value, label]) => [label.zh, value as FlowStatus] as const),
]);

export function parseStatus(text: string): FlowStatus | undefined {
  return STATUS_WORDS.get(text.normalize('NFKC').trim().toLowerCase());
}
