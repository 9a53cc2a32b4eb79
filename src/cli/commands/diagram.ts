/**
 * `symbiograph diagram`: a chain, material or enterprise diagram, or a
 * sankey, as SVG, PNG or PDF. Core selects, lays out and draws; this file
 * reads the files, finds the CJK font and writes the result.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { composeChainDrawing } from '../../core/diagram/chainDrawing.ts';
import type { Drawing } from '../../core/diagram/drawing.ts';
import { drawingToPdf } from '../../core/diagram/drawingPdf.ts';
import { drawingToSvg } from '../../core/diagram/drawingSvg.ts';
import { layoutDiagram } from '../../core/diagram/layeredLayout.ts';
import { buildSankeyData, layoutSankey } from '../../core/diagram/sankey.ts';
import { composeSankeyDrawing } from '../../core/diagram/sankeySvg.ts';
import { selectDiagram } from '../../core/diagram/selectDiagram.ts';
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import { formatProblem, type Problem } from '../../core/model/problems.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { t } from '../i18n.ts';
import { loadCatalogueFile } from '../loadCatalogue.ts';
import { loadModelFile } from '../loadModel.ts';
import { asOfLabel } from '../../core/model/asOfYear.ts';
import { parkAsOf } from '../asOf.ts';
import type { Output } from '../output.ts';
import { CjkFontNotFoundError, findCjkFont } from '../render/findCjkFont.ts';
import { svgToPng } from '../render/svgToPng.ts';
import { parseDiagramArgs, type DiagramArgs } from './diagramArgs.ts';

export async function diagramCommand(argv: readonly string[], out: Output): Promise<number> {
  const parsed = parseDiagramArgs(argv);
  if (!parsed.ok) {
    if (parsed.help) {
      out.stdout(t(parsed.language, 'usage'));
      return 0;
    }
    out.stderr(parsed.error[parsed.language]);
    out.stderr(t(parsed.language, 'usage'));
    return 2;
  }
  const args = parsed.args;
  const report = (problems: readonly Problem[]) => {
    for (const p of problems) out.stderr(formatProblem(p, args.language));
    return 1;
  };
  const loaded = await loadModelFile(args.file, { alias: args.alias });
  if (!loaded.ok) return report(loaded.errors);
  let catalogue: TechnologyCatalogue | undefined;
  if (args.project !== undefined) {
    const read = await loadCatalogueFile(args.catalogue);
    if (!read.ok) return report(read.errors);
    catalogue = read.catalogue;
  }
  // As of a year: the park as it stood then, and the title says so.
  const asOf = args.asOf === undefined ? undefined : parkAsOf(loaded.model, args.asOf, args.language);
  if (asOf) for (const note of asOf.notes) out.stderr(t(args.language, 'notePrefix', { note }));
  const drawn = await drawDiagram(asOf?.model ?? loaded.model, args, catalogue);
  if (!drawn.ok) return report([drawn.problem]);
  let bytes: Uint8Array;
  try {
    bytes = await encode(drawn.drawing, args);
  } catch (error) {
    // The font: none installed, or the one named by SYMBIOGRAPH_CJK_FONT unreadable.
    if (!(error instanceof CjkFontNotFoundError)) throw error;
    out.stderr(t(args.language, 'noCjkFont', { reason: error.message }));
    return 1;
  }
  if (args.output === undefined) {
    out.stdout(new TextDecoder().decode(bytes).trimEnd());
    return 0;
  }
  try {
    await writeFile(args.output, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    out.stderr(t(args.language, 'cannotWrite', { file: args.output, code }));
    return 1;
  }
  const size =
    args.format === 'pdf'
      ? args.page.toUpperCase()
      : `${Math.round(drawn.drawing.width * (args.format === 'png' ? args.scale : 1))}×${Math.round(drawn.drawing.height * (args.format === 'png' ? args.scale : 1))}`;
  out.stdout(t(args.language, 'wroteDrawing', { file: args.output, format: args.format.toUpperCase(), size }));
  return 0;
}

async function drawDiagram(
  model: ParkModel,
  args: DiagramArgs,
  catalogue: TechnologyCatalogue | undefined,
): Promise<{ ok: true; drawing: Drawing } | { ok: false; problem: Problem }> {
  const titled = (title: string) =>
    args.asOf === undefined
      ? title
      : t(args.language, 'titleAsOf', { title, asOf: asOfLabel(args.asOf, args.language) });
  if (args.sankey) {
    const data = buildSankeyData(model, { language: args.language, ...args.sankey });
    return {
      ok: true,
      drawing: composeSankeyDrawing(layoutSankey({ ...data, title: titled(data.title) }), { date: args.date }),
    };
  }
  const selection = selectDiagram(model, args.target!, {
    language: args.language,
    ...(catalogue ? { catalogue } : {}),
    ...(args.project !== undefined ? { project: args.project } : {}),
    ...(args.depth !== undefined ? { depth: args.depth } : {}),
  });
  if (!selection.ok) return selection;
  const layout = await layoutDiagram({ ...selection.diagram, title: titled(selection.diagram.title) });
  return { ok: true, drawing: composeChainDrawing(layout, { date: args.date }) };
}

async function encode(drawing: Drawing, args: DiagramArgs): Promise<Uint8Array> {
  switch (args.format) {
    case 'svg':
      return new TextEncoder().encode(drawingToSvg(drawing));
    case 'png':
      return svgToPng(drawingToSvg(drawing), args.scale, await findCjkFont());
    case 'pdf': {
      const font = await findCjkFont();
      const bytes = new Uint8Array(await readFile(font.path));
      return drawingToPdf(drawing, {
        font: { bytes, ...(font.postscriptName ? { postscriptName: font.postscriptName } : {}) },
        page: args.page,
      });
    }
  }
}
