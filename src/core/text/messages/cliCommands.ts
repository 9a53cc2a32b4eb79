/**
 * Namespace `cli`, part 4: what the commands say as they work (report, whatif, summary, convert, template, open,
 * serve, user, push, pull), grouped by the command. Merged into CLI_MESSAGES (cli.ts).
 */
import type { BilingualMessage } from '../language.ts';

export const CLI_COMMAND_MESSAGES = {
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
