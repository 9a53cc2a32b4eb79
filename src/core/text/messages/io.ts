/**
 * Namespace `io`: what imports and exports say about a file (CSV, tables, XLSX, GEXF, GraphML), in both languages,
 * grouped by the file that says it. Names, headers and values from the user's file come in already quoted
 * (`quote()` in model/problems.ts), so a template adds no quotation marks of its own.
 */
import type { BilingualMessage } from '../language.ts';

export const IO_MESSAGES = {
  // ioText.ts: lists and row ranges inside messages
  listAnd: { zh: '{{items}}、{{last}}', en: '{{items}} and {{last}}' },
  moreKinds: { zh: '{{list}} 等 {{total}} 种', en: '{{list}} and {{more}} more' },
  moreNames: { zh: '{{list}} 等 {{total}} 个名称', en: '{{list}} and {{more}} more' },
  clauseSeparator: { zh: ',', en: ', ' },
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

  // xml.ts
  xmlEntities: {
    zh: '文件在 DOCTYPE 中声明了实体;出于安全原因(外部实体、实体膨胀攻击)不予读取',
    en: 'the file declares entities in its DOCTYPE; they are refused for safety (external entities, entity expansion attacks)',
  },
  xmlUnclosed: {
    zh: 'XML 在第 {{line}} 行意外结束,以下元素未闭合:{{elements}}(文件是否被截断?)',
    en: 'the XML ends at line {{line}} with these elements still open: {{elements}} (is the file truncated?)',
  },
  xmlSyntax: {
    zh: 'XML 格式错误(第 {{line}} 行第 {{column}} 列):{{detail}}',
    en: 'XML syntax error (line {{line}}, column {{column}}): {{detail}}',
  },
  xmlUnparsable: { zh: '无法解析 XML:{{detail}}', en: 'cannot parse the XML: {{detail}}' },

  // gexfRead.ts, graphmlRead.ts, graphInput.ts
  gexfNoGraph: { zh: '不是 GEXF 文件:缺少 <gexf><graph>', en: 'not a GEXF file: no <gexf><graph> element' },
  gexfVersion: {
    zh: 'GEXF 版本 {{version}} 未经测试,按 1.3 读取',
    en: 'GEXF version {{version}} is untested; read as 1.3',
  },
  graphmlNoGraph: {
    zh: '不是 GraphML 文件:缺少 <graphml><graph>',
    en: 'not a GraphML file: no <graphml><graph> element',
  },
  attributeType: {
    zh: '属性 {{name}} 的值 {{value}} 不是 {{type}},已忽略',
    en: 'value {{value}} of attribute {{name}} is not {{type}}; ignored',
  },
  hyperedges: {
    zh: '超边(hyperedge)无法表示为$t(glossary:materialFlow),已忽略',
    en: 'hyperedges cannot be flows and were ignored',
  },
  groupsFlattened: {
    zh: '{{n}} 个分组节点已展开:组内节点以分组名称作为集群',
    en: "{{n}} group node(s) were flattened: the nodes inside take the group's name as their cluster",
  },
  edgeEnds: { zh: '边缺少 source 或 target', en: 'an edge has no source or target' },
  nodeId: { zh: '节点缺少 id', en: 'a node has no id' },

  // graphRecords.ts
  attributeError: { zh: '属性 {{name}}:{{error}}', en: 'attribute {{name}}: {{error}}' },
  attributeStreams: {
    zh: '属性 {{field}} 应为声明物料流的 JSON 数组',
    en: 'attribute {{field}} must be a JSON array of declared streams',
  },
  unspecifiedMaterial: { zh: '未指定物料', en: 'unspecified' },

  // graphToModel.ts
  duplicateNode: { zh: '节点编号 {{id}} 重复', en: 'node id {{id}} appears twice' },
  edgeToGroup: {
    zh: '连到分组 {{group}} 的边已忽略(分组不是企业)',
    en: 'an edge to the group {{group}} was ignored (a group is not an enterprise)',
  },
  edgeUnknownNode: { zh: '边指向不存在的节点 {{node}}', en: 'the edge refers to an unknown node {{node}}' },
  undirected: {
    zh: '图为无向图:每条边按 source → target 方向读作$t(glossary:materialFlow)',
    en: 'the graph is undirected: each edge was read as a flow from source to target',
  },
  payloadDamaged: {
    zh: '文件中的 Symbiograph 数据已损坏,已忽略,仅按图读取({{reason}})',
    en: 'the Symbiograph data in the file is damaged and was ignored; only the graph was read ({{reason}})',
  },
  parkCreated: {
    zh: '文件中没有园区信息:已按 {{title}} 新建,基准年设为 {{year}}',
    en: 'the file has no park record: one was created as {{title}}, reference year {{year}}',
  },

  // graphNotes.ts: the defaults a graph import applied, each with how often
  graphForeign: {
    zh: '此 {{format}} 文件不含 Symbiograph 数据:园区、集群和物料已由图重建,企业的声明物料流为其$t(glossary:materialFlow)之和',
    en: "this {{format}} file has no Symbiograph data: the park, clusters and materials were rebuilt from the graph, and each enterprise's declared streams are the sums of its flows",
  },
  clusterCreated: { zh: '新建了 {{n}} 个集群', en: '{{n}} cluster(s) created' },
  clusterDefault: {
    zh: '{{n}} 家企业没有集群,已归入“未分组 unassigned”',
    en: '{{n}} enterprise(s) had no cluster and were put in "unassigned"',
  },
  roleDefault: {
    zh: '{{n}} 家企业没有角色,已设为 producer',
    en: '{{n}} enterprise(s) had no role and were set to producer',
  },
  statusDefault: {
    zh: '{{n}} 家企业没有状态,已设为 operating',
    en: '{{n}} enterprise(s) had no status and were set to operating',
  },
  nameFromId: {
    zh: '{{n}} 家企业没有名称,以节点编号命名',
    en: '{{n}} enterprise(s) had no name and were named after their node id',
  },
  materialCreated: {
    zh: '由边的标签或物料属性新建了 {{n}} 种物料',
    en: '{{n}} material(s) created from edge labels or material attributes',
  },
  materialCategory: {
    zh: '{{n}} 种新物料没有类别,已设为 product',
    en: '{{n}} new material(s) had no category and were set to product',
  },
  materialMissing: {
    zh: '{{n}} 条边没有物料,已记为“未指定物料”',
    en: '{{n}} edge(s) had no material and were recorded as "unspecified"',
  },
  quantityMissing: {
    zh: '{{n}} 条边没有数量或权重,已作为结构性交换(不含数量)导入',
    en: '{{n}} edge(s) had no quantity or weight and were imported as structural exchanges (no quantity)',
  },
  unitDefault: {
    zh: '{{n}} 条边没有可识别的单位,已使用物料的默认单位(新物料为 t/a)',
    en: "{{n}} edge(s) had no known unit; the material's unit was used (t/a for new materials)",
  },
  statusDefaultFlow: {
    zh: '{{n}} 条边没有状态,已设为 existing',
    en: '{{n}} edge(s) had no status and were set to existing',
  },
  attributesKept: {
    zh: '未识别的属性已作为自定义属性(attributes)保留:{{names}}{{more}}',
    en: 'attributes not recognised were kept as custom attributes: {{names}}{{more}}',
  },
} as const satisfies Record<string, BilingualMessage>;
