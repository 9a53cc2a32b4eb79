/**
 * The `diagram` command's arguments: parsed and checked here, so that
 * every wrong usage is reported (exit 2) before any file is read.
 */
import { parseArgs } from 'node:util';
import { extname } from 'node:path';
import type { DiagramTarget } from '../../core/diagram/selectDiagram.ts';
import type { PageSize } from '../../core/diagram/drawingPdf.ts';
import type { SankeyGrouping } from '../../core/diagram/sankey.ts';
import { parseAsOfYear } from '../../core/model/asOfYear.ts';
import { MATERIAL_CATEGORIES } from '../../core/model/schema.ts';
import type { Language, MaterialCategory } from '../../core/model/types.ts';
import { PNG_SCALES, type PngScale } from '../render/svgToPng.ts';

export type DiagramFormat = 'svg' | 'png' | 'pdf';

export interface DiagramArgs {
  readonly file: string;
  readonly language: Language;
  /** A chain, material or enterprise diagram; absent for a sankey. */
  readonly target?: DiagramTarget;
  readonly depth?: number;
  readonly project?: string;
  readonly catalogue?: string;
  readonly sankey?: { readonly by: SankeyGrouping; readonly categories?: readonly MaterialCategory[] };
  readonly format: DiagramFormat;
  readonly scale: PngScale;
  readonly page: PageSize;
  /** Absent: SVG goes to standard output. */
  readonly output?: string;
  readonly date: string;
  /** Draw the park as it stood in this year (`--as-of`). */
  readonly asOf?: number;
  /** `--alias`: an alias table for a .csv exchange list. */
  readonly alias?: string;
}

export type ParsedDiagramArgs =
  | { readonly ok: true; readonly args: DiagramArgs }
  | { readonly ok: false; readonly help: true; readonly language: Language }
  | {
      readonly ok: false;
      readonly help: false;
      readonly language: Language;
      readonly error: { zh: string; en: string };
    };

export function parseDiagramArgs(argv: readonly string[]): ParsedDiagramArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        chain: { type: 'string' },
        material: { type: 'string' },
        enterprise: { type: 'string' },
        depth: { type: 'string' },
        project: { type: 'string' },
        catalogue: { type: 'string' },
        sankey: { type: 'boolean', default: false },
        by: { type: 'string' },
        category: { type: 'string', multiple: true },
        format: { type: 'string' },
        scale: { type: 'string' },
        page: { type: 'string' },
        output: { type: 'string', short: 'o' },
        lang: { type: 'string', default: 'zh' },
        date: { type: 'string' },
        'as-of': { type: 'string' },
        alias: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return usage('zh', { zh: message, en: message });
  }
  const { values, positionals } = parsed;
  if (values.lang !== 'zh' && values.lang !== 'en')
    return usage('en', { zh: '--lang 只能是 zh 或 en', en: '--lang must be zh or en' });
  const language: Language = values.lang;
  const fail = (zh: string, en: string) => usage(language, { zh, en });
  if (values.help) return { ok: false, help: true, language };

  const [file, extra] = positionals;
  if (file === undefined) return fail('缺少文件参数', 'missing FILE argument');
  if (extra !== undefined) return fail(`多余的参数 "${extra}"`, `unexpected argument "${extra}"`);

  const targets = (['chain', 'material', 'enterprise'] as const).filter((k) => values[k] !== undefined);
  if (values.sankey && targets.length > 0)
    return fail(
      '--sankey 不能与 --chain/--material/--enterprise 同时使用',
      '--sankey cannot be combined with --chain, --material or --enterprise',
    );
  if (!values.sankey && targets.length !== 1)
    return fail(
      '请指定 --chain ID、--material ID、--enterprise ID 之一,或 --sankey',
      'give exactly one of --chain ID, --material ID, --enterprise ID, or --sankey',
    );
  if (!values.sankey && (values.by !== undefined || values.category !== undefined))
    return fail('--by 和 --category 只用于 --sankey', '--by and --category go with --sankey only');
  if (values.depth !== undefined && targets[0] !== 'material' && targets[0] !== 'enterprise')
    return fail('--depth 只用于 --material 或 --enterprise', '--depth goes with --material or --enterprise only');
  if (values.project !== undefined && values.sankey)
    return fail('--project 不用于 --sankey', '--project does not go with --sankey');

  const depth = values.depth === undefined ? undefined : Number(values.depth);
  if (depth !== undefined && !(Number.isInteger(depth) && depth >= 1))
    return fail(
      `--depth 须为正整数(得到 "${values.depth}")`,
      `--depth must be a whole number ≥ 1 (got "${values.depth}")`,
    );

  const by = values.by ?? 'enterprise';
  if (by !== 'enterprise' && by !== 'cluster')
    return fail('--by 只能是 cluster 或 enterprise', '--by must be cluster or enterprise');
  const categories = (values.category ?? [])
    .flatMap((c) => c.split(','))
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const unknownCategory = categories.find((c) => !(MATERIAL_CATEGORIES as readonly string[]).includes(c));
  if (unknownCategory !== undefined)
    return fail(
      `未知物料类别 "${unknownCategory}";可用:${MATERIAL_CATEGORIES.join(', ')}`,
      `unknown category "${unknownCategory}"; known: ${MATERIAL_CATEGORIES.join(', ')}`,
    );

  const fromExtension = values.output ? extname(values.output).slice(1).toLowerCase() : '';
  const format = values.format ?? (['svg', 'png', 'pdf'].includes(fromExtension) ? fromExtension : 'svg');
  if (format !== 'svg' && format !== 'png' && format !== 'pdf')
    return fail('--format 只能是 svg、png 或 pdf', '--format must be svg, png or pdf');
  if (format !== 'svg' && values.output === undefined)
    return fail(
      `${format.toUpperCase()} 需要用 -o 指定输出文件`,
      `${format.toUpperCase()} needs an output file (-o OUT)`,
    );
  const scale = Number(values.scale ?? '1');
  if (!(PNG_SCALES as readonly number[]).includes(scale))
    return fail('--scale 只能是 1、2 或 4', '--scale must be 1, 2 or 4');
  const page = (values.page ?? 'a4').toLowerCase();
  if (page !== 'a4' && page !== 'a3') return fail('--page 只能是 a4 或 a3', '--page must be a4 or a3');
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return fail('--date 格式为 YYYY-MM-DD', '--date must look like YYYY-MM-DD');
  const asOf = values['as-of'] === undefined ? undefined : parseAsOfYear(values['as-of']);
  if (asOf && !asOf.ok) return usage(language, asOf.message);

  const kind = targets[0];
  return {
    ok: true,
    args: {
      file,
      language,
      ...(kind ? { target: { kind, id: values[kind]! } } : {}),
      ...(depth !== undefined ? { depth } : {}),
      ...(values.project !== undefined ? { project: values.project } : {}),
      ...(values.catalogue !== undefined ? { catalogue: values.catalogue } : {}),
      ...(values.sankey
        ? { sankey: { by, ...(categories.length > 0 ? { categories: categories as MaterialCategory[] } : {}) } }
        : {}),
      format,
      scale: scale as PngScale,
      page,
      ...(values.output !== undefined ? { output: values.output } : {}),
      date,
      ...(asOf?.ok ? { asOf: asOf.year } : {}),
      ...(values.alias !== undefined ? { alias: values.alias } : {}),
    },
  };
}

function usage(language: Language, error: { zh: string; en: string }): ParsedDiagramArgs {
  return { ok: false, help: false, language, error };
}
