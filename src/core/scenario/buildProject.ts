/**
 * build-project: a catalogue technology becomes a planned enterprise with
 * its streams at the chosen scale, linked to named suppliers and receivers.
 * Where the plant takes what a supplier sent out of the park (to
 * `@disposal`, then `@market`), or gives a receiver what it imported from
 * `@supply`, the boundary flow shrinks by the same amount: that is the gap
 * the project closes, and the metrics must show it.
 */
import type { Technology, TechnologyCatalogue } from '../catalogue/schema.ts';
import { problem, quote, type Problem } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';
import type { Enterprise, Flow, ParkModel, Source, Stream } from '../model/types.ts';
import { replaceBoundaryFlows, tidy } from './allocation.ts';
import type { BuildProjectChange } from './changeSet.ts';
import {
  done,
  duplicateId,
  failed,
  findEnterprise,
  checkGeneratedIds,
  refs,
  unknownId,
  type ChangeContext,
  type ChangeOutcome,
} from './draft.ts';
import { planLinks, resolveStreams, type PlannedLink, type PlantStream, type PlantStreams } from './projectPlan.ts';

export function buildProject(ctx: ChangeContext, change: BuildProjectChange): ChangeOutcome {
  const { draft, catalogue, at } = ctx;
  if (!catalogue) {
    return failed(problem('error', 'no-catalogue', [...at, 'technology'], bilingual('scenario:noCatalogue')));
  }
  const technology = catalogue.technologies.find((t) => t.id === change.technology);
  if (!technology) return failed(unknownId('technology', change.technology, [...at, 'technology']));

  const errors: Problem[] = [];
  const { id, cluster } = change.enterprise;
  if (findEnterprise(draft, id)) errors.push(duplicateId('enterprise', id, [...at, 'enterprise', 'id']));
  if (!draft.clusters.some((c) => c.id === cluster)) {
    errors.push(unknownId('cluster', cluster, [...at, 'enterprise', 'cluster']));
  }
  const scale = change.scale ?? technology.typicalCapacity;
  const plant = resolveStreams(draft, catalogue, technology, scale, at, errors);
  if (errors.length > 0) return failed(...errors);
  const links = [
    ...planLinks(draft, change, 'supply', plant.inputs, at, errors),
    ...planLinks(draft, change, 'delivery', plant.outputs, at, errors),
  ];
  const flowIds = links.map((_, k) => ctx.generatedFlowId(k));
  errors.push(...checkGeneratedIds(draft, flowIds, at));
  if (errors.length > 0) return failed(...errors);

  // Commit: nothing below can fail.
  const referenceUnit =
    catalogue.materials.find((m) => m.id === technology.reference)?.unit ??
    plant.inputs.get(technology.reference)?.material.unit ??
    '';
  const label = `technology "${technology.id}" at ${scale} ${referenceUnit} of "${technology.reference}"`;
  const newMaterials = addMissingMaterials(draft, plant);
  const source = catalogue.sources.some((s) => s.id === technology.source) ? technology.source : undefined;
  const newSources = addMissingSources(draft, catalogue, [
    source,
    ...newMaterials.flatMap((m) => [m.emissionFactor?.source, m.price?.source]),
  ]);
  draft.enterprises.push(plantEnterprise(change, technology, plant, scale, label, source));

  const changed: string[] = [];
  const split: string[] = [];
  links.forEach((link, k) => {
    const flowId = flowIds[k] ?? ctx.generatedFlowId(k);
    draft.flows.push(linkFlow(flowId, id, link, label, ctx.changeSetId));
    if (link.partner.startsWith('@')) return;
    const supply = link.direction === 'supply';
    const replacement = replaceBoundaryFlows(
      draft,
      supply ? 'from' : 'to',
      link.partner,
      link.material,
      supply ? ['@disposal', '@market'] : ['@supply'],
      link.quantity,
      flowId,
      `${link.quantity} ${link.material.unit} ${supply ? 'to go to' : 'to be replaced by'} planned enterprise "${id}" (change set "${ctx.changeSetId}")`,
      (n) => `${flowId}.${n}`,
    );
    changed.push(...replacement.changed);
    split.push(...replacement.added.map((f) => f.id));
  });

  const reduced = new Set(changed).size;
  const unit = referenceUnit === '' ? '' : ` ${referenceUnit}`;
  return done(
    bilingual('scenario:projectPlanned', {
      technology: quote(technology.id),
      id: quote(id),
      scale,
      unit,
      links: links.length,
      reduced,
    }),
    {
      added: [
        ...refs('enterprise', [id]),
        ...refs(
          'material',
          newMaterials.map((m) => m.id),
        ),
        ...refs('source', newSources),
        ...refs('flow', [...flowIds, ...split]),
      ],
      changed: refs('flow', [...new Set(changed)]),
    },
  );
}

