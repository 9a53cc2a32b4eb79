/**
 * Namespace `io`: what imports and exports say about a file (CSV, tables, XLSX, GEXF, GraphML), in both languages,
 * grouped by the file that says it; the exchange list's and the graphs' entries are in ioExchangeList.ts and
 * ioGraph.ts. Names, headers and values from the user's file come in already quoted (`quote()` in
 * model/problems.ts), so a template adds no quotation marks of its own.
 */
import type { BilingualMessage } from '../language.ts';
import { IO_EXCHANGE_LIST_MESSAGES } from './ioExchangeList.ts';
import { IO_GRAPH_MESSAGES } from './ioGraph.ts';

export const IO_MESSAGES = {
  // ioText.ts: lists and row ranges inside messages
  listAnd: { zh: '{{items}}、{{last}}', en: '{{items}} and {{last}}' },
  moreKinds: { zh: '{{list}} 等 {{total}} 种', en: '{{list}} and {{more}} more' },
  moreNames: { zh: '{{list}} 等 {{total}} 个名称', en: '{{list}} and {{more}} more' },
  // rowList.ts
  row: { zh: '第 {{rows}} 行', en: 'row {{rows}}' },
  rows: { zh: '第 {{rows}} 行', en: 'rows {{rows}}' },
  rowsAndMore: { zh: '第 {{rows}} 行等(另有 {{more}} 行)', en: 'rows {{rows}} and {{more}} more' },
  thisRow: { zh: '此行', en: 'this row' },
  nameWithRows: { zh: '{{name}}({{rows}})', en: '{{name}} ({{rows}})' },

  // decodeText.ts
  encodingInvalidUtf8: {
    zh: '文件以 UTF-8 标记开头,但内容不是有效的 UTF-8',
    en: 'the file starts with a UTF-8 byte order mark but is not valid UTF-8',
  },
  encodingInvalidUtf16: { zh: '文件不是有效的 UTF-16 文本', en: 'the file is not valid UTF-16 text' },
  notTextZip: {
    zh: '这是一个 ZIP 压缩文件(可能是 .xlsx 工作簿),不是文本文件',
    en: 'this is a ZIP archive (perhaps an .xlsx workbook), not a text file',
  },
  notText: { zh: '文件包含二进制数据,不是文本文件', en: 'the file holds binary data, not text' },
  encodingUnknown: {
    zh: '无法识别文本编码:既不是 UTF-8 也不是 GB18030(GBK)',
    en: 'unknown text encoding: neither UTF-8 nor GB18030 (GBK)',
  },
  encodingGb18030: {
    zh: '文件不是 UTF-8 编码,已按 GB18030(GBK)读取',
    en: 'the file is not UTF-8; it was read as GB18030 (GBK)',
  },

  // formats.ts
  needsOneFile: { zh: '此格式需要一个文件', en: 'this format needs one file' },
  needsDirectory: { zh: '此格式需要一个 CSV 文件目录', en: 'this format needs a directory of CSV files' },
  exportFlowsOnly: {
    zh: '$t(glossary:materialFlow)清单只包含$t(glossary:materialFlow):集群、企业详情、声明物料流、$t(glossary:industrialChain)和布局不会写出',
    en: 'an exchange list holds flows only: clusters, enterprise details, declared streams, chains and the view are not written',
  },
  exportXmlCharacters: {
    zh: '{{n}} 个 XML 无法表示的控制字符已替换为 U+FFFD',
    en: '{{n}} control character(s) that XML cannot hold were replaced by U+FFFD',
  },

  // tableCells.ts
  notANumber: { zh: '{{value}} 不是有效数字', en: '{{value}} is not a number' },
  notBoolean: { zh: '{{value}} 应为 true 或 false(是/否)', en: '{{value}} must be true or false' },
  invalidValue: {
    zh: '无效取值 {{value}},可选:{{allowed}}',
    en: 'invalid value {{value}}; expected one of {{allowed}}',
  },
  notJsonObject: {
    zh: '应为 JSON 对象,如 {"产能MW": 24},实际为 {{value}}',
    en: 'must be a JSON object such as {"capacity MW": 24}, got {{value}}',
  },

  // tableReader.ts, tablePark.ts, tableChains.ts, tablesToModel.ts
  columnRepeated: { zh: '列 {{column}} 重复出现', en: 'column {{column}} appears twice' },
  unknownColumnsKept: {
    zh: '未知列 {{columns}} 已作为自定义属性保留',
    en: 'unknown column(s) {{columns}} kept as custom attributes',
  },
  unknownColumnsIgnored: { zh: '未知列 {{columns}} 已忽略', en: 'unknown column(s) {{columns}} ignored' },
  unknownField: { zh: '未知字段 {{field}} 已忽略', en: 'unknown field {{field}} ignored' },
  duplicateField: { zh: '字段 {{field}} 重复', en: 'field {{field}} appears twice' },
  chainConflict: {
    zh: '同一$t(glossary:industrialChain)的各行此列不一致({{existing}} 与 {{value}})',
    en: 'rows of one chain disagree in this column ({{existing}} vs {{value}})',
  },
  duplicateStage: { zh: '环节序号 {{number}} 重复', en: 'stage number {{number}} appears twice' },
  unknownTable: { zh: '未知的表 {{name}} 已忽略', en: 'unknown table {{name}} ignored' },
  duplicateTable: { zh: '表 {{name}} 出现两次', en: 'table {{name}} appears twice' },
  missingPark: { zh: '缺少“园区 Park”表', en: 'the "Park" table is missing' },
  enterpriseIdMissing: { zh: '缺少企业编号', en: 'the enterprise id is missing' },
  noSuchEnterprise: {
    zh: '企业表中没有 {{enterprise}}',
    en: 'no enterprise {{enterprise}} in the Enterprises table',
  },
  directionMissing: { zh: '缺少方向', en: 'the direction is missing' },
  nodeIdMissing: { zh: '缺少节点编号', en: 'the node id is missing' },

  // xlsxWorkbook.ts
  xlsxUnreadable: {
    zh: '不是有效的 Excel 工作簿(.xlsx):{{detail}}',
    en: 'not a readable Excel workbook (.xlsx): {{detail}}',
  },
  xlsxErrorCell: { zh: '单元格含错误值 {{value}}', en: 'the cell holds an error value {{value}}' },
  ...IO_EXCHANGE_LIST_MESSAGES,
  ...IO_GRAPH_MESSAGES,
} as const satisfies Record<string, BilingualMessage>;
