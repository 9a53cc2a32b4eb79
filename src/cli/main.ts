/**
 * The command line: argument parsing and printing only; all work is in core.
 * Exit codes: 0 success, 1 the file has problems, 2 wrong usage.
 */
import { parseArgs } from 'node:util';
import type { Language } from '../core/model/types.ts';
// Each command is imported when it runs: `--help` or `validate` need not load exceljs, pdf-lib, resvg and elkjs,
// which the report, diagram and convert commands bring in (seconds of start-up on every call otherwise).
import { AS_OF_COMMANDS, readAsOf } from './asOf.ts';
import { t } from './i18n.ts';
import { processOutput, type Output } from './output.ts';

const COMMANDS = [
  'validate',
  'summary',
  'analyze',
  'projects',
  'whatif',
  'diff',
  'evolution',
  'report',
  'convert',
  'template',
  'open',
  'serve',
  'user',
  'push',
  'pull',
] as const;
type Command = (typeof COMMANDS)[number];
/** Commands that read one model file and so may merge an exchange list's names with `--alias` (diagram parses its own). */
const ALIAS_COMMANDS: readonly string[] = [
  'validate',
  'summary',
  'analyze',
  'projects',
  'whatif',
  'evolution',
  'report',
  'convert',
  'open',
  'push',
];

