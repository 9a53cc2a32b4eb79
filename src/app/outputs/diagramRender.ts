/**
 * Core's chain diagrams and sankeys for the app, loaded with a dynamic
 * `import()` so ELK and d3-sankey stay out of the main bundle. Core selects,
 * lays out and draws; this only passes the app's choices through and words
 * an unknown id in the UI's language.
 */
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import { layoutDiagram } from '../../core/diagram/layeredLayout.ts';
import { renderChainSvg } from '../../core/diagram/chainSvg.ts';
import { selectDiagram } from '../../core/diagram/selectDiagram.ts';
import { buildSankeyData, layoutSankey, type SankeyOptions } from '../../core/diagram/sankey.ts';
import { renderSankeySvg } from '../../core/diagram/sankeySvg.ts';
import type { Language, ParkModel } from '../../core/model/types.ts';
import { diagramRequest, type DiagramForm } from './diagramState.ts';

export type RenderedSvg =
  | { readonly ok: true; readonly svg: string; readonly title: string }
  | { readonly ok: false; readonly message: string };

export async function renderDiagram(
  model: ParkModel,
  form: DiagramForm,
  language: Language,
  catalogue: TechnologyCatalogue | undefined,
  date: string,
): Promise<RenderedSvg> {
  const request = diagramRequest(form, language, catalogue);
  if (!request) return { ok: false, message: '' };
  const selection = selectDiagram(model, request.target, request.options);
  if (!selection.ok) return { ok: false, message: selection.problem.message[language] };
  const layout = await layoutDiagram(selection.diagram);
  return { ok: true, svg: renderChainSvg(layout, { date }), title: selection.diagram.title };
}

export function renderSankey(model: ParkModel, options: SankeyOptions, date: string): RenderedSvg {
  const data = buildSankeyData(model, options);
  return { ok: true, svg: renderSankeySvg(layoutSankey(data), { date }), title: data.title };
}
