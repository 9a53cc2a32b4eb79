/** The CLI's own strings, in both languages. Problem messages come bilingual from core. */
import { ANALYSIS_KINDS } from '../core/analysis/analyzePark.ts';
import type { Language } from '../core/model/types.ts';
import { interpolate } from '../core/model/interpolate.ts';

const STRINGS = {
  usage: {
    zh: `用法: symbiograph <命令> [选项]

命令:
  validate FILE                 校验园区模型(.json)或物质流清单(.csv);有效时退出码为 0,否则列出全部问题并返回 1
  summary FILE                  园区概况:数量统计,以及按集群和物料类别汇总的流量
  analyze FILE                  完整分析报告:断链、耦合缺口、能力平衡、网络与生态指标、韧性、补链项目
  projects FILE [--top N]       补链项目排名(含得分各项)
  whatif FILE --close 企业 ...  假设某企业关停(编号或中英文名称;或 --remove-flow 物质流ID、--build 工艺ID 新建排名中的
                                补链项目),比较前后的发现与指标(现状与含规划并列)
  diff A B                      比较两个模型:结构变化、发现、指标
  evolution FILE                产业共生网络演化:每个有交换新增或终止的年份,列出这些交换及当年园区的结构指标
                                (企业、链接、连接密度、连接度、循环度、弱连通分量);--json 输出完整数据
  convert IN OUT                按扩展名在格式之间转换:.json .xlsx .gexf .graphml,.csv(物质流清单,只含物质流),
                                目录或以 / 结尾的路径(每张表一个 CSV);输入有问题时列出全部问题并返回 1
  template OUT.xlsx             写出空白 Excel 模板:双语表头、取值下拉列表、说明表
  diagram FILE --chain ID|--material ID|--enterprise ID|--sankey  --format svg|png|pdf -o OUT
                                产业链图(缺失环节标红虚线)、物料或企业上下游图(--depth N),或桑基图(--sankey [--by cluster|enterprise]
                                [--category 类别,...]);--project 技术ID 以虚线叠加补链项目;--scale 1|2|4(PNG);--page a4|a3(PDF,横向);
                                PNG/PDF 需要中文字体(Debian: apt-get install fonts-noto-cjk)
  report FILE --format html|md|xlsx|csv -o OUT
                                报告:可打印的 HTML、Markdown(产业链图另存为 SVG)、供投资团队使用的 XLSX、发现清单 CSV;
                                格式可由 OUT 的扩展名推断;--top N 列出的项目与关停排名条数(默认 10);--all 列出全部发现(默认每类前 50 项)

选项:
  --lang zh|en                  输出语言(默认 zh)
  --json                        以 JSON 输出完整结果
  --only KIND,...               只运行部分分析:{KINDS}
  --all                         列出全部发现(默认每类前 8 项)
  --catalogue FILE              使用自己的工艺目录(默认 data/technologies.json)
  --betweenness exact|sampled|none   介数中心性的算法(大型园区可用 sampled)
  --self-loops                  网络指标计入自环(企业流向自身的物质流;enaR 与生态网络文献的惯例,默认不计)
  --as-of 年份                  按截至该年份的园区输出(已开始且尚未终止的交换及其企业;未注明起始年份的交换视为自始存在):
                                用于 analyze、summary、projects、report、diagram
  --alias FILE                  别名表(CSV,两列 name,same-as 或 名称,等同于):读入物质流清单(.csv)时,先把每个 name
                                统一改为 same-as,用于合并同一企业或物料的不同写法(校验时提示的疑似重复名称);可链式
                                (a→b、b→c),成环时报错;用于 validate、summary、analyze、projects、whatif、evolution、report、convert、diagram
  -h, --help                    显示帮助`,
    en: `Usage: symbiograph <command> [options]

Commands:
  validate FILE                 check a park model (.json) or an exchange list (.csv); exit 0 when valid, else list every problem and exit 1
  summary FILE                  the park at a glance: counts, and flow totals by cluster and material category
  analyze FILE                  the full report: broken links, coupling gaps, capacity, network and ecological metrics, resilience, projects
  projects FILE [--top N]       gap-filling projects, ranked, with every part of the score
  whatif FILE --close NAME ...  close enterprises (id or name in either language; or --remove-flow FLOW, --build TECHNOLOGY
                                to build a ranked project) and compare findings and metrics, today and with planned
  diff A B                      compare two models: structural changes, findings, metrics
  evolution FILE                the network through the years: for each year in which an exchange began or ended, those
                                exchanges and the park's structural metrics that year (enterprises, links, linkage density,
                                connectance, cyclicity, weak components); --json for the full data
  convert IN OUT                convert between formats, by extension: .json .xlsx .gexf .graphml, .csv (an exchange list:
                                flows only), a directory or a path ending in / (one CSV per table); input problems exit 1
  template OUT.xlsx             write the empty Excel template: bilingual headers, drop-down lists, a notes sheet
  diagram FILE --chain ID|--material ID|--enterprise ID|--sankey  --format svg|png|pdf -o OUT
                                a chain diagram (missing stages dashed red), a material's or an enterprise's neighbourhood (--depth N),
                                or a sankey (--sankey [--by cluster|enterprise] [--category CAT,...]); --project TECH_ID overlays a
                                gap-filling project, dashed; --scale 1|2|4 (PNG); --page a4|a3 (PDF, landscape); PNG and PDF need a
                                CJK font (Debian: apt-get install fonts-noto-cjk)
  report FILE --format html|md|xlsx|csv -o OUT
                                a report to hand on: printable HTML, Markdown (chain diagrams as SVG beside it), an XLSX
                                workbook for investment teams, or the findings as CSV; the format may come from OUT's
                                extension; --top N projects and closures listed (default 10); --all every finding (default: first 50 of each kind)

Options:
  --lang zh|en                  output language (default zh)
  --json                        print the full result as JSON
  --only KIND,...               run only some analyses: {KINDS}
  --all                         list every finding (default: first 8 of each kind)
  --catalogue FILE              use your own technology catalogue (default data/technologies.json)
  --betweenness exact|sampled|none   betweenness algorithm (sampled for large parks)
  --self-loops                  count flows from an enterprise to itself in the network metrics (the convention of enaR
                                and the ecosystem-network literature; off by default)
  --as-of YEAR                  the park as it stood in YEAR (exchanges begun by then and not yet ended, and their
                                enterprises; exchanges without a start year count from the start): analyze, summary,
                                projects, report, diagram
  --alias FILE                  an alias table (CSV with two columns, name,same-as or 名称,等同于): when an exchange list
                                (.csv) is read, every name becomes its same-as first, merging two spellings of one enterprise
                                or material (validate names the probable duplicates); chains (a→b, b→c) resolve, a cycle is an
                                error; for validate, summary, analyze, projects, whatif, evolution, report, convert, diagram
  -h, --help                    show this help`,
  },
  valid: { zh: '✓ {file} 有效', en: '✓ {file} is valid' },
  invalid: { zh: '✗ {file} 有 {n} 个错误', en: '✗ {file} has {n} error(s)' },
  warningsHeader: { zh: '{n} 个警告:', en: '{n} warning(s):' },
  errorsHeader: { zh: '错误:', en: 'Errors:' },
  migrated: { zh: '(已从 schemaVersion {from} 迁移)', en: '(migrated from schemaVersion {from})' },
  contents: {
    zh: '{enterprises} 家企业,{materials} 种物料,{flows} 条物质流,{chains} 条产业链',
    en: '{enterprises} enterprises, {materials} materials, {flows} flows, {chains} chains',
  },
  unknownCommand: { zh: '未知命令 "{command}"', en: 'unknown command "{command}"' },
  missingFile: { zh: '缺少文件参数', en: 'missing FILE argument' },
  missingSecondFile: { zh: 'diff 需要两个文件', en: 'diff needs two files' },
  badLanguage: { zh: '--lang 只能是 zh 或 en', en: '--lang must be zh or en' },
  aliasNotHere: {
    zh: '{command} 不支持 --alias(可用于:{commands}、diagram)',
    en: '{command} does not take --alias (it goes with: {commands}, diagram)',
  },
  asOfNotHere: {
    zh: '{command} 不支持 --as-of(可用于:{commands})',
    en: '{command} does not take --as-of (it goes with: {commands})',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof STRINGS;

export function t(language: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  return interpolate(STRINGS[key][language], { KINDS: ANALYSIS_KINDS.join(','), ...values });
}