export async function runCli(argv: readonly string[], out: Output = processOutput): Promise<number> {
  // `diagram` has options of its own (--chain, --scale, --page …): it parses them itself.
  if (argv[0] === 'diagram') return (await import('./commands/diagram.ts')).diagramCommand(argv.slice(1), out);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        lang: { type: 'string', default: 'zh' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        only: { type: 'string' },
        all: { type: 'boolean', default: false },
        top: { type: 'string' },
        catalogue: { type: 'string' },
        betweenness: { type: 'string' },
        close: { type: 'string', multiple: true },
        'remove-flow': { type: 'string', multiple: true },
        build: { type: 'string', multiple: true },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'self-loops': { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        alias: { type: 'string' },
        fields: { type: 'string' },
        port: { type: 'string' },
        'no-browser': { type: 'boolean', default: false },
        data: { type: 'string' },
        host: { type: 'string' },
        'max-body': { type: 'string' },
        server: { type: 'string' },
        token: { type: 'string' },
        park: { type: 'string' },
        revision: { type: 'string' },
        message: { type: 'string' },
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
  const [command, file, second] = positionals;
  if (values.help || command === undefined || command === 'help') {
    out.stdout(t(language, 'usage'));
    return command === undefined && !values.help ? 2 : 0;
  }
  if (command !== 'example' && !(COMMANDS as readonly string[]).includes(command)) {
    out.stderr(t(language, 'unknownCommand', { command }));
    out.stderr(t(language, 'usage'));
    return 2;
  }
  // A command that cannot show the park as of a year refuses the option: ignoring it would pass off the whole park as that year's.
  if (values['as-of'] !== undefined && !(AS_OF_COMMANDS as readonly string[]).includes(command)) {
    out.stderr(t(language, 'asOfNotHere', { command, commands: AS_OF_COMMANDS.join(', ') }));
    return 2;
  }
  if (values.alias !== undefined && !ALIAS_COMMANDS.includes(command)) {
    out.stderr(t(language, 'aliasNotHere', { command, commands: ALIAS_COMMANDS.join(', ') }));
    return 2;
  }
  // The one command whose argument may be left out: without a name it lists the examples.
  if (command === 'example')
    return (await import('./commands/example.ts')).exampleCommand(file, values.output, language, out);
  // The team server's commands: `serve` takes no argument, `user` an action and maybe a name.
  if (command === 'serve')
    return (await import('./commands/serve.ts')).serveCommand(
      {
        language,
        ...(values.data === undefined ? {} : { data: values.data }),
        ...(values.port === undefined ? {} : { port: values.port }),
        ...(values.host === undefined ? {} : { host: values.host }),
        ...(values['max-body'] === undefined ? {} : { maxBody: values['max-body'] }),
      },
      out,
    );
  if (command === 'user')
    return (await import('./commands/user.ts')).userCommand(
      { language, action: file, name: second, ...(values.data === undefined ? {} : { data: values.data }) },
      out,
    );
  if (file === undefined) {
    out.stderr(t(language, 'missingFile'));
    return 2;
  }
  const alias = values.alias === undefined ? {} : { alias: values.alias };
  const asOf = readAsOf(values['as-of'], language, out);
  if (asOf === null) return 2;
  const remote = {
    ...(values.server === undefined ? {} : { server: values.server }),
    ...(values.token === undefined ? {} : { token: values.token }),
    ...(values.revision === undefined ? {} : { revision: values.revision }),
  };
  const analyzeArgs = {
    file,
    language,
    json: values.json,
    all: values.all,
    selfLoops: values['self-loops'],
    ...alias,
    ...(asOf === undefined ? {} : { asOf }),
    ...(values.only === undefined ? {} : { only: values.only }),
    ...(values.catalogue === undefined ? {} : { catalogue: values.catalogue }),
    ...(values.betweenness === undefined ? {} : { betweenness: values.betweenness }),
    ...(values.top === undefined ? {} : { top: values.top }),
    ...(values.fields === undefined ? {} : { fields: values.fields }),
  };
  // serve and user were answered above, before a file was asked for.
  switch (command as Exclude<Command, 'serve' | 'user'>) {
    case 'validate':
      return (await import('./commands/validate.ts')).validateCommand(file, language, out, values.alias);
    case 'summary':
      return (await import('./commands/summary.ts')).summaryCommand(
        file,
        language,
        values.json,
        out,
        asOf,
        values.alias,
      );
    case 'analyze':
      return (await import('./commands/analyze.ts')).analyzeCommand(analyzeArgs, out);
    case 'projects':
      return (await import('./commands/analyze.ts')).analyzeCommand(analyzeArgs, out, true);
    case 'whatif':
      return (await import('./commands/compare.ts')).whatIfCommand(
        {
          file,
          language,
          json: values.json,
          close: values.close ?? [],
          removeFlow: values['remove-flow'] ?? [],
          build: values.build ?? [],
          selfLoops: values['self-loops'],
          ...alias,
          ...(values.catalogue === undefined ? {} : { catalogue: values.catalogue }),
        },
        out,
      );
    case 'diff':
      if (second === undefined) {
        out.stderr(t(language, 'missingSecondFile'));
        return 2;
      }
      return (await import('./commands/compare.ts')).diffCommand(
        file,
        second,
        language,
        values.json,
        out,
        values['self-loops'],
      );
    case 'evolution':
      return (await import('./commands/evolution.ts')).evolutionCommand(
        { file, language, json: values.json, selfLoops: values['self-loops'], ...alias },
        out,
      );
    case 'convert':
      return (await import('./commands/convert.ts')).convertCommand(
        { input: file, output: second, language, ...alias },
        out,
      );
    case 'template':
      return (await import('./commands/convert.ts')).templateCommand(file, language, out);
    case 'open':
      return (await import('./commands/open.ts')).openCommand(
        {
          file,
          language,
          browser: !values['no-browser'],
          ...alias,
          ...(values.port === undefined ? {} : { port: values.port }),
        },
        out,
      );
    case 'push':
      return (await import('./commands/push.ts')).pushCommand(
        {
          file,
          language,
          ...alias,
          ...remote,
          ...(values.park === undefined ? {} : { park: values.park }),
          ...(values.message === undefined ? {} : { message: values.message }),
        },
        out,
      );
    case 'pull':
      return (await import('./commands/pull.ts')).pullCommand(
        { park: file, language, ...remote, ...(values.output === undefined ? {} : { output: values.output }) },
        out,
      );
    case 'report':
      return (await import('./commands/report.ts')).reportCommand(
        {
          file,
          language,
          all: values.all,
          selfLoops: values['self-loops'],
          ...alias,
          ...(asOf === undefined ? {} : { asOf }),
          ...(values.format === undefined ? {} : { format: values.format }),
          ...(values.output === undefined ? {} : { output: values.output }),
          ...(values.catalogue === undefined ? {} : { catalogue: values.catalogue }),
          ...(values.top === undefined ? {} : { top: values.top }),
          ...(values.betweenness === undefined ? {} : { betweenness: values.betweenness }),
        },
        out,
      );
  }
}
