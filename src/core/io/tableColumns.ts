/**
 * The park model as tables (domain.md §6): one table per kind of record,
 * one column per model field. A column's `key` is the field's path inside
 * the record (`name.zh`, `location.lon`), so writing and reading are the same
 * walk over the same list. Headers are bilingual (`编号 id`); imports accept
 * the Chinese part, the English part, both, or the key.
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
import type { BilingualMessage } from '../model/problems.ts';

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

const col = (
  key: string,
  zh: string,
  en: string,
  type: CellType,
  extra: Partial<Pick<ColumnDef, 'values' | 'valueAliases' | 'note' | 'aliases'>> = {},
): ColumnDef => ({ key, zh, en, type, ...extra });

const BOOLEAN_NOTE = { zh: 'true 或 false(是/否)', en: 'true or false' };

const ID = col('id', '编号', 'id', 'id', {
  note: { zh: '唯一编号:字母、数字、汉字及 _ . : -', en: 'unique id: letters, digits, Chinese and _ . : -' },
});
const nameColumns = (prefix = 'name', zh = '名称', en = 'name'): ColumnDef[] => [
  col(`${prefix}.zh`, `${zh}(中文)`, `${en} (zh)`, 'name'),
  col(`${prefix}.en`, `${zh}(英文)`, `${en} (en)`, 'name'),
];
const textPair = (prefix: string, zh: string, en: string): ColumnDef[] => [
  col(`${prefix}.zh`, `${zh}(中文)`, `${en} (zh)`, 'text'),
  col(`${prefix}.en`, `${zh}(英文)`, `${en} (en)`, 'text'),
];
/** `estimated` / `basis` / `source` of a figure (schema.ts provenanceShape), optionally under a prefix. */
const provenance = (prefix = '', zh = '', en = ''): ColumnDef[] => {
  const key = (field: string) => (prefix === '' ? field : `${prefix}.${field}`);
  const space = en === '' ? '' : `${en} `;
  return [
    col(key('estimated'), `${zh}是否估算`, `${space}estimated`, 'boolean', { note: BOOLEAN_NOTE }),
    col(key('basis'), `${zh}估算依据`, `${space}basis`, 'text'),
    col(key('source'), `${zh}引用来源`, `${space}source`, 'id', {
      note: { zh: '来源表中的编号', en: 'an id from the Sources table' },
    }),
  ];
};
const ATTRIBUTES = col('attributes', '自定义属性(JSON)', 'attributes (JSON)', 'json', {
  note: {
    zh: 'JSON 对象,如 {"产能MW": 24};导入时未知列也存入此处',
    en: 'a JSON object, e.g. {"capacity MW": 24}; unknown columns are kept here on import',
  },
});

/** Chinese display names (labels.ts) accepted as enum values on import. */
const aliasesOf = (labels: Readonly<Record<string, { zh: string }>>, extra: Record<string, string> = {}) => ({
  ...Object.fromEntries(Object.entries(labels).map(([value, label]) => [label.zh, value])),
  ...extra,
});

const CATEGORY = col('category', '类别', 'category', 'enum', {
  values: MATERIAL_CATEGORIES,
  valueAliases: aliasesOf(CATEGORY_LABELS),
});
const UNIT_NOTE = { zh: '如 t/a、万吨/年、m3/a、MWh/a、GJ/a', en: 'e.g. t/a, 10kt/a, m3/a, MWh/a, GJ/a' };

export const PARK_FIELDS: readonly ColumnDef[] = [
  col('schemaVersion', '格式版本', 'schema version', 'integer'),
  ID,
  ...nameColumns(),
  ...nameColumns('region', '地区', 'region'),
  col('referenceYear', '基准年', 'reference year', 'integer'),
  col('currency', '货币', 'currency', 'id', { note: { zh: '如 CNY', en: 'e.g. CNY' } }),
  ...textPair('notes', '备注', 'notes'),
  col('policy', '准入政策(JSON)', 'policy (JSON)', 'json', {
    note: {
      zh: '负面清单与能耗等上限,JSON 对象,如 {"negativeList":[{"id":"no-chem","name":{"zh":"不再新批化工项目"},"industries":["C26"]}]}',
      en: 'negative list and caps as a JSON object, e.g. {"negativeList":[{"id":"no-chem","name":{"en":"no new chemical projects"},"industries":["C26"]}]}',
    },
  }),
];

const FIELD_COLUMN = col('field', '字段', 'field', 'text');
const VALUE_COLUMN = col('value', '值', 'value', 'text');

