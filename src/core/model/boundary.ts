/** The park boundary's three pseudo-actors and their display names (the catalogue's `label:boundary_…`). */
import { bilingual } from '../text/message.ts';
import type { BoundaryId, LocalizedText } from './types.ts';
import { BOUNDARY_IDS } from './schema.ts';

/** A boundary actor's key in the catalogue: its id without the "@". */
type WithoutAt<Id> = Id extends `@${infer Key}` ? Key : never;

export const BOUNDARY_NAMES: Readonly<Record<BoundaryId, LocalizedText>> = Object.fromEntries(
  BOUNDARY_IDS.map((id) => [id, bilingual(`label:boundary_${id.slice(1) as WithoutAt<BoundaryId>}`)]),
) as Record<BoundaryId, LocalizedText>;

export function listBoundaryIds(): readonly BoundaryId[] {
  return BOUNDARY_IDS;
}
