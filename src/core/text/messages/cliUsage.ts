/** Namespace `cli`, part 2: the help text (`symbiograph --help`). Merged into CLI_MESSAGES (cli.ts). */
import type { BilingualMessage } from '../language.ts';

export const CLI_USAGE_MESSAGES = {
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
} as const satisfies Record<string, BilingualMessage>;
