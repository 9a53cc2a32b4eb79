/**
 * The command line's own words and sentences (namespace `cli`), in both
 * languages; problem messages come bilingual from core. Placeholders are
 * i18next's `{{name}}`. Here: validation's verdicts, the examples, and what
 * the arguments and the files read are refused for; the help text, the text
 * reports' words and the commands' own are in cliUsage.ts, cliReports.ts and
 * cliCommands.ts.
 */
import type { BilingualMessage } from '../language.ts';
import { CLI_COMMAND_MESSAGES } from './cliCommands.ts';
import { CLI_REPORT_MESSAGES } from './cliReports.ts';
import { CLI_USAGE_MESSAGES } from './cliUsage.ts';

export const CLI_MESSAGES = {
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
  ...CLI_USAGE_MESSAGES,
  ...CLI_REPORT_MESSAGES,
  ...CLI_COMMAND_MESSAGES,
} as const satisfies Record<string, BilingualMessage>;
