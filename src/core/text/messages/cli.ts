/**
 * The command line's own words and sentences (namespace `cli`), in both
 * languages; problem messages come bilingual from core. Placeholders are
 * i18next's `{{name}}`.
 */
import type { BilingualMessage } from '../language.ts';

export const CLI_MESSAGES = {
  usage: {
    zh: `用法: symbiograph <命令> [选项]

命令:
  validate FILE                 校验园区模型(.json)或物质流清单(.csv);有效时退出码为 0,否则列出全部问题并返回 1
  summary FILE                  园区概况:数量统计,以及按集群和物料类别汇总的流量
  analyze FILE                  完整分析报告:$t(glossary:brokenLink)、$t(glossary:couplingGap)、能力平衡、网络与生态指标、韧性、$t(glossary:gapFillingProject)
  projects FILE [--top N]       $t(glossary:gapFillingProject)排名(含得分各项)
  whatif FILE --close 企业 ...  假设某企业关停(编号或中英文名称;或 --remove-flow 物质流ID、--build 工艺ID 新建排名中的
                                补链项目),比较前后的发现与指标(现状与含规划并列)
  diff A B                      比较两个模型:结构变化、发现、指标
  evolution FILE                产业共生网络演化:每个有交换新增或终止的年份,列出这些交换及当年园区的结构指标
                                (企业、链接、连接密度、连接度、循环度、弱连通分量);--json 输出完整数据
  convert IN OUT                按扩展名在格式之间转换:.json .xlsx .gexf .graphml,.csv(物质流清单,只含物质流),
                                目录或以 / 结尾的路径(每张表一个 CSV);输入有问题时列出全部问题并返回 1
  template OUT.xlsx             写出空白 Excel 模板:双语表头、取值下拉列表、说明表
  example [NAME] [-o OUT]       列出随附的示例园区,或写出其中一个(参考园区 linyi-etdz,或物质流清单);OUT 的扩展名决定格式
  open FILE [--port N] [--no-browser]
                                在浏览器中打开园区(convert 可读的任一格式),由本机提供(只监听 127.0.0.1);在应用中
                                “保存到 FILE”按原格式写回(文件在打开后被其他程序改过时不覆盖);文件有错误时列出全部问题并返回 1
  diagram FILE --chain ID|--material ID|--enterprise ID|--sankey  --format svg|png|pdf -o OUT
                                产业链图(缺失环节标红虚线)、物料或企业上下游图(--depth N),或桑基图(--sankey [--by cluster|enterprise]
                                [--category 类别,...]);--project 技术ID 以虚线叠加补链项目;--scale 1|2|4(PNG);--page a4|a3(PDF,横向);
                                PNG/PDF 需要中文字体(Debian: apt-get install fonts-noto-cjk)
  report FILE --format html|md|xlsx|csv -o OUT
                                报告:可打印的 HTML、Markdown(产业链图另存为 SVG)、供投资团队使用的 XLSX、发现清单 CSV;
                                格式可由 OUT 的扩展名推断;--top N 列出的项目与关停排名条数(默认 10);--all 列出全部发现(默认每类前 50 项)
  serve [--data DIR] [--port N] [--host H] [--max-body MB]
                                团队服务器:共享的园区、每次保存的版本、按园区分配的角色(所有者、编辑者、查看者),提供应用和
                                JSON 接口(/api/openapi.json);数据库默认为内嵌的 PGlite(--data,默认 ~/.symbiograph/server),
                                设置环境变量 DATABASE_URL=postgres://… 则使用 PostgreSQL;默认地址 127.0.0.1:4180
  user add NAME | user list     服务器的账户:添加(密码从标准输入读取)或列出;与 serve 相同的 --data 或 DATABASE_URL
  push FILE --server URL [--park ID [--revision N]] [--message TEXT]
                                把园区(convert 可读的任一格式)存到服务器:新建园区,或存为 --park 的新版本,基于 --revision
                                (默认服务器上的最新版本);服务器已有更新的版本时拒绝保存,你的模型保留在服务器上
  pull ID --server URL -o OUT [--revision N]
                                从服务器取回园区(默认最新版本),按 OUT 的扩展名写出
                                push 与 pull 以令牌登录:--token 令牌,或环境变量 SYMBIOGRAPH_TOKEN(令牌由 POST /api/tokens
                                以用户名和密码获取);--server 也可用环境变量 SYMBIOGRAPH_SERVER

选项:
  --lang zh|en                  输出语言(默认 zh)
  --json                        以 JSON 输出完整结果(逐企业的表按列写出;循环最多列出 100 个并注明共找到多少;超过 1 MB 不缩进)
  --fields PATH,...             与 --json 同用:只输出这些部分(以点分隔的路径,如 kpis,network.structure)
  --only KIND,...               只运行部分分析:{{KINDS}}
  --all                         列出全部发现(默认每类前 8 项)
  --catalogue FILE              使用自己的工艺目录(默认 data/technologies.json)
  --betweenness exact|sampled|none   介数中心性的算法(大型园区可用 sampled)
  --self-loops                  网络指标计入自环(企业流向自身的物质流;enaR 与生态网络文献的惯例,默认不计)
  --as-of 年份                  按截至该年份的园区输出(已开始且尚未终止的交换及其企业;未注明起始年份的交换视为自始存在):
                                用于 analyze、summary、projects、report、diagram
  --alias FILE                  别名表(CSV,两列 name,same-as 或 名称,等同于):读入物质流清单(.csv)时,先把每个 name
                                统一改为 same-as,用于合并同一企业或物料的不同写法(校验时提示的疑似重复名称);可链式
                                (a→b、b→c),成环时报错;用于 validate、summary、analyze、projects、whatif、evolution、report、convert、diagram、open、push
  --port N                      open 使用的端口(默认 0:任一空闲端口);serve 使用的端口(默认 4180)
  --no-browser                  open 只打印地址,不打开浏览器
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
  example [NAME] [-o OUT]       list the parks that come with Symbiograph, or write one out (the reference park
                                linyi-etdz, or an exchange list); OUT's extension chooses the format
  open FILE [--port N] [--no-browser]
                                open the park (any format convert reads) in the app, served from this machine (127.0.0.1
                                only); "Save to FILE" in the app writes it back in its own format (never over a change
                                made elsewhere since); problems in the file are listed and exit 1
  diagram FILE --chain ID|--material ID|--enterprise ID|--sankey  --format svg|png|pdf -o OUT
                                a chain diagram (missing stages dashed red), a material's or an enterprise's neighbourhood (--depth N),
                                or a sankey (--sankey [--by cluster|enterprise] [--category CAT,...]); --project TECH_ID overlays a
                                gap-filling project, dashed; --scale 1|2|4 (PNG); --page a4|a3 (PDF, landscape); PNG and PDF need a
                                CJK font (Debian: apt-get install fonts-noto-cjk)
  report FILE --format html|md|xlsx|csv -o OUT
                                a report to hand on: printable HTML, Markdown (chain diagrams as SVG beside it), an XLSX
                                workbook for investment teams, or the findings as CSV; the format may come from OUT's
                                extension; --top N projects and closures listed (default 10); --all every finding (default: first 50 of each kind)
  serve [--data DIR] [--port N] [--host H] [--max-body MB]
                                the team server: shared parks, a version for every save, roles per park (owner, editor,
                                viewer), the app and a JSON API (/api/openapi.json); the database is embedded PGlite by
                                default (--data, default ~/.symbiograph/server), or PostgreSQL with DATABASE_URL=postgres://…
                                set; 127.0.0.1:4180 unless told otherwise
  user add NAME | user list     the server's accounts: add one (the password read from standard input) or list them; the
                                same --data or DATABASE_URL as serve
  push FILE --server URL [--park ID [--revision N]] [--message TEXT]
                                store a park (any format convert reads) on the server: a new park, or a new version of
                                --park starting from --revision (default: the server's latest); refused when the server
                                has a newer version, your model kept there
  pull ID --server URL -o OUT [--revision N]
                                fetch a park from the server (default: its latest version), written as OUT's extension says
                                push and pull sign in with a token: --token TOKEN, or the environment variable
                                SYMBIOGRAPH_TOKEN (get one with POST /api/tokens and your name and password); --server
                                may come from SYMBIOGRAPH_SERVER

Options:
  --lang zh|en                  output language (default zh)
  --json                        print the full result as JSON (per-actor tables column by column; at most 100 cycles
                                listed, with how many were found; unindented above 1 MB)
  --fields PATH,...             with --json: only these parts (dotted paths, e.g. kpis,network.structure)
  --only KIND,...               run only some analyses: {{KINDS}}
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
                                error; for validate, summary, analyze, projects, whatif, evolution, report, convert, diagram, open, push
  --port N                      the port open serves on (default 0: any free port), or serve (default 4180)
  --no-browser                  open prints the address and opens no browser
  -h, --help                    show this help`,
  },
  valid: { zh: '✓ {{file}} 有效', en: '✓ {{file}} is valid' },
  invalid: { zh: '✗ {{file}} 有 {{n}} 个错误', en: '✗ {{file}} has {{n}} error(s)' },
  warningsHeader: { zh: '{{n}} 个警告:', en: '{{n}} warning(s):' },
  migrated: { zh: '(已从 schemaVersion {{from}} 迁移)', en: '(migrated from schemaVersion {{from}})' },
  contents: {
    zh: '{{enterprises}} 家企业,{{materials}} 种物料,{{flows}} 条物质流,{{chains}} 条产业链',
    en: '{{enterprises}} enterprises, {{materials}} materials, {{flows}} flows, {{chains}} chains',
  },
  exampleList: {
    zh: '随附的示例园区(symbiograph example 名称 -o 文件):',
    en: 'Parks that come with Symbiograph (symbiograph example NAME -o FILE):',
  },
  exampleLinyi: {
    zh: '临沂经济技术开发区(参考园区,园区模型 JSON)',
    en: 'Linyi ETDZ (the reference park, a park model in JSON)',
  },
  exampleKalundborg: {
    zh: '卡伦堡工业共生(丹麦,已发表的物质流清单 CSV)',
    en: 'Kalundborg Symbiosis (Denmark, a published exchange list in CSV)',
  },
  exampleGuitang: {
    zh: '贵糖集团制糖生态工业链(广西贵港,已发表的物质流清单 CSV)',
    en: 'Guitang Group sugar complex (Guigang, China, a published exchange list in CSV)',
  },
  exampleUnknown: {
    zh: '没有名为 "{{name}}" 的示例;可用:{{names}}',
    en: 'no example named "{{name}}"; there are: {{names}}',
  },
  exampleWritten: { zh: '✓ 已写出示例 {{name}}:{{file}}', en: '✓ wrote the example {{name}} to {{file}}' },
  unknownCommand: { zh: '未知命令 "{{command}}"', en: 'unknown command "{{command}}"' },
  missingFile: { zh: '缺少文件参数', en: 'missing FILE argument' },
  missingSecondFile: { zh: 'diff 需要两个文件', en: 'diff needs two files' },
  badLanguage: { zh: '--lang 只能是 zh 或 en', en: '--lang must be zh or en' },
  aliasNotHere: {
    zh: '{{command}} 不支持 --alias(可用于:{{commands}}、diagram)',
    en: '{{command}} does not take --alias (it goes with: {{commands}}, diagram)',
  },
  asOfNotHere: {
    zh: '{{command}} 不支持 --as-of(可用于:{{commands}})',
    en: '{{command}} does not take --as-of (it goes with: {{commands}})',
  },
  // reading files (readLocalFile.ts, readModelFile.ts, loadModel.ts, loadAliasFile.ts, loadCatalogue.ts)
  notAFile: { zh: '不是文件', en: 'not a file' },
  fileTooLarge: { zh: '文件过大({{size}} 字节)', en: 'file too large ({{size}} bytes)' },
  fileNotFound: { zh: '找不到文件', en: 'file not found' },
  fileUnreadable: { zh: '无法读取文件({{code}})', en: 'cannot read the file ({{code}})' },
  inputUnreadable: { zh: '无法读取({{code}})', en: 'cannot read it ({{code}})' },
  unsupportedFileType: {
    zh: '不支持的文件类型 "{{extension}}",请使用 .json 或 .csv',
    en: 'unsupported file type "{{extension}}"; use .json or .csv',
  },
  aliasNotApplicable: {
    zh: '别名表(--alias)只用于物质流清单(.csv),{{model}} 不是',
    en: 'an alias table (--alias) applies to exchange lists (.csv) only, and {{model}} is not one',
  },
  aliasTableProblem: { zh: '别名表:{{reason}}', en: 'alias table: {{reason}}' },
  catalogueUnreadable: {
    zh: '无法读取工艺目录:{{detail}}',
    en: 'cannot read the technology catalogue: {{detail}}',
  },
  // diagram's arguments (commands/diagramArgs.ts; also badLanguage and missingFile above)
  argumentError: { zh: '{{reason}}', en: '{{reason}}' },
  unexpectedArgument: { zh: '多余的参数 "{{argument}}"', en: 'unexpected argument "{{argument}}"' },
  sankeyWithTarget: {
    zh: '--sankey 不能与 --chain/--material/--enterprise 同时使用',
    en: '--sankey cannot be combined with --chain, --material or --enterprise',
  },
  oneDiagramTarget: {
    zh: '请指定 --chain ID、--material ID、--enterprise ID 之一,或 --sankey',
    en: 'give exactly one of --chain ID, --material ID, --enterprise ID, or --sankey',
  },
  sankeyOnlyOptions: { zh: '--by 和 --category 只用于 --sankey', en: '--by and --category go with --sankey only' },
  depthOnlyNeighbourhood: {
    zh: '--depth 只用于 --material 或 --enterprise',
    en: '--depth goes with --material or --enterprise only',
  },
  projectNotSankey: { zh: '--project 不用于 --sankey', en: '--project does not go with --sankey' },
  badDepth: {
    zh: '--depth 须为正整数(得到 "{{depth}}")',
    en: '--depth must be a whole number ≥ 1 (got "{{depth}}")',
  },
  badBy: { zh: '--by 只能是 cluster 或 enterprise', en: '--by must be cluster or enterprise' },
  unknownCategory: {
    zh: '未知物料类别 "{{category}}";可用:{{known}}',
    en: 'unknown category "{{category}}"; known: {{known}}',
  },
  badDiagramFormat: { zh: '--format 只能是 svg、png 或 pdf', en: '--format must be svg, png or pdf' },
  formatNeedsOutput: { zh: '{{format}} 需要用 -o 指定输出文件', en: '{{format}} needs an output file (-o OUT)' },
  badScale: { zh: '--scale 只能是 1、2 或 4', en: '--scale must be 1, 2 or 4' },
  badPage: { zh: '--page 只能是 a4 或 a3', en: '--page must be a4 or a3' },
  badDate: { zh: '--date 格式为 YYYY-MM-DD', en: '--date must look like YYYY-MM-DD' },
  // analyze (analysisText.ts)
  headingKeyFigures: { zh: '关键指标', en: 'Key figures' },
  headingFindings: { zh: '发现(共 {{n}} 项)', en: 'Findings ({{n}})' },
  moreFindingsAll: { zh: '  …… 另有 {{n}} 项(--all 显示全部)', en: '  … and {{n}} more (--all shows all)' },
  headingChains: { zh: '产业链完整性', en: 'Chain integrity' },
  noChains: { zh: '(模型未定义产业链)', en: '(the model defines no chains)' },
  markBroken: { zh: '✗ $t(glossary:brokenLink)', en: '✗ broken' },
  markSingle: { zh: '⚠ 单点', en: '⚠ single' },
  markInHouse: { zh: '厂内一体化', en: 'in-house' },
  columnChain: { zh: '产业链', en: 'chain' },
  columnStage: { zh: '环节', en: 'stage' },
  columnState: { zh: '状态', en: 'state' },
  columnPerformers: { zh: '企业数', en: 'performers' },
  headingCapacity: { zh: '处置利用与供应能力平衡', en: 'Capacity balance' },
  headingResilience: { zh: '韧性:$t(glossary:closureImpact)排名', en: 'Resilience: closure impact ranking' },
  headingProjects: { zh: '$t(glossary:gapFillingProject)排名', en: 'Gap-filling projects, ranked' },
  columnFigure: { zh: '指标', en: 'figure' },
  columnValue: { zh: '值', en: 'value' },
  // diff and whatif (comparisonText.ts)
  headingModelChanges: { zh: '模型变化', en: 'Model changes' },
  countEnterprises: { zh: '企业', en: 'enterprises' },
  countFlows: { zh: '物质流', en: 'flows' },
  countMaterials: { zh: '物料', en: 'materials' },
  countChains: { zh: '产业链', en: 'chains' },
  headingFigureChanges: { zh: '指标变化', en: 'Headline figures' },
  columnBefore: { zh: '{{scope}}:之前', en: '{{scope}}: before' },
  columnAfter: { zh: '之后', en: 'after' },
  columnChange: { zh: '变化', en: 'change' },
  percentagePoints: { zh: '{{n}} 个百分点', en: '{{n}} pp' },
  verdictMet: { zh: '达标', en: 'met' },
  verdictNoLongerMet: { zh: '不再达标', en: 'no longer met' },
  scopePrefix: { zh: '{{scope}}:', en: '{{scope}}: ' },
  moreItems: { zh: '  …… 另有 {{n}} 项', en: '  … and {{n}} more' },
  findingsNew: { zh: '新出现的问题', en: 'New findings' },
  findingsGoneWithClosure: { zh: '$t(glossary:goneWithClosure)的问题', en: 'Gone with the closure (not resolved)' },
  findingsResolved: { zh: '已解决的问题', en: 'Resolved findings' },
  findingsChanged: { zh: '有变化的问题', en: 'Changed findings' },
  notePrefix: { zh: '注:{{note}}', en: 'Note: {{note}}' },
  // capacity (capacityText.ts)
  serviceSupply: { zh: '供应', en: 'supply' },
  serviceTreatment: { zh: '处置利用', en: 'treatment' },
  capacityColumnMaterial: { zh: '物料', en: 'material' },
  capacityColumnService: { zh: '类型', en: 'service' },
  capacityColumnGenerated: { zh: '产生量/需求', en: 'generated/needed' },
  capacityColumnUnplaced: { zh: '外送处置/缺供', en: 'disposed/unsupplied' },
  capacityColumnCapacity: { zh: '能力', en: 'capacity' },
  capacityColumnLoad: { zh: '实际负荷', en: 'load' },
  capacityColumnUse: { zh: '负荷率', en: 'use' },
  capacityColumnRating: { zh: '能力口径', en: 'rating' },
  capacityColumnUnit: { zh: '单位', en: 'unit' },
  // clusters (clusterMatrixText.ts)
  headingClusterMatrix: { zh: '集群间物质交换矩阵', en: 'Exchanges between clusters' },
  noClusters: { zh: '(模型没有集群)', en: '(the model has no clusters)' },
  // evolution (evolutionText.ts)
  headingEvolutionChanges: {
    zh: '== 各年交换变化 ==',
    en: '== Exchanges that began (+) and ended (−), year by year ==',
  },
  // --as-of (asOf.ts)
  asOfHeading: {
    zh: '{{asOf}}的园区:{{enterprises}} 家企业,{{flows}} 条物质流(全部年份共 {{allEnterprises}} 家企业,{{allFlows}} 条物质流)',
    en: 'The park {{asOf}}: {{enterprises}} of {{allEnterprises}} enterprises, {{flows}} of {{allFlows}} flows',
  },
  // network (networkText.ts)
  headingNetwork: { zh: '网络结构与生态指标', en: 'Network structure and ecological metrics' },
  columnMetric: { zh: '指标', en: 'metric' },
  columnMetricValue: { zh: '数值', en: 'value' },
  addSelfLoops: { zh: '(加 --self-loops 可计入自环。)', en: '(Add --self-loops to count self-loops.)' },
  capacityNote: {
    zh: '负荷 = 处置利用企业实际接收的全部量(园区企业送来、$t(glossary:boughtIn)、$t(glossary:inHouse));供应类为实际供出量。',
    en: 'load = everything the plants take in (from park partners, $t(glossary:boughtIn), in-house); for supply, what they deliver.',
  },
  // projects (projectsText.ts)
  noProjects: { zh: '(没有候选项目)', en: '(no candidate projects)' },
  projectColumnProject: { zh: '项目', en: 'project' },
  projectColumnScore: { zh: '得分', en: 'score' },
  projectColumnOffDisposal: { zh: '送$t(glossary:disposal)净减少 t/a', en: 'off $t(glossary:disposal) t/a' },
  projectColumnPurchasesCut: { zh: '$t(glossary:boughtIn)净减少 t/a', en: 'purchases cut t/a' },
  projectColumnEmissions: { zh: '净减排 tCO2e/a', en: 'net tCO2e/a' },
  projectColumnEnergy: { zh: '新增能耗 tce/a', en: 'energy tce/a' },
  projectColumnInvestment: { zh: '投资 万元', en: 'investment 10k CNY' },
  projectColumnPayback: { zh: '回收期 年', en: 'payback years' },
  projectsExcluded: {
    zh: '不符合园区$t(glossary:admission)政策、未参与排名的项目({{n}}):',
    en: "Not admitted by the park's policy ({{n}}):",
  },
  projectsScoreNote: {
    zh: '得分 = 各项按全部候选中的最大值归一化后加权求和,带“−”的项扣分(权重:{{weights}});另有 {{skipped}} 项工艺因园区内无原料也无产品需求未列入。',
    en: 'score = weighted sum of each part scaled by the largest among the candidates; parts marked − count against (weights: {{weights}}); {{skipped}} technologies were left out because the park has neither their feedstock nor a need for their products.',
  },
  // resilience (resilienceText.ts)
  closureColumnEnterprise: { zh: '企业', en: 'enterprise' },
  closureColumnImpact: { zh: '影响得分', en: 'impact' },
  closureColumnUnmet: { zh: '$t(glossary:unmetDemand)', en: '$t(glossary:unmetDemand)' },
  closureColumnChainsBroken: { zh: '$t(glossary:brokenLink)(条)', en: 'chains broken' },
  closureColumnDependants: { zh: '失去唯一链接的企业', en: 'dependants' },
  closureColumnRerouted: { zh: '改为$t(glossary:boughtIn)或外送 t/a', en: 'rerouted t/a' },
  // report, analyze, diagram commands
  reportNoFormat: {
    zh: '请用 --format 指定格式:html、md、xlsx 或 csv',
    en: 'say which format with --format html|md|xlsx|csv',
  },
  reportUnknownFormat: {
    zh: '未知格式 "{{format}}"(html、md、xlsx、csv)',
    en: 'unknown format "{{format}}" (html, md, xlsx, csv)',
  },
  reportXlsxNeedsOutput: { zh: 'xlsx 需要用 -o 指定输出文件', en: 'xlsx needs an output file: -o FILE' },
  badTop: { zh: '--top 应为正整数', en: '--top must be a positive whole number' },
  cannotWrite: { zh: '✗ 无法写入 {{file}}({{code}})', en: '✗ cannot write {{file}} ({{code}})' },
  wrote: { zh: '✓ 已写入 {{file}}', en: '✓ wrote {{file}}' },
  wroteDrawing: { zh: '✓ 已写入 {{file}}({{format}},{{size}})', en: '✓ wrote {{file}} ({{format}}, {{size}})' },
  unknownAnalysisKind: {
    zh: '未知的分析类型: {{kinds}} ({{known}})',
    en: 'unknown analysis kind: {{kinds}} ({{known}})',
  },
  unknownFields: {
    zh: '✗ --fields:结果中没有 {{paths}}(顶层有:{{known}})',
    en: '✗ --fields: the result has no {{paths}} (top level: {{known}})',
  },
  fieldsNeedJson: { zh: '✗ --fields 须与 --json 同用', en: '✗ --fields goes with --json' },
  noCjkFont: { zh: '✗ 找不到可用的中文字体:{{reason}}', en: '✗ {{reason}}' },
  titleAsOf: { zh: '{{title}}({{asOf}})', en: '{{title}} ({{asOf}})' },
  // whatif (commands/compare.ts)
  whatIfName: { zh: '假设情景', en: 'what-if' },
  whatIfNothing: {
    zh: '请用 --close 企业(编号或名称)、--remove-flow 物质流编号或 --build 工艺编号指定变化',
    en: 'say what changes with --close ENTERPRISE (id or name), --remove-flow FLOW or --build TECHNOLOGY',
  },
  noSuchEnterprise: {
    zh: '找不到企业 "{{query}}"(可用编号或中英文名称)',
    en: 'no enterprise "{{query}}" (give an id or a name in either language)',
  },
  ambiguousEnterprise: {
    zh: '"{{query}}" 对应多家企业,请写得更具体:{{candidates}}',
    en: '"{{query}}" matches several enterprises; be more specific: {{candidates}}',
  },
  noSuchTechnology: { zh: '工艺目录中没有 "{{id}}"', en: 'no technology "{{id}}" in the catalogue' },
  notAdmitted: {
    zh: '注意:该项目不符合园区$t(glossary:admission)政策——{{reason}}',
    en: "Note: the park's policy does not admit it — {{reason}}",
  },
  cannotBuild: { zh: '无法建设 "{{id}}":{{reason}}', en: 'cannot build "{{id}}": {{reason}}' },
  closureHeading: { zh: '关停「{{name}}」的直接后果:', en: 'What closing {{name}} does at once:' },
  closureUnmet: {
    zh: '  ▲ $t(glossary:unmetDemand):{{material}} {{amount}},{{who}}失去供应,且无法从园区外购入',
    en: '  ▲ $t(glossary:unmetDemand): {{amount}} of {{material}} — {{who}} lose supply that cannot be bought from outside',
  },
  closureStranded: {
    zh: '  ▲ 失去去向:{{who}}的{{material}} {{amount}}在园区内再无去处,只能外送或排放',
    en: '  ▲ no outlet: {{amount}} of {{material}} from {{who}} has nowhere left in the park',
  },
  closureSummary: {
    zh: '  · {{chains}} 条产业链$t(glossary:brokenLink);{{dependants}} 家企业失去唯一的园区内供应或去向;{{bought}} 项供应改为$t(glossary:boughtIn),共 {{mass}} 物料改为$t(glossary:boughtIn)或外送。',
    en: '  · {{chains}} chain(s) broken; {{dependants}} enterprise(s) lose their only internal supplier or outlet; {{bought}} supplies now $t(glossary:boughtIn); {{mass}} in all $t(glossary:boughtIn) or sent out instead.',
  },
  // summary (commands/summary.ts)
  summaryScopeInternal: { zh: '园区内交换', en: 'internal exchange' },
  summaryScopeImports: { zh: '$t(glossary:boughtIn)输入', en: 'imports' },
  summaryScopeSales: { zh: '$t(glossary:soldOut)', en: 'sales out' },
  summaryScopeDisposal: { zh: '$t(glossary:disposal)', en: '$t(glossary:disposal)' },
  summaryColumnFlows: { zh: '流数', en: 'flows' },
  summaryColumnMass: { zh: '质量 t/a', en: 'mass t/a' },
  summaryColumnVolume: { zh: '体积 m³/a', en: 'volume m³/a' },
  summaryColumnEnergy: { zh: '能量 GJ/a', en: 'energy GJ/a' },
  summaryColumnEnterprises: { zh: '企业数', en: 'enterprises' },
  summaryColumnOut: { zh: '输出', en: 'out' },
  summaryColumnIn: { zh: '输入', en: 'in' },
  summaryColumnCluster: { zh: '集群', en: 'cluster' },
  summaryColumnCategory: { zh: '物料类别', en: 'category' },
  summaryColumnScope: { zh: '去向', en: 'scope' },
  summaryColumnStatus: { zh: '状态', en: 'status' },
  summaryCounts: {
    zh: '{{clusters}} 个集群,{{enterprises}} 家企业,{{materials}} 种物料,{{flows}} 条物质流,{{chains}} 条产业链',
    en: '{{clusters}} clusters, {{enterprises}} enterprises, {{materials}} materials, {{flows}} flows, {{chains}} chains',
  },
  // convert and template (commands/convert.ts)
  convertConverted: { zh: '✓ 已转换 {{from}} → {{to}}', en: '✓ converted {{from}} → {{to}}' },
  convertContents: {
    zh: '  {{enterprises}} 家企业,{{materials}} 种物料,{{flows}} 条物质流,{{chains}} 条产业链',
    en: '  {{enterprises}} enterprises, {{materials}} materials, {{flows}} flows, {{chains}} chains',
  },
  convertInvalid: {
    zh: '✗ {{file}} 有 {{n}} 个错误,未写出任何文件',
    en: '✗ {{file}} has {{n}} error(s); nothing was written',
  },
  convertWarnings: { zh: '{{n}} 个警告:', en: '{{n}} warning(s):' },
  convertUnknownFormat: {
    zh: '无法从 {{file}} 判断格式:请使用 .json、.xlsx、.gexf、.graphml、.csv,或以 / 结尾的目录',
    en: 'cannot tell the format of {{file}}: use .json, .xlsx, .gexf, .graphml, .csv, or a directory ending in /',
  },
  convertMissingOutput: { zh: 'convert 需要输入和输出两个路径', en: 'convert needs an input and an output path' },
  convertTemplateOnlyXlsx: { zh: '模板只能写成 .xlsx 文件', en: 'the template can only be written as an .xlsx file' },
  convertTemplateWritten: { zh: '✓ 已写出模板 {{file}}', en: '✓ template written to {{file}}' },
  convertWriteFailed: { zh: '✗ 无法写入 {{file}}:{{reason}}', en: '✗ cannot write {{file}}: {{reason}}' },
  // open (commands/open.ts, open/)
  openInvalid: { zh: '✗ {{file}} 有 {{n}} 个错误,未启动服务', en: '✗ {{file}} has {{n}} error(s); nothing is served' },
  openSaveLimits: { zh: '保存到该文件时:', en: 'When saving to this file:' },
  openServing: { zh: '正在提供 {{file}}(按 Ctrl-C 停止):', en: 'Serving {{file}} (Ctrl-C stops):' },
  openSaveHint: {
    zh: '在应用中点“保存到 {{name}}”,可把修改写回该文件。',
    en: 'In the app, “Save to {{name}}” writes your edits back to it.',
  },
  openBrowserOpened: { zh: '已在浏览器中打开。', en: 'Opened in your browser.' },
  openNoDisplay: {
    zh: '没有图形界面,未打开浏览器:请在浏览器中打开上面的地址。',
    en: 'No graphical session, so no browser was opened: open the address above in one.',
  },
  openBrowserFailed: {
    zh: '未能打开浏览器({{command}}:{{detail}}):请在浏览器中打开上面的地址。',
    en: 'Could not open a browser ({{command}}: {{detail}}): open the address above in one.',
  },
  openAppMissing: {
    zh: '✗ 找不到构建好的应用({{dir}} 中没有 index.html):请先在 Symbiograph 的目录中运行 npm run build',
    en: '✗ the app is not built ({{dir}} has no index.html): run npm run build in the Symbiograph folder first',
  },
  openBadPort: {
    zh: '--port 须为 0 到 65535 的整数(0 表示任一空闲端口),得到 "{{port}}"',
    en: '--port must be a whole number from 0 to 65535 (0: any free port), got "{{port}}"',
  },
  openListenFailed: {
    zh: '✗ 无法在 127.0.0.1:{{port}} 上提供服务:{{reason}}',
    en: '✗ cannot serve on 127.0.0.1:{{port}}: {{reason}}',
  },
  openPortInUse: {
    zh: '✗ 端口 {{port}} 已被占用:请换一个 --port,或不指定(任一空闲端口)',
    en: '✗ port {{port}} is in use: choose another --port, or leave it out (any free port)',
  },
  openSaved: { zh: '{{time}} ✓ 已保存到 {{file}}', en: '{{time}} ✓ saved to {{file}}' },
  openSaveConflict: {
    zh: '{{time}} ✗ {{file}} 在打开后已被其他程序修改:未覆盖',
    en: '{{time}} ✗ {{file}} changed on disk since it was opened: not overwritten',
  },
  openSaveInvalid: {
    zh: '{{time}} ✗ 应用发来的模型有 {{n}} 个错误:未保存',
    en: '{{time}} ✗ the model the app sent has {{n}} error(s): not saved',
  },
  openSaveFailed: { zh: '{{time}} ✗ 无法写入 {{file}}:{{reason}}', en: '{{time}} ✗ cannot write {{file}}: {{reason}}' },
  openStopped: { zh: '已停止。', en: 'Stopped.' },
  // serve, user (commands/serve.ts, commands/user.ts, serverDatabase.ts)
  serveBothDatabases: {
    zh: '--data 与环境变量 DATABASE_URL 只能选一个:前者是内嵌数据库的目录,后者是 PostgreSQL 服务器',
    en: 'choose --data or DATABASE_URL, not both: the first is the embedded database’s directory, the second a PostgreSQL server',
  },
  serveCreatingDatabase: {
    zh: '正在 {{dir}} 中创建数据库(首次启动,需要几秒钟)…',
    en: 'Creating the database in {{dir}} (the first start takes a few seconds)…',
  },
  serveBusy: {
    zh: '✗ 数据目录 {{dir}} 正被进程 {{pid}} 使用(symbiograph serve 或 user):内嵌数据库一次只能由一个进程打开,请先停止它。若确认该进程已不存在,可删除 {{lock}}',
    en: '✗ the data directory {{dir}} is in use by process {{pid}} (symbiograph serve or user): the embedded database is opened by one process at a time, so stop that one first. If it is surely gone, delete {{lock}}',
  },
  serveDatabaseTooNew: {
    zh: '✗ 该数据库由更新版本的 Symbiograph 写入(架构版本 {{versions}}):请升级 Symbiograph',
    en: '✗ a newer Symbiograph has written this database (schema versions {{versions}}): upgrade Symbiograph',
  },
  serveDatabaseFailed: { zh: '✗ 无法打开数据库:{{reason}}', en: '✗ cannot open the database: {{reason}}' },
  serveBadMaxBody: {
    zh: '--max-body 须为正数(单位 MB),得到 "{{value}}"',
    en: '--max-body must be a positive number of megabytes, got "{{value}}"',
  },
  serveListenFailed: {
    zh: '✗ 无法在 {{address}} 上提供服务:{{reason}}',
    en: '✗ cannot serve on {{address}}: {{reason}}',
  },
  serveListening: {
    zh: 'Symbiograph 团队服务器:{{url}}(按 Ctrl-C 停止)',
    en: 'Symbiograph team server at {{url}} (Ctrl-C stops)',
  },
  serveDatabasePglite: { zh: '  数据库:内嵌 PGlite,位于 {{dir}}', en: '  database: embedded PGlite in {{dir}}' },
  serveDatabasePostgres: { zh: '  数据库:PostgreSQL,{{where}}', en: '  database: PostgreSQL at {{where}}' },
  serveApi: { zh: '  接口说明:{{url}}/api/openapi.json', en: '  the API: {{url}}/api/openapi.json' },
  serveNoApp: {
    zh: '  应用未构建({{dir}} 中没有 index.html):只提供接口。在 Symbiograph 的目录中运行 npm run build 后重启即可',
    en: '  the app is not built ({{dir}} has no index.html): serving the API only. Run npm run build in the Symbiograph folder and restart',
  },
  serveLocalOnly: {
    zh: '  只有本机可以访问;要让团队访问,请用 --host 0.0.0.0(最好放在 HTTPS 反向代理之后)',
    en: '  only this machine can reach it; for your team, use --host 0.0.0.0 (best behind an HTTPS reverse proxy)',
  },
  serveNoAccounts: {
    zh: '  还没有账户:用 symbiograph user add 名称 添加(密码从标准输入读取,数据库选项同上)',
    en: '  no accounts yet: add one with symbiograph user add NAME (the password is read from standard input; the same database options)',
  },
  userUsage: {
    zh: '用法:symbiograph user add 名称(密码从标准输入读取)| symbiograph user list;可加 --data 目录,或设置 DATABASE_URL',
    en: 'usage: symbiograph user add NAME (the password from standard input) | symbiograph user list; with --data DIR, or DATABASE_URL set',
  },
  userPasswordPrompt: { zh: '{{name}} 的密码:', en: 'Password for {{name}}: ' },
  userAdded: { zh: '✓ 已添加账户 {{name}}', en: '✓ account {{name}} added' },
  userTaken: { zh: '✗ 已有名为 {{name}} 的账户', en: '✗ there is already an account named {{name}}' },
  userBadName: {
    zh: '✗ 账户名须为 1 到 64 个字符,不含控制字符,首尾不能有空格',
    en: '✗ an account name is 1 to 64 characters, without control characters or spaces at either end',
  },
  userShortPassword: {
    zh: '✗ 密码至少要 {{n}} 个字符(从标准输入读取,例如 printf %s "$PASSWORD" | symbiograph user add 名称)',
    en: '✗ a password has {{n}} characters at least (read from standard input, e.g. printf %s "$PASSWORD" | symbiograph user add NAME)',
  },
  userNone: { zh: '还没有账户。', en: 'No accounts yet.' },
  userColumnName: { zh: '账户', en: 'account' },
  userColumnCreated: { zh: '创建于', en: 'created' },
  userColumnParks: { zh: '园区', en: 'parks' },
  // push, pull (commands/push.ts, commands/pull.ts, serverClient.ts)
  remoteNoServer: {
    zh: '✗ 请用 --server URL(或环境变量 SYMBIOGRAPH_SERVER)指定服务器',
    en: '✗ name the server with --server URL (or the environment variable SYMBIOGRAPH_SERVER)',
  },
  remoteNoToken: {
    zh: '✗ 需要令牌:--token 令牌,或环境变量 SYMBIOGRAPH_TOKEN;令牌由 POST {{server}}/api/tokens 以用户名和密码获取(见 README“团队服务器”)',
    en: '✗ a token is needed: --token TOKEN, or the environment variable SYMBIOGRAPH_TOKEN; get one with POST {{server}}/api/tokens and your name and password (README, "Team server")',
  },
  remoteBadRevision: {
    zh: '--revision 须为正整数,得到 "{{value}}"',
    en: '--revision must be a positive whole number, got "{{value}}"',
  },
  remoteUnreachable: { zh: '✗ 无法连接 {{server}}:{{reason}}', en: '✗ cannot reach {{server}}: {{reason}}' },
  remoteRefused: {
    zh: '✗ 服务器拒绝了请求(HTTP {{status}}):{{message}}',
    en: '✗ the server refused (HTTP {{status}}): {{message}}',
  },
  remoteUnexpected: {
    zh: '✗ 无法识别服务器的回答(HTTP {{status}}):{{server}} 是 Symbiograph 团队服务器吗?',
    en: '✗ the answer makes no sense (HTTP {{status}}): is {{server}} a Symbiograph team server?',
  },
  pushNeedsPark: {
    zh: '--revision 只能与 --park 一起使用(指明新版本所基于的版本)',
    en: '--revision goes with --park (the revision the new version starts from)',
  },
  pushInvalid: { zh: '✗ {{file}} 有 {{n}} 个错误,未发送', en: '✗ {{file}} has {{n}} error(s); nothing was sent' },
  pushCreated: {
    zh: '✓ 已将 {{file}} 存为新园区 {{id}} 的第 1 版:{{server}}',
    en: '✓ {{file}} stored as revision 1 of the new park {{id}} on {{server}}',
  },
  pushSaved: {
    zh: '✓ 已将 {{file}} 存为园区 {{id}} 的第 {{revision}} 版',
    en: '✓ {{file}} saved as revision {{revision}} of park {{id}}',
  },
  pullMissingOutput: {
    zh: 'pull 需要 -o 文件(其扩展名决定格式)',
    en: 'pull needs -o FILE (its extension chooses the format)',
  },
  pullWritten: {
    zh: '✓ 已将园区 {{id}} 的第 {{revision}} 版写入 {{file}}',
    en: '✓ revision {{revision}} of park {{id}} written to {{file}}',
  },
} as const satisfies Record<string, BilingualMessage>;
