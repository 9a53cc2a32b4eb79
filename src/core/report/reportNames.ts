/**
 * Display names for the ids analyses return (enterprises, materials, chains,
 * clusters, technologies), in either language. An id nothing names is shown
 * as itself, never as an empty cell.
 */
import type { TechnologyCatalogue } from '../catalogue/schema.ts';
import { BOUNDARY_NAMES } from '../model/boundary.ts';
import { localize } from '../model/labels.ts';
import type { Language, LocalizedText, ParkModel } from '../model/types.ts';

export interface ReportNames {
  enterprise(id: string, language: Language): string;
  material(id: string, language: Language): string;
  chain(id: string, language: Language): string;
  cluster(id: string, language: Language): string;
  technology(id: string, language: Language): string;
}

export function createReportNames(model: ParkModel, catalogue?: TechnologyCatalogue): ReportNames {
  const lookup = (entries: readonly { readonly id: string; readonly name: LocalizedText }[]) => {
    const names = new Map(entries.map((e) => [e.id, e.name]));
    return (id: string, language: Language) => localize(names.get(id), language) || id;
  };
  // The park's own names win over the catalogue's for shared material ids.
  const materials = [...(catalogue?.materials ?? []), ...model.materials];
  const enterprises = [...Object.entries(BOUNDARY_NAMES).map(([id, name]) => ({ id, name })), ...model.enterprises];
  return {
    enterprise: lookup(enterprises),
    material: lookup(materials),
    chain: lookup(model.chains),
    cluster: lookup(model.clusters),
    technology: lookup(catalogue?.technologies ?? []),
  };
}
