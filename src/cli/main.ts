/**
 * The command line: argument parsing and printing only; all work is in core.
 * Exit codes: 0 success, 1 the file has problems, 2 wrong usage.
 */
import { parseArgs } from 'node:util';
import type { Language } from '../core/model/types.ts';
import { summaryCommand } from './commands/summary.ts';
import { validateCommand } from './commands/validate.ts';
import { t } from './i18n.ts';
import { processOutput, type Output } from './output.ts';

export async function runCli(argv: readonly string[], out: Output = processOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        lang: { type: 'string', default: 'zh' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    out.stderr(error instanceof Error ? error.message : String(error));
    out.stderr(t('en', 'usage'));
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.lang !== 'zh' && values.lang !== 'en') {
    out.stderr(t('en', 'badLanguage'));
    return 2;
  }
  const language: Language = values.lang;
  const [command, file] = positionals;
  if (values.help || command === undefined || command === 'help') {
    out.stdout(t(language, 'usage'));
    return command === undefined && !values.help ? 2 : 0;
  }
  if (command !== 'validate' && command !== 'summary') {
    out.stderr(t(language, 'unknownCommand', { command }));
    out.stderr(t(language, 'usage'));
    return 2;
  }
  if (file === undefined) {
    out.stderr(t(language, 'missingFile'));
    return 2;
  }
  return command === 'validate'
    ? validateCommand(file, language, out)
    : summaryCommand(file, language, values.json, out);
}
