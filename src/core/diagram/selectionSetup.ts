/** What every diagram selection starts from: the options, the project overlay and the analysis context. */
import { createAnalysisContext, type AnalysisContext } from '../analysis/context.ts';
import type { TechnologyCatalogue } from '../catalogue/schema.ts';
import { problem, quote, type Problem } from '../model/problems.ts';
import type { Language, ParkModel } from '../model/types.ts';
import { DiagramBuilder } from './diagramBuilder.ts';
import { bilingual, message } from '../text/message.ts';
import { describeOverlay, overlayProject, type ProjectOverlay } from './projectOverlay.ts';
import type { Diagram } from './types.ts';

export interface SelectionOptions {
  /** Language of every label (default zh). */
  readonly language?: Language;
  /** Needed with `project`. */
  readonly catalogue?: TechnologyCatalogue;
  /** A catalogue technology id to overlay as a gap-filling proposal (drawn dashed). */
  readonly project?: string;
}

/** Errors the user can cause (an unknown id) are values, like validation problems. */
export type DiagramSelection = { ok: true; diagram: Diagram } | { ok: false; problem: Problem };

export interface SelectionSetup {
  readonly context: AnalysisContext;
  readonly builder: DiagramBuilder;
  readonly language: Language;
  readonly overlay?: ProjectOverlay;
  /** Notes every selection carries (the proposal). */
  readonly notes: readonly string[];
}

export function setUpSelection(
  model: ParkModel,
  options: SelectionOptions,
): { ok: true; setup: SelectionSetup } | { ok: false; problem: Problem } {
  const language = options.language ?? 'zh';
  let overlay: ProjectOverlay | undefined;
  if (options.project !== undefined) {
    const result = overlayProject(model, options.catalogue, options.project);
    if (!result.ok) return result;
    overlay = result.overlay;
  }
  const context = createAnalysisContext(overlay?.model ?? model);
  const notes = overlay ? [message(language, 'diagram:noteProposal', describeOverlay(overlay, language))] : [];
  return {
    ok: true,
    setup: {
      context,
      builder: new DiagramBuilder(context, language, overlay?.enterprise),
      language,
      ...(overlay ? { overlay } : {}),
      notes,
    },
  };
}

export function unknownId(kind: 'chain' | 'material' | 'enterprise', id: string, known: readonly string[]): Problem {
  const list = known.slice(0, 20).join(', ') + (known.length > 20 ? ', …' : '');
  return problem('error', `unknown-${kind}`, [], bilingual(`diagram:unknown_${kind}`, { id: quote(id), known: list }));
}
