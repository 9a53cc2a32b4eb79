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
import type { BilingualMessage } from '../../core/model/problems.ts';
import { MATERIAL_CATEGORIES } from '../../core/model/schema.ts';
import type { Language, MaterialCategory } from '../../core/model/types.ts';
import { bilingual, type MessageKey, type MessageParams } from '../../core/text/message.ts';
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
      readonly error: BilingualMessage;
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
    return usage(
      'zh',
      bilingual('cli:argumentError', { reason: error instanceof Error ? error.message : String(error) }),
    );
  }
  const { values, positionals } = parsed;
  if (values.lang !== 'zh' && values.lang !== 'en') return usage('en', bilingual('cli:badLanguage'));
  const language: Language = values.lang;
  const fail = (key: MessageKey, params?: MessageParams) => usage(language, bilingual(key, params));
  if (values.help) return { ok: false, help: true, language };

  const [file, extra] = positionals;
  if (file === undefined) return fail('cli:missingFile');
  if (extra !== undefined) return fail('cli:unexpectedArgument', { argument: extra });

  const targets = (['chain', 'material', 'enterprise'] as const).filter((k) => values[k] !== undefined);
  if (values.sankey && targets.length > 0) return fail('cli:sankeyWithTarget');
  if (!values.sankey && targets.length !== 1) return fail('cli:oneDiagramTarget');
  if (!values.sankey && (values.by !== undefined || values.category !== undefined))
    return fail('cli:sankeyOnlyOptions');
  if (values.depth !== undefined && targets[0] !== 'material' && targets[0] !== 'enterprise')
    return fail('cli:depthOnlyNeighbourhood');
  if (values.project !== undefined && values.sankey) return fail('cli:projectNotSankey');

  const depth = values.depth === undefined ? undefined : Number(values.depth);
  if (depth !== undefined && !(Number.isInteger(depth) && depth >= 1))
    return fail('cli:badDepth', { depth: values.depth ?? '' });

  const by = values.by ?? 'enterprise';
  if (by !== 'enterprise' && by !== 'cluster') return fail('cli:badBy');
  const categories = (values.category ?? [])
    .flatMap((c) => c.split(','))
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const unknownCategory = categories.find((c) => !(MATERIAL_CATEGORIES as readonly string[]).includes(c));
  if (unknownCategory !== undefined)
    return fail('cli:unknownCategory', { category: unknownCategory, known: MATERIAL_CATEGORIES.join(', ') });

  const fromExtension = values.output ? extname(values.output).slice(1).toLowerCase() : '';
  const format = values.format ?? (['svg', 'png', 'pdf'].includes(fromExtension) ? fromExtension : 'svg');
  if (format !== 'svg' && format !== 'png' && format !== 'pdf') return fail('cli:badDiagramFormat');
  if (format !== 'svg' && values.output === undefined)
    return fail('cli:formatNeedsOutput', { format: format.toUpperCase() });
  const scale = Number(values.scale ?? '1');
  if (!(PNG_SCALES as readonly number[]).includes(scale)) return fail('cli:badScale');
  const page = (values.page ?? 'a4').toLowerCase();
  if (page !== 'a4' && page !== 'a3') return fail('cli:badPage');
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return fail('cli:badDate');
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

function usage(language: Language, error: BilingualMessage): ParsedDiagramArgs {
  return { ok: false, help: false, language, error };
}
