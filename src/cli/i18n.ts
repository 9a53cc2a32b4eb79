/** The CLI's own strings, in both languages. Problem messages come bilingual from core. */
import type { Language } from '../core/model/types.ts';

const STRINGS = {
  usage: {
    zh: `用法: symbiograph <命令> [选项]

命令:
  validate FILE        校验园区模型(.json)或物质流清单(.csv);有效时退出码为 0,否则列出全部问题并返回 1
  summary FILE         园区概况:数量统计,以及按集群和物料类别汇总的流量

选项:
  --lang zh|en         输出语言(默认 zh)
  --json               以 JSON 输出(summary)
  -h, --help           显示帮助`,
    en: `Usage: symbiograph <command> [options]

Commands:
  validate FILE        check a park model (.json) or an exchange list (.csv); exit 0 when valid, else list every problem and exit 1
  summary FILE         the park at a glance: counts, and flow totals by cluster and material category

Options:
  --lang zh|en         output language (default zh)
  --json               print JSON (summary)
  -h, --help           show this help`,
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
  badLanguage: { zh: '--lang 只能是 zh 或 en', en: '--lang must be zh or en' },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof STRINGS;

export function t(language: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  return STRINGS[key][language].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
