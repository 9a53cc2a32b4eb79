/**
 * A gap-filling project drawn on a diagram: the catalogue technology is
 * sized by the project ranking's own planner and built with the scenario
 * code, so the proposal on the diagram is exactly what `projects` measures.
 */
import { createAnalysisContext } from '../analysis/context.ts';
import { planProject } from '../analysis/projectSizing.ts';
import { formatQuantity } from '../analysis/text.ts';
import type { TechnologyCatalogue } from '../catalogue/schema.ts';
import { localize } from '../model/labels.ts';
import { problem, quote, type Problem } from '../model/problems.ts';
import type { Language, LocalizedText, ParkModel } from '../model/types.ts';
import { applyScenario } from '../scenario/applyScenario.ts';
import type { BilingualMessage } from '../text/language.ts';
import { bilingual, inBothLanguages, message } from '../text/message.ts';

export interface ProjectOverlay {
  /** The park with the project built (status planned, its flows planned). */
  readonly model: ParkModel;
  /** The new enterprise's id. */
  readonly enterprise: string;
  readonly technology: string;
  readonly name: LocalizedText;
  readonly scale: number;
  readonly unit: string;
}

export type ProjectOverlayResult = { ok: true; overlay: ProjectOverlay } | { ok: false; problem: Problem };

export function overlayProject(
  model: ParkModel,
  catalogue: TechnologyCatalogue | undefined,
  technologyId: string,
): ProjectOverlayResult {
  const technology = catalogue?.technologies.find((t) => t.id === technologyId);
  const id = quote(technologyId);
  if (!catalogue || !technology) {
    const known = (catalogue?.technologies ?? []).map((t) => t.id).join(', ');
    return fail(
      'unknown-technology',
      known
        ? bilingual('diagram:unknownTechnologyKnown', { id, known })
        : bilingual('diagram:unknownTechnology', { id }),
    );
  }
  const outcome = planProject(createAnalysisContext(model, { scope: 'with-planned' }), catalogue, technology);
  if (!outcome.ok) {
    const { reason } = outcome;
    return fail(
      'project-not-applicable',
      inBothLanguages((l) => message(l, 'diagram:projectNotApplicable', { id, reason: reason[l] })),
    );
  }
  const plan = outcome.plan;
  const applied = applyScenario(model, plan.changeSet, catalogue);
  if (!applied.ok) {
    const first = applied.errors[0];
    return fail(
      'project-failed',
      inBothLanguages((l) => message(l, 'diagram:projectFailed', { id, reason: first?.message[l] ?? '' })),
    );
  }
  return {
    ok: true,
    overlay: {
      model: applied.model,
      enterprise: plan.enterpriseId,
      technology: technology.id,
      name: technology.name,
      scale: plan.scale,
      unit: plan.unit,
    },
  };
}

export function describeOverlay(overlay: ProjectOverlay, language: Language): { name: string; scale: string } {
  return { name: localize(overlay.name, language), scale: formatQuantity(overlay.scale, overlay.unit, language) };
}

function fail(code: string, text: BilingualMessage): ProjectOverlayResult {
  return { ok: false, problem: problem('error', code, [], text) };
}
