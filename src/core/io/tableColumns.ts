/**
 * The park model as tables (domain.md §6): one table per kind of record,
 * one column per model field. A column's `key` is the field's path inside
 * the record (`name.zh`, `location.lon`), so writing and reading are the same
 * walk over the same list. Headers are bilingual (`编号 id`, from the
 * catalogue's namespace `column`); imports accept the Chinese part, the
 * English part, both, or the key.
 *
 * GEXF and GraphML reuse the enterprise and flow columns as node and edge
 * attributes, so every format names a field the same way.
 */
import {
  CAPACITY_RATINGS,
  MATERIAL_MOBILITIES,
  ENTERPRISE_ROLES,
  ENTERPRISE_STATUSES,
  FLOW_STATUSES,
  MATERIAL_CATEGORIES,
  TRANSPORT_MODES,
} from '../model/schema.ts';
import { CATEGORY_LABELS, ENTERPRISE_STATUS_LABELS, FLOW_STATUS_LABELS, ROLE_LABELS } from '../model/labels.ts';
import type { BilingualMessage } from '../text/language.ts';
import { bilingual, inBothLanguages, type KeyOf, message } from '../text/message.ts';

/**
 * How a cell is read and written: `id` and `name` are trimmed text, `text`
 * is kept exactly, `list` is ids joined by " | ", `json` is a JSON object
 * (custom attributes), the rest are what they say.
 */
export type CellType = 'id' | 'name' | 'text' | 'number' | 'integer' | 'boolean' | 'enum' | 'list' | 'json';

export interface ColumnDef {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly type: CellType;
  /** Allowed values of an `enum` column, as written in the model. */
  readonly values?: readonly string[];
  /** Other accepted spellings of enum values (Chinese names) → value. */
  readonly valueAliases?: Readonly<Record<string, string>>;
  /** What the template's notes sheet says about the column. */
  readonly note?: BilingualMessage;
  /**
   * Other headers accepted on import (never written): what older files or
   * other tools call the column. They never shadow another column's own header.
   */
  readonly aliases?: readonly string[];
}

export type TableKey =
  'park' | 'sources' | 'clusters' | 'materials' | 'enterprises' | 'streams' | 'flows' | 'chains' | 'positions';

export interface TableDef {
  readonly key: TableKey;
  readonly zh: string;
  readonly en: string;
  readonly columns: readonly ColumnDef[];
  readonly about: BilingualMessage;
}

/** A header or a note, in both languages, from the catalogue (namespace `column`). */
type ColumnText = KeyOf<'column'>;
const text = (key: ColumnText): BilingualMessage => bilingual(`column:${key}`);

const col = (
  key: string,
  header: ColumnText | BilingualMessage,
  type: CellType,
  extra: Partial<Pick<ColumnDef, 'values' | 'valueAliases' | 'note' | 'aliases'>> = {},
): ColumnDef => ({ key, ...(typeof header === 'string' ? text(header) : header), type, ...extra });

const BOOLEAN_NOTE = text('booleanNote');

const ID = col('id', 'id', 'id', { note: text('idNote') });
/** A name or text in each language: `名称(中文) name (zh)`, `名称(英文) name (en)`. */
const languagePair = (prefix: string, name: ColumnText, type: CellType): ColumnDef[] =>
  (
    [
      ['zh', 'inChinese'],
      ['en', 'inEnglish'],
    ] as const
  ).map(([language, which]) =>
    col(
      `${prefix}.${language}`,
      inBothLanguages((l) => message(l, `column:${which}`, { name: message(l, `column:${name}`) })),
      type,
    ),
  );
const nameColumns = (prefix = 'name', name: ColumnText = 'name'): ColumnDef[] => languagePair(prefix, name, 'name');
const textPair = (prefix: string, name: ColumnText): ColumnDef[] => languagePair(prefix, name, 'text');
/** `estimated` / `basis` / `source` of a figure (schema.ts provenanceShape), optionally under a prefix. */
const provenance = (prefix = '', figure?: ColumnText): ColumnDef[] => {
  const key = (field: string) => (prefix === '' ? field : `${prefix}.${field}`);
  const header = (field: ColumnText) =>
    figure === undefined
      ? field
      : inBothLanguages((l) =>
          message(l, 'column:ofFigure', {
            figure: message(l, `column:${figure}`),
            field: message(l, `column:${field}`),
          }),
        );
  return [
    col(key('estimated'), header('estimated'), 'boolean', { note: BOOLEAN_NOTE }),
    col(key('basis'), header('basis'), 'text'),
    col(key('source'), header('source'), 'id', { note: text('sourceNote') }),
  ];
};
const ATTRIBUTES = col('attributes', 'attributes', 'json', { note: text('attributesNote') });

