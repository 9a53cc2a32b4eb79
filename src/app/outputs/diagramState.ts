/**
 * What the chain-diagram panel asks core for: a chain template, a material
 * or an enterprise (with a depth), optionally a ranked project drawn over
 * it. Pure: the panel renders this state, `diagramRequest` turns it into
 * core's `selectDiagram` arguments, and `createLatestGate` lets only the
 * newest of several overlapping layouts reach the screen.
 */
import type { ProjectCandidate } from '../../core/analysis/projects.ts';
import type { DiagramTarget } from '../../core/diagram/selectDiagram.ts';
import type { NeighbourhoodOptions } from '../../core/diagram/neighbourhoodSelection.ts';
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import { localize } from '../../core/model/labels.ts';
import type { Language, ParkModel } from '../../core/model/types.ts';
import { languageTag } from '../../core/text/language.ts';

export type DiagramTargetKind = DiagramTarget['kind'];
export const DIAGRAM_TARGET_KINDS: readonly DiagramTargetKind[] = ['chain', 'material', 'enterprise'];

/** Depths the enterprise diagram offers (suppliers and customers this many steps away). */
export const DIAGRAM_DEPTHS = [1, 2, 3] as const;

export interface DiagramForm {
  readonly kind: DiagramTargetKind;
  /** The chosen id of each kind, kept while the user switches between kinds. */
  readonly ids: Readonly<Record<DiagramTargetKind, string>>;
  readonly depth: number;
  /** A ranked project's technology id, or null. */
  readonly project: string | null;
}

export type DiagramFormAction =
  | { readonly type: 'kind'; readonly kind: DiagramTargetKind }
  | { readonly type: 'target'; readonly id: string }
  | { readonly type: 'depth'; readonly depth: number }
  | { readonly type: 'project'; readonly project: string | null };

/** The first chain with a broken link if the analysis found one, else the first chain; first material and enterprise. */
export function initialDiagramForm(model: ParkModel, preferredChain?: string): DiagramForm {
  const chain =
    preferredChain && model.chains.some((c) => c.id === preferredChain) ? preferredChain : model.chains[0]?.id;
  return {
    kind: 'chain',
    ids: {
      chain: chain ?? '',
      material: model.materials[0]?.id ?? '',
      enterprise: model.enterprises[0]?.id ?? '',
    },
    depth: 1,
    project: null,
  };
}

export function diagramFormReducer(form: DiagramForm, action: DiagramFormAction): DiagramForm {
  switch (action.type) {
    case 'kind':
      return { ...form, kind: action.kind };
    case 'target':
      return { ...form, ids: { ...form.ids, [form.kind]: action.id } };
    case 'depth':
      return Number.isInteger(action.depth) && action.depth >= 1 ? { ...form, depth: action.depth } : form;
    case 'project':
      return { ...form, project: action.project };
  }
}

export interface DiagramRequest {
  readonly target: DiagramTarget;
  readonly options: NeighbourhoodOptions;
}

/** Core's arguments for the form, or null when nothing is chosen (a park without chains). */
export function diagramRequest(
  form: DiagramForm,
  language: Language,
  catalogue: TechnologyCatalogue | undefined,
): DiagramRequest | null {
  const id = form.ids[form.kind];
  if (!id) return null;
  return {
    target: { kind: form.kind, id },
    options: {
      language,
      ...(form.kind === 'enterprise' ? { depth: form.depth } : {}),
      ...(form.project !== null && catalogue ? { catalogue, project: form.project } : {}),
    },
  };
}

export interface Choice {
  readonly id: string;
  readonly label: string;
}

/** Chains in model order (the park's own order); materials and enterprises by name, for finding them in a long list. */
export function targetChoices(model: ParkModel, kind: DiagramTargetKind, language: Language): Choice[] {
  const named = (items: readonly { id: string; name: Parameters<typeof localize>[0] }[]) =>
    items.map((item) => ({ id: item.id, label: localize(item.name, language) || item.id }));
  switch (kind) {
    case 'chain':
      return named(model.chains);
    case 'material':
      return sortByLabel(named(model.materials), language);
    case 'enterprise':
      return sortByLabel(named(model.enterprises), language);
  }
}

export function projectChoices(candidates: readonly ProjectCandidate[], language: Language): Choice[] {
  return candidates.map((c) => ({
    id: c.technology,
    label: `${c.rank}. ${localize(c.name, language) || c.technology}`,
  }));
}

/** Parts of the export's file name: park, kind, id, depth and project where they apply. */
export function diagramFileParts(parkId: string, form: DiagramForm): string[] {
  return [
    parkId,
    form.kind,
    form.ids[form.kind],
    ...(form.kind === 'enterprise' ? [`depth${form.depth}`] : []),
    ...(form.project !== null ? ['project', form.project] : []),
  ];
}

function sortByLabel(choices: Choice[], language: Language): Choice[] {
  const collator = new Intl.Collator(languageTag(language));
  return choices.sort((a, b) => collator.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Each `begin` supersedes the ones before: a slow layout that finishes after a newer request is not shown. */
export interface LatestGate {
  begin(): number;
  isLatest(token: number): boolean;
}

export function createLatestGate(): LatestGate {
  let latest = 0;
  return {
    begin: () => ++latest,
    isLatest: (token) => token === latest,
  };
}