const TABLE_LIST: readonly TableDef[] = [
  {
    key: 'park',
    zh: '园区',
    en: 'Park',
    columns: [FIELD_COLUMN, VALUE_COLUMN],
    about: { zh: '园区本身:每行一个字段', en: 'the park itself: one field per row' },
  },
  {
    key: 'sources',
    zh: '来源',
    en: 'Sources',
    columns: [
      ID,
      col('title', '标题', 'title', 'text'),
      col('url', '网址', 'url', 'text'),
      col('note', '备注', 'note', 'text'),
    ],
    about: { zh: '数据引用的文献与资料', en: 'documents that figures cite' },
  },
  {
    key: 'clusters',
    zh: '集群',
    en: 'Clusters',
    columns: [
      ID,
      ...nameColumns(),
      col('colour', '颜色', 'colour', 'text', { note: { zh: '如 #0072B2', en: 'e.g. #0072B2' } }),
      ...textPair('description', '说明', 'description'),
    ],
    about: { zh: '产业集群或产业链分组', en: 'industrial clusters or chain groups' },
  },
  {
    key: 'materials',
    zh: '物料',
    en: 'Materials',
    columns: [
      ID,
      ...nameColumns(),
      CATEGORY,
      col('unit', '默认单位', 'default unit', 'text', { note: UNIT_NOTE }),
      col('hazardousWasteCode', '危废代码', 'hazardous waste code', 'id', { note: { zh: '如 HW22', en: 'e.g. HW22' } }),
      col('wasteCode', '其他废物代码', 'waste code', 'text'),
      col('emissionFactor.value', '减排因子', 'emission factor', 'number', {
        note: { zh: 'kg CO2e / 默认单位', en: 'kg CO2e per default unit' },
      }),
      ...provenance('emissionFactor', '减排因子', 'emission factor'),
      col('useEmissionFactor.value', '使用排放因子', 'use emission factor', 'number', {
        note: { zh: 'kg CO2e / 默认单位(能源消耗时)', en: 'kg CO2e per default unit consumed (energy carriers)' },
      }),
      ...provenance('useEmissionFactor', '使用排放因子', 'use emission factor'),
      col('price.value', '价格', 'price', 'number', {
        note: {
          zh: '每默认单位;负值表示需付处置费',
          en: 'per default unit; negative when the holder pays a disposal fee',
        },
      }),
      col('price.currency', '价格货币', 'price currency', 'id'),
      col('price.year', '价格年份', 'price year', 'integer'),
      ...provenance('price', '价格', 'price'),
      col('density', '密度(t/m3)', 'density (t/m3)', 'number'),
      col('heatingValue', '热值(GJ/t)', 'heating value (GJ/t)', 'number'),
      col('mobility', '输送方式', 'mobility', 'enum', {
        values: MATERIAL_MOBILITIES,
        valueAliases: {
          管网: 'networked',
          电网: 'networked',
          管道: 'piped',
          运输: 'transportable',
          可运输: 'transportable',
        },
        note: {
          zh: 'networked 电网/燃气网 · piped 管道(有输送半径)· transportable 可运输(默认)',
          en: 'networked (grid) · piped (limited reach) · transportable (default)',
        },
      }),
      col('pipedRangeKm', '管道输送半径(km)', 'piped range (km)', 'number'),
      col('importable', '可从园区外购入', 'importable', 'boolean', {
        note: { zh: '默认 true;蒸汽、集中供热为 false', en: 'default true; false for steam and district heat' },
      }),
      ...textPair('description', '说明', 'description'),
      ATTRIBUTES,
    ],
    about: { zh: '流动的一切:产品、副产品、废物、能源、水、服务', en: 'anything that flows' },
  },
  {
    key: 'enterprises',
    zh: '企业',
    en: 'Enterprises',
    columns: [
      ID,
      ...nameColumns(),
      col('cluster', '集群', 'cluster', 'id'),
      col('role', '角色', 'role', 'enum', {
        values: ENTERPRISE_ROLES,
        valueAliases: aliasesOf(ROLE_LABELS, {
          生产: 'producer',
          回收: 'recycler',
          公用: 'utility',
          处理: 'treatment',
        }),
      }),
      col('status', '状态', 'status', 'enum', {
        values: ENTERPRISE_STATUSES,
        valueAliases: aliasesOf(ENTERPRISE_STATUS_LABELS),
      }),
      col('location.lon', '经度', 'longitude', 'number'),
      col('location.lat', '纬度', 'latitude', 'number'),
      col('figures.outputValue', '产值(万元/年)', 'output value (10k CNY/a)', 'number'),
      col('figures.energyUse', '能耗(tce/年)', 'energy use (tce/a)', 'number'),
      col('figures.employees', '员工数', 'employees', 'integer'),
      ...provenance('figures', '指标', 'figures'),
      ...provenance(),
      ...textPair('description', '说明', 'description'),
      ATTRIBUTES,
    ],
    about: {
      zh: '园区内的企业;声明的投入产出见“投入产出”表',
      en: 'enterprises; their declared streams are in Streams',
    },
  },
  {
    key: 'streams',
    zh: '投入产出',
    en: 'Streams',
    columns: [
      col('enterprise', '企业', 'enterprise', 'id'),
      col('direction', '方向', 'direction', 'enum', {
        values: ['input', 'output', 'capacity'],
        valueAliases: {
          投入: 'input',
          输入: 'input',
          产出: 'output',
          输出: 'output',
          能力: 'capacity',
          处理能力: 'capacity',
        },
        note: { zh: 'input 投入 / output 产出 / capacity 处理或供应能力', en: 'input / output / capacity' },
      }),
      col('material', '物料', 'material', 'id'),
      col('quantity', '年量', 'quantity', 'number'),
      col('unit', '单位', 'unit', 'text', { note: UNIT_NOTE }),
      col('inHouse', '厂内自用量', 'in-house', 'number', {
        note: { zh: '其中企业内部自产自用的部分(同一单位)', en: 'the part made and used in-house (same unit)' },
      }),
      col('covers', '能力兼收物料', 'capacity covers', 'list', {
        note: {
          zh: '仅处理能力:同一能力也可接收的其他物料编号,用 | 分隔',
          en: 'capacities only: other material ids the same capacity takes, separated by |',
        },
      }),
      col('rating', '能力口径', 'capacity rating', 'enum', {
        values: CAPACITY_RATINGS,
        valueAliases: { 铭牌: 'nameplate', 额定: 'nameplate', 可外供: 'sellable', 可售: 'sellable' },
        note: {
          zh: '仅供应能力:nameplate 铭牌额定 / sellable 可外供',
          en: 'supply capacities only: nameplate or sellable',
        },
      }),
      ...provenance(),
      col('note', '备注', 'note', 'text'),
    ],
    about: {
      zh: '每家企业声明的投入、产出与处理能力(与是否有物质流无关)',
      en: 'what each enterprise declares it consumes, produces and can treat',
    },
  },
  {
    key: 'flows',
    zh: '物质流',
    en: 'Flows',
    columns: [
      ID,
      col('from', '供方', 'from', 'id', { note: { zh: '企业编号或 @supply', en: 'an enterprise id or @supply' } }),
      col('to', '需方', 'to', 'id', {
        note: { zh: '企业编号、@market 或 @disposal', en: 'an enterprise id, @market or @disposal' },
      }),
      col('material', '物料', 'material', 'id'),
      col('quantity', '年量', 'quantity', 'number'),
      col('unit', '单位', 'unit', 'text', { note: UNIT_NOTE }),
      col('status', '状态', 'status', 'enum', {
        values: FLOW_STATUSES,
        valueAliases: aliasesOf(FLOW_STATUS_LABELS),
      }),
      col('transport.mode', '运输方式', 'transport mode', 'enum', {
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
      col('transport.distanceKm', '运距(km)', 'distance (km)', 'number'),
      // Schema 1 files had one `年份 year` per flow: the year it began (migrations.ts).
      col('startYear', '起始年份', 'start year', 'integer', { aliases: ['年份 year', '年份', 'year'] }),
      col('endYear', '终止年份', 'end year', 'integer'),
      ...nameColumns('counterparty', '园区外对方', 'counterparty'),
      col('replacedBy', '将被替代为', 'replaced by', 'id', {
        note: {
          zh: '一条规划物质流的编号:规划项目建成后由它替代本条(“现状”计本条,“含规划”计那一条)',
          en: 'the id of a planned flow that will take this one’s place once built (today counts this flow, with planned that one)',
        },
      }),
      ...provenance(),
      col('note', '备注', 'note', 'text'),
      ATTRIBUTES,
    ],
    about: { zh: '一方向另一方的年物质流', en: 'yearly exchanges from one actor to another' },
  },
  {
    key: 'chains',
    zh: '产业链',
    en: 'Chains',
    columns: [
      ID,
      ...nameColumns(),
      col('cluster', '集群', 'cluster', 'id'),
      col('source', '引用来源', 'source', 'id'),
      ...textPair('description', '说明', 'description'),
      col('stage.number', '环节序号', 'stage', 'integer', { note: { zh: '1、2、3……', en: '1, 2, 3 …' } }),
      col('stage.materials', '环节物料', 'stage materials', 'list', {
        note: { zh: '物料编号,可选其一时用 | 分隔', en: 'material ids; alternatives separated by |' },
      }),
      ...nameColumns('stage.name', '环节名称', 'stage name'),
    ],
    about: {
      zh: '产业链模板:每个环节一行;链的名称等可只写在第一行',
      en: 'chain templates: one row per stage; chain fields may be given on the first row only',
    },
  },
  {
    key: 'positions',
    zh: '布局',
    en: 'Positions',
    columns: [col('node', '节点', 'node', 'id'), col('x', '横坐标', 'x', 'number'), col('y', '纵坐标', 'y', 'number')],
    about: { zh: '保存的网络图节点位置', en: 'saved node positions of the network view' },
  },
];

export const TABLES: Readonly<Record<TableKey, TableDef>> = Object.fromEntries(
  TABLE_LIST.map((table) => [table.key, table]),
) as Record<TableKey, TableDef>;

export const TABLE_ORDER: readonly TableKey[] = TABLE_LIST.map((table) => table.key);
