/**
 * Namespace `io`, part 2: what the exchange-list import (flowsCsv*.ts, csvHeaders.ts, csvTable.ts) and the alias
 * table (aliasTable.ts) say about a file. Merged into IO_MESSAGES (io.ts).
 */
import type { BilingualMessage } from '../language.ts';

export const IO_EXCHANGE_LIST_MESSAGES = {
  // csvTable.ts
  csvEmpty: { zh: '文件为空,缺少表头', en: 'the file is empty: no header row' },
  csvFieldCount: {
    zh: '此行有 {{fields}} 个字段,表头有 {{header}} 个',
    en: 'this row has {{fields}} fields but the header has {{header}}',
  },
  csvSyntax: { zh: 'CSV 格式错误:{{detail}}', en: 'CSV syntax error: {{detail}}' },

  // csvHeaders.ts
  ambiguousColumnReadBoth: {
    zh: '列 {{columns}} 都可以是 {{name}} 列:读取 {{first}}',
    en: 'columns {{columns}} could both be the {{name}} column: {{first}} is read as it',
  },
  ambiguousColumnReadAll: {
    zh: '列 {{columns}} 都可以是 {{name}} 列:读取 {{first}}',
    en: 'columns {{columns}} could all be the {{name}} column: {{first}} is read as it',
  },
  ambiguousColumnBoth: {
    zh: '列 {{columns}} 都可以是 {{name}} 列:请只保留一个,或把其余的改名',
    en: 'columns {{columns}} could both be the {{name}} column: keep one, or rename the other',
  },
  ambiguousColumnAll: {
    zh: '列 {{columns}} 都可以是 {{name}} 列:请只保留一个,或把其余的改名',
    en: 'columns {{columns}} could all be the {{name}} column: keep one, or rename the others',
  },
  missingColumn: { zh: '缺少必需的列 {{name}}', en: 'required column {{name}} is missing' },
  missingColumnAliases: {
    zh: '缺少必需的列 {{name}}(也可写作:{{aliases}})',
    en: 'required column {{name}} is missing (also accepted: {{aliases}})',
  },
  columnTwice: { zh: '列 {{column}} 出现两次', en: 'column {{column}} appears twice' },

  // flowsCsv.ts
  csvNoRows: { zh: '文件没有数据行', en: 'the file has no data rows' },
  columnNotKept: {
    zh: '列名 {{key}} 不能用作属性名,此列未保留',
    en: '{{key}} cannot be an attribute name: the column is not kept',
  },
  columnNameTooLong: {
    zh: '列名过长({{length}} 个字符),作为自定义属性最多 {{max}} 个',
    en: 'the column name is too long ({{length}} characters) to keep as an attribute: at most {{max}}',
  },
  sameAttribute: {
    zh: '列 {{column}} 与列 {{earlier}} 是同一个属性 {{key}}',
    en: 'columns {{earlier}} and {{column}} are the same attribute {{key}}',
  },
  extraColumn: {
    zh: '列 {{columns}} 不是$t(glossary:materialFlow)清单的标准列,已作为每条$t(glossary:materialFlow)的自定义属性保留',
    en: 'column {{columns}} is not an exchange-list column: kept as a custom attribute of each flow',
  },
  extraColumns: {
    zh: '列 {{columns}} 不是$t(glossary:materialFlow)清单的标准列,已作为每条$t(glossary:materialFlow)的自定义属性保留',
    en: 'columns {{columns}} are not exchange-list columns: kept as custom attributes of each flow',
  },

  // flowsCsvRow.ts (and aliasTable.ts: a name too long)
  tooLong: {
    zh: '内容过长({{length}} 个字符,最多 {{max}} 个)',
    en: 'too long ({{length}} characters; at most {{max}})',
  },
  requiredMissing: { zh: '缺少必填值', en: 'required value is missing' },
  quantityNotNumber: { zh: '数量 {{value}} 不是有效数字', en: 'quantity {{value}} is not a number' },
  quantityNegative: { zh: '数量不能为负({{value}})', en: 'quantity must not be negative (got {{value}})' },
  unknownUnit: { zh: '未知单位 {{unit}}', en: 'unknown unit {{unit}}' },
  quantityWithoutUnit: {
    zh: '有数量而没有单位:请填写单位(如 t/a),或把数量也留空(结构性交换)',
    en: 'a quantity without a unit: give the unit (e.g. t/a), or leave the quantity out too (a structural exchange)',
  },
  invalidStatus: {
    zh: '无效状态 {{value}},可选:{{allowed}}',
    en: 'invalid status {{value}}; expected one of {{allowed}}',
  },
  endBeforeStart: {
    zh: '终止年份 {{end}} 早于起始年份 {{start}}',
    en: 'the end year {{end}} is before the start year {{start}}',
  },
  boundaryNotHere: {
    zh: '园区边界 {{boundary}} 不能用在此列',
    en: 'boundary {{boundary}} cannot be used in this column ({{boundaries}})',
  },
  reservedName: {
    zh: '以 @ 开头的名称留给园区边界({{boundaries}}),{{name}} 不是其中之一',
    en: 'names starting with @ are reserved for the park boundary ({{boundaries}}); {{name}} is not one of them',
  },
  bothBoundaries: { zh: '两端不能都是园区边界', en: 'both ends cannot be boundary actors' },
  invalidYear: {
    zh: '年份 {{value}} 无效(应为 {{first}}–{{last}} 之间的年份)',
    en: 'invalid year {{value}} (a year from {{first}} to {{last}})',
  },

  // flowsCsvCategories.ts
  categoryUnknown: {
    zh: '未知类别 {{word}}({{rows}}),按未填处理;可用类别:{{categories}}',
    en: 'unknown category {{word}} ({{rows}}), treated as blank; known categories: {{categories}}',
  },
  noCategoryColumnOne: {
    zh: '文件没有类别列:全部 1 种物料记为未分类(unclassified)',
    en: 'the file has no category column: its material is unclassified',
  },
  noCategoryColumn: {
    zh: '文件没有类别列:全部 {{n}} 种物料记为未分类(unclassified)',
    en: 'the file has no category column: all {{n}} materials are unclassified',
  },
  categorySaysOne: { zh: '{{rows}}为 {{category}}', en: '{{rows}} says {{category}}' },
  categorySays: { zh: '{{rows}}为 {{category}}', en: '{{rows}} say {{category}}' },
  categoryConflict: {
    zh: '物料 {{material}}:{{parts}};采用 {{kept}}({{total}} 行中的 {{rows}} 行)',
    en: 'material {{material}}: {{parts}}; kept {{kept}} ({{rows}} of {{total}} rows)',
  },
  categoryConflictTie: {
    zh: '物料 {{material}}:{{parts}};采用 {{kept}}({{total}} 行中的 {{rows}} 行:票数相同,取最先出现的)',
    en: 'material {{material}}: {{parts}}; kept {{kept}} ({{rows}} of {{total}} rows: a tie, the first given)',
  },
  categoryBlankTaken: {
    zh: '{{rows}}没有可用的类别:采用同一物料其他行的类别({{materials}})',
    en: 'no usable category on {{rows}}: taken from other rows of the same material ({{materials}})',
  },
  categoryBlankNone: {
    zh: '{{rows}}没有可用的类别,同一物料的其他行也没有:记为 unclassified({{materials}})',
    en: 'no usable category on {{rows}}, nor on other rows of the same material: unclassified ({{materials}})',
  },
  categoryBlankMixed: {
    zh: '{{rows}}没有可用的类别:{{taken}};{{left}}',
    en: 'no usable category on {{rows}}: {{taken}}; {{left}}',
  },
  blankTakenOne: {
    zh: '{{rows}}采用同一物料其他行的类别({{materials}})',
    en: '{{rows}} takes it from other rows of the same material ({{materials}})',
  },
  blankTakenMany: {
    zh: '{{rows}}采用同一物料其他行的类别({{materials}})',
    en: '{{rows}} take it from other rows of the same material ({{materials}})',
  },
  blankLeftOne: {
    zh: '{{rows}}的物料在任何行都没有类别,记为 unclassified({{materials}})',
    en: '{{rows}} is unclassified: no row gives its material a category ({{materials}})',
  },
  blankLeftMany: {
    zh: '{{rows}}的物料在任何行都没有类别,记为 unclassified({{materials}})',
    en: '{{rows}} are unclassified: no row gives their material a category ({{materials}})',
  },

  // flowsCsvModel.ts
  exchangeListNotes: {
    zh: '由 {{park}} 的$t(glossary:materialFlow)清单生成',
    en: 'created from the exchange list {{park}}',
  },
  unassignedCluster: { zh: '未分组', en: 'Unassigned' },
  unitInconsistent: {
    zh: '单位 {{unit}} 无法换算为物料 {{material}} 在第 {{row}} 行使用的 {{known}}',
    en: 'unit {{unit}} cannot be converted to {{known}}, used for {{material}} on row {{row}}',
  },

  // flowsCsvNames.ts: which kind of name (NameKind)
  nameKind_enterprise: { zh: '企业', en: 'enterprise' },
  nameKind_material: { zh: '物料', en: 'material' },
  probableDuplicates: {
    zh: '疑似同一{{kind}}的不同写法:{{spellings}};未合并,如确为同一{{kind}},请在别名表(name,same-as)中列出',
    en: 'probable duplicate {{kind}} names: {{spellings}}; kept apart: if they are one {{kind}}, list them in an alias table (name,same-as)',
  },

  // aliasTable.ts
  aliasExtraColumn: {
    zh: '别名表只读 name 与 same-as 两列,列 {{columns}} 已忽略',
    en: 'an alias table has two columns, name and same-as: column {{columns}} is ignored',
  },
  aliasExtraColumns: {
    zh: '别名表只读 name 与 same-as 两列,列 {{columns}} 已忽略',
    en: 'an alias table has two columns, name and same-as: columns {{columns}} are ignored',
  },
  aliasNameMissing: { zh: '缺少名称', en: 'the name is missing' },
  aliasSameAsMissing: { zh: '缺少等同的名称', en: 'the name it is the same as is missing' },
  nameTooLong: {
    zh: '名称过长({{length}} 个字符,最多 {{max}} 个)',
    en: 'the name is too long ({{length}} characters; at most {{max}})',
  },
  aliasSelf: { zh: '{{name}} 等同于它自身,此行无作用', en: '{{name}} is the same as itself: the row does nothing' },
  aliasConflict: {
    zh: '{{name}} 在第 {{row}} 行等同于 {{earlier}},此处又等同于 {{target}}',
    en: '{{name}} is the same as {{earlier}} on row {{row}} but {{target}} here',
  },
  aliasCycle: {
    zh: '别名成环:{{cycle}}({{rows}}),无法确定最终名称',
    en: 'the aliases form a cycle: {{cycle}} ({{rows}}), so no name is final',
  },
  aliasUnusedOne: {
    zh: '别名表中的 {{names}}({{rows}})未出现在 {{file}} 中',
    en: "the alias table's {{names}} ({{rows}}) appears nowhere in {{file}}",
  },
  aliasUnused: {
    zh: '别名表中的 {{names}}({{rows}})未出现在 {{file}} 中',
    en: "the alias table's {{names}} ({{rows}}) appear nowhere in {{file}}",
  },
} as const satisfies Record<string, BilingualMessage>;
