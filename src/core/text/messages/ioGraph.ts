/**
 * Namespace `io`, part 3: what the GEXF and GraphML imports (xml.ts, gexfRead.ts, graphmlRead.ts, graph*.ts) say
 * about a file. Merged into IO_MESSAGES (io.ts).
 */
import type { BilingualMessage } from '../language.ts';

export const IO_GRAPH_MESSAGES = {
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