/** Chinese display names (labels.ts) accepted as enum values on import. */
const aliasesOf = (labels: Readonly<Record<string, { zh: string }>>, extra: Record<string, string> = {}) => ({
  ...Object.fromEntries(Object.entries(labels).map(([value, label]) => [label.zh, value])),
  ...extra,
});

const CATEGORY = col('category', 'category', 'enum', {
  values: MATERIAL_CATEGORIES,
  valueAliases: aliasesOf(CATEGORY_LABELS),
});
const UNIT_NOTE = text('unitNote');

export const PARK_FIELDS: readonly ColumnDef[] = [
  col('schemaVersion', 'schemaVersion', 'integer'),
  ID,
  ...nameColumns(),
  ...nameColumns('region', 'region'),
  col('referenceYear', 'referenceYear', 'integer'),
  col('currency', 'currency', 'id', { note: text('currencyNote') }),
  ...textPair('notes', 'notes'),
  col('policy', 'policy', 'json', { note: text('policyNote') }),
];

const FIELD_COLUMN = col('field', 'field', 'text');
const VALUE_COLUMN = col('value', 'value', 'text');

/** A table's name and what it holds, from the catalogue. */
const named = (key: TableKey) => ({ key, ...bilingual(`column:table_${key}`) });

const TABLE_LIST: readonly TableDef[] = [
  { ...named('park'), columns: [FIELD_COLUMN, VALUE_COLUMN], about: text('about_park') },
  {
    ...named('sources'),
    columns: [ID, col('title', 'title', 'text'), col('url', 'url', 'text'), col('note', 'note', 'text')],
    about: text('about_sources'),
  },
  {
    ...named('clusters'),
    columns: [
      ID,
      ...nameColumns(),
      col('colour', 'colour', 'text', { note: text('colourNote') }),
      ...textPair('description', 'description'),
    ],
    about: text('about_clusters'),
  },
  {
    ...named('materials'),
    columns: [
      ID,
      ...nameColumns(),
      CATEGORY,
      col('unit', 'defaultUnit', 'text', { note: UNIT_NOTE }),
      col('hazardousWasteCode', 'hazardousWasteCode', 'id', { note: text('hazardousWasteCodeNote') }),
      col('wasteCode', 'wasteCode', 'text'),
      col('emissionFactor.value', 'emissionFactor', 'number', { note: text('emissionFactorNote') }),
      ...provenance('emissionFactor', 'emissionFactor'),
      col('useEmissionFactor.value', 'useEmissionFactor', 'number', { note: text('useEmissionFactorNote') }),
      ...provenance('useEmissionFactor', 'useEmissionFactor'),
      col('price.value', 'price', 'number', { note: text('priceNote') }),
      col('price.currency', 'priceCurrency', 'id'),
      col('price.year', 'priceYear', 'integer'),
      ...provenance('price', 'price'),
      col('density', 'density', 'number'),
      col('heatingValue', 'heatingValue', 'number'),
      col('mobility', 'mobility', 'enum', {
        values: MATERIAL_MOBILITIES,
        valueAliases: {
          管网: 'networked',
          电网: 'networked',
          管道: 'piped',
          运输: 'transportable',
          可运输: 'transportable',
        },
        note: text('mobilityNote'),
      }),
      col('pipedRangeKm', 'pipedRangeKm', 'number'),
      col('importable', 'importable', 'boolean', { note: text('importableNote') }),
      ...textPair('description', 'description'),
      ATTRIBUTES,
    ],
    about: text('about_materials'),
  },
  {
    ...named('enterprises'),
    columns: [
      ID,
      ...nameColumns(),
      col('cluster', 'cluster', 'id'),
      col('role', 'role', 'enum', {
        values: ENTERPRISE_ROLES,
        valueAliases: aliasesOf(ROLE_LABELS, {
          生产: 'producer',
          回收: 'recycler',
          公用: 'utility',
          处理: 'treatment',
        }),
      }),
      col('status', 'status', 'enum', {
        values: ENTERPRISE_STATUSES,
        valueAliases: aliasesOf(ENTERPRISE_STATUS_LABELS),
      }),
      col('location.lon', 'longitude', 'number'),
      col('location.lat', 'latitude', 'number'),
      col('figures.outputValue', 'outputValue', 'number'),
      col('figures.energyUse', 'energyUse', 'number'),
      col('figures.employees', 'employees', 'integer'),
      ...provenance('figures', 'figures'),
      ...provenance(),
      ...textPair('description', 'description'),
      ATTRIBUTES,
    ],
    about: text('about_enterprises'),
  },
  {
    ...named('streams'),
    columns: [
      col('enterprise', 'enterprise', 'id'),
      col('direction', 'direction', 'enum', {
        values: ['input', 'output', 'capacity'],
        valueAliases: {
          投入: 'input',
          输入: 'input',
          产出: 'output',
          输出: 'output',
          能力: 'capacity',
          处理能力: 'capacity',
        },
        note: text('directionNote'),
      }),
      col('material', 'material', 'id'),
      col('quantity', 'quantity', 'number'),
      col('unit', 'unit', 'text', { note: UNIT_NOTE }),
      col('inHouse', 'inHouse', 'number', { note: text('inHouseNote') }),
      col('covers', 'covers', 'list', { note: text('coversNote') }),
      col('rating', 'rating', 'enum', {
        values: CAPACITY_RATINGS,
        valueAliases: { 铭牌: 'nameplate', 额定: 'nameplate', 可外供: 'sellable', 可售: 'sellable' },
        note: text('ratingNote'),
      }),
      ...provenance(),
      col('note', 'note', 'text'),
    ],
    about: text('about_streams'),
  },
  {
    ...named('flows'),
    columns: [
      ID,
      col('from', 'from', 'id', { note: text('fromNote') }),
      col('to', 'to', 'id', { note: text('toNote') }),
      col('material', 'material', 'id'),
      col('quantity', 'quantity', 'number'),
      col('unit', 'unit', 'text', { note: UNIT_NOTE }),
      col('status', 'status', 'enum', {
        values: FLOW_STATUSES,
        valueAliases: aliasesOf(FLOW_STATUS_LABELS),
      }),
      col('transport.mode', 'transportMode', 'enum', {
        values: TRANSPORT_MODES,
        valueAliases: {
          管道: 'pipeline',
          汽运: 'truck',
          公路: 'truck',
          铁路: 'rail',
          皮带: 'conveyor',
          电网: 'grid',
          船运: 'ship',
          水运: 'ship',
          其他: 'other',
        },
      }),
      col('transport.distanceKm', 'distanceKm', 'number'),
      // Schema 1 files had one `年份 year` per flow: the year it began (migrations.ts).
      col('startYear', 'startYear', 'integer', { aliases: ['年份 year', '年份', 'year'] }),
      col('endYear', 'endYear', 'integer'),
      ...nameColumns('counterparty', 'counterparty'),
      col('replacedBy', 'replacedBy', 'id', { note: text('replacedByNote') }),
      ...provenance(),
      col('note', 'note', 'text'),
      ATTRIBUTES,
    ],
    about: text('about_flows'),
  },
  {
    ...named('chains'),
    columns: [
      ID,
      ...nameColumns(),
      col('cluster', 'cluster', 'id'),
      col('source', 'source', 'id'),
      ...textPair('description', 'description'),
      col('stage.number', 'stage', 'integer', { note: text('stageNote') }),
      col('stage.materials', 'stageMaterials', 'list', { note: text('stageMaterialsNote') }),
      ...nameColumns('stage.name', 'stageName'),
    ],
    about: text('about_chains'),
  },
  {
    ...named('positions'),
    columns: [col('node', 'node', 'id'), col('x', 'x', 'number'), col('y', 'y', 'number')],
    about: text('about_positions'),
  },
];

export const TABLES: Readonly<Record<TableKey, TableDef>> = Object.fromEntries(
  TABLE_LIST.map((table) => [table.key, table]),
) as Record<TableKey, TableDef>;

export const TABLE_ORDER: readonly TableKey[] = TABLE_LIST.map((table) => table.key);
