/** One entry point for the three kinds of diagram selection (what the CLI and the app ask for). */
import type { ParkModel } from '../model/types.ts';
import { selectChain } from './chainSelection.ts';
import { selectEnterprise, selectMaterial, type NeighbourhoodOptions } from './neighbourhoodSelection.ts';
import type { DiagramSelection } from './selectionSetup.ts';

export type DiagramTarget =
  | { readonly kind: 'chain'; readonly id: string }
  | { readonly kind: 'material'; readonly id: string }
  | { readonly kind: 'enterprise'; readonly id: string };

export function selectDiagram(
  model: ParkModel,
  target: DiagramTarget,
  options: NeighbourhoodOptions = {},
): DiagramSelection {
  switch (target.kind) {
    case 'chain':
      return selectChain(model, target.id, options);
    case 'material':
      return selectMaterial(model, target.id, options);
    case 'enterprise':
      return selectEnterprise(model, target.id, options);
  }
}
