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
  if (!catalogue || !technology) {
    const known = (catalogue?.technologies ?? []).map((t) => t.id).join(', ');
    return fail('unknown-technology', {
      zh: `工艺目录中没有技术 ${quote(technologyId)}${known ? `;可用:${known}` : ''}`,
      en: `no technology ${quote(technologyId)} in the catalogue${known ? `; known: ${known}` : ''}`,
    });
  }
  const outcome = planProject(createAnalysisContext(model, { scope: 'with-planned' }), catalogue, technology);
  if (!outcome.ok) {
    return fail('project-not-applicable', {
      zh: `技术 ${quote(technologyId)} 无法在本园区按情景建设:${outcome.reason.zh}`,
      en: `technology ${quote(technologyId)} cannot be built as a scenario in this park: ${outcome.reason.en}`,
    });
  }
  const plan = outcome.plan;
  const applied = applyScenario(model, plan.changeSet, catalogue);
  if (!applied.ok) {
    const first = applied.errors[0];
    return fail('project-failed', {
      zh: `无法按情景建设 ${quote(technologyId)}:${first?.message.zh ?? ''}`,
      en: `cannot build ${quote(technologyId)} as a scenario: ${first?.message.en ?? ''}`,
    });
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

function fail(code: string, message: { zh: string; en: string }): ProjectOverlayResult {
  return { ok: false, problem: problem('error', code, [], message) };
}
