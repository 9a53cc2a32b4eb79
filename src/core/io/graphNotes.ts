/** One warning per kind of default a graph import applied, with how often. */
import { problem, quote, type BilingualMessage, type Problem } from '../model/problems.ts';
import type { GraphCatalog } from './graphCatalog.ts';
import type { GraphIn } from './graphInput.ts';

const NOTES: Readonly<Record<string, (n: number) => BilingualMessage>> = {
  'cluster-created': (n) => ({ zh: `新建了 ${n} 个集群`, en: `${n} cluster(s) created` }),
  'cluster-default': (n) => ({
    zh: `${n} 家企业没有集群,已归入“未分组 unassigned”`,
    en: `${n} enterprise(s) had no cluster and were put in "unassigned"`,
  }),
  'role-default': (n) => ({
    zh: `${n} 家企业没有角色,已设为 producer`,
    en: `${n} enterprise(s) had no role and were set to producer`,
  }),
  'status-default': (n) => ({
    zh: `${n} 家企业没有状态,已设为 operating`,
    en: `${n} enterprise(s) had no status and were set to operating`,
  }),
  'name-from-id': (n) => ({
    zh: `${n} 家企业没有名称,以节点编号命名`,
    en: `${n} enterprise(s) had no name and were named after their node id`,
  }),
  'material-created': (n) => ({
    zh: `由边的标签或物料属性新建了 ${n} 种物料`,
    en: `${n} material(s) created from edge labels or material attributes`,
  }),
  'material-category': (n) => ({
    zh: `${n} 种新物料没有类别,已设为 product`,
    en: `${n} new material(s) had no category and were set to product`,
  }),
  'material-missing': (n) => ({
    zh: `${n} 条边没有物料,已记为“未指定物料”`,
    en: `${n} edge(s) had no material and were recorded as "unspecified"`,
  }),
  'quantity-missing': (n) => ({
    zh: `${n} 条边没有数量或权重,已作为结构性交换(不含数量)导入`,
    en: `${n} edge(s) had no quantity or weight and were imported as structural exchanges (no quantity)`,
  }),
  'unit-default': (n) => ({
    zh: `${n} 条边没有可识别的单位,已使用物料的默认单位(新物料为 t/a)`,
    en: `${n} edge(s) had no known unit; the material's unit was used (t/a for new materials)`,
  }),
  'status-default-flow': (n) => ({
    zh: `${n} 条边没有状态,已设为 existing`,
    en: `${n} edge(s) had no status and were set to existing`,
  }),
};

export function defaultNotes(catalog: GraphCatalog, own: boolean, graph: GraphIn): Problem[] {
  const at = { file: graph.file };
  const notes: Problem[] = [];
  if (!own) {
    notes.push(
      problem(
        'warning',
        'graph-foreign',
        [],
        {
          zh: `此 ${graph.format} 文件不含 Symbiograph 数据:园区、集群和物料已由图重建,企业的声明物料流为其物质流之和`,
          en: `this ${graph.format} file has no Symbiograph data: the park, clusters and materials were rebuilt from the graph, and each enterprise's declared streams are the sums of its flows`,
        },
        at,
      ),
    );
  }
  for (const [code, n] of catalog.defaults) {
    const message = NOTES[code];
    if (message) notes.push(problem('warning', `graph-${code}`, [], message(n), at));
  }
  if (catalog.keptAttributes.size > 0) {
    const names = [...catalog.keptAttributes];
    const list = names
      .slice(0, 12)
      .map((n) => quote(n))
      .join(', ');
    const more = names.length > 12 ? ` (+${names.length - 12})` : '';
    notes.push(
      problem(
        'warning',
        'graph-attributes-kept',
        [],
        {
          zh: `未识别的属性已作为自定义属性(attributes)保留:${list}${more}`,
          en: `attributes not recognised were kept as custom attributes: ${list}${more}`,
        },
        at,
      ),
    );
  }
  return notes;
}