function plantEnterprise(
  change: BuildProjectChange,
  technology: Technology,
  plant: PlantStreams,
  scale: number,
  label: string,
  source: string | undefined,
): Enterprise {
  const withSource = source === undefined ? {} : { source };
  const stream = (s: PlantStream): Stream => ({
    material: s.material.id,
    quantity: s.quantity,
    unit: s.material.unit,
    estimated: true,
    basis: `ratio ${s.ratio} × scale, ${label}`,
    ...withSource,
  });
  const reference = plant.inputs.get(technology.reference);
  return {
    id: change.enterprise.id,
    name: change.enterprise.name ?? technology.name,
    cluster: change.enterprise.cluster,
    role: technology.role,
    status: 'planned',
    inputs: [...plant.inputs.values()].map(stream),
    outputs: [...plant.outputs.values()].map(stream),
    // The plant can treat its scale of the reference material: capacity-balance analysis reads this.
    capacities: reference ? [stream(reference)] : [],
    estimated: true,
    basis: `built from ${label}`,
    attributes: { technology: technology.id, scale },
    ...withSource,
  };
}

function linkFlow(id: string, plant: string, link: PlannedLink, label: string, changeSetId: string): Flow {
  const supply = link.direction === 'supply';
  const basis = link.given
    ? `quantity given in change set "${changeSetId}"`
    : `the plant's ${supply ? 'need' : 'output'} from ${label}` +
      (link.partner.startsWith('@') ? '' : `, capped by what "${link.partner}" has ${supply ? 'left' : 'room for'}`);
  return {
    id,
    from: supply ? link.partner : plant,
    to: supply ? plant : link.partner,
    material: link.material.id,
    quantity: tidy(link.quantity),
    unit: link.material.unit,
    status: 'planned',
    estimated: true,
    basis,
  };
}

function addMissingMaterials(draft: ParkModel, plant: PlantStreams): PlantStream['material'][] {
  const added = new Map<string, PlantStream['material']>();
  for (const s of [...plant.inputs.values(), ...plant.outputs.values()]) {
    if (s.isNew && !added.has(s.material.id)) added.set(s.material.id, s.material);
  }
  draft.materials.push(...added.values());
  return [...added.values()];
}

/** Sources the new streams and materials cite, copied from the catalogue so references resolve. */
function addMissingSources(
  draft: ParkModel,
  catalogue: TechnologyCatalogue,
  wanted: readonly (string | undefined)[],
): string[] {
  const have = new Set((draft.park.sources ?? []).map((s) => s.id));
  const added: Source[] = [];
  for (const id of wanted) {
    const found = id === undefined || have.has(id) ? undefined : catalogue.sources.find((s) => s.id === id);
    if (!found) continue;
    added.push(found);
    have.add(found.id);
  }
  if (added.length > 0) draft.park = { ...draft.park, sources: [...(draft.park.sources ?? []), ...added] };
  return added.map((s) => s.id);
}
