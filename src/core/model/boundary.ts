/** The park boundary's three pseudo-actors and their display names. */
import type { BoundaryId, LocalizedText } from './types.ts';
import { BOUNDARY_IDS } from './schema.ts';

export const BOUNDARY_NAMES: Readonly<Record<BoundaryId, LocalizedText>> = {
  '@supply': { zh: '园区外供应(输入)', en: 'Outside supply (imports)' },
  '@market': { zh: '园区外市场(销售)', en: 'Outside market (sales)' },
  '@disposal': { zh: '处置(填埋/排放)', en: 'Disposal (landfill/discharge)' },
};

export function listBoundaryIds(): readonly BoundaryId[] {
  return BOUNDARY_IDS;
}
