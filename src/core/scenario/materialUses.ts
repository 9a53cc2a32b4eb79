/**
 * Everything in a model that refers to one material: what removing it would
 * take with it (remove-material), and what the app's delete dialog lists.
 */
import type { LocalizedText, ParkModel } from '../model/types.ts';
import { STREAM_LISTS } from './changeSchemas.ts';

export interface StageUse {
  readonly chain: string;
  readonly chainName: LocalizedText;
  /** 0-based. */
  readonly stage: number;
  /** The stage's only material: removing it would leave the chain a stage short, which only editing the chain may do. */
  readonly sole: boolean;
}

export interface StreamUse {
  readonly enterprise: string;
  readonly enterpriseName: LocalizedText;
  readonly list: (typeof STREAM_LISTS)[number];
}

export interface MaterialUses {
  readonly flows: readonly ParkModel['flows'][number][];
  readonly streams: readonly StreamUse[];
  readonly stages: readonly StageUse[];
}

/** Flows, declared streams and chain stages that use the material, in model order. */
export function materialUses(model: ParkModel, id: string): MaterialUses {
  const streams: StreamUse[] = [];
  for (const e of model.enterprises)
    for (const list of STREAM_LISTS)
      if (e[list].some((s) => s.material === id)) streams.push({ enterprise: e.id, enterpriseName: e.name, list });
  const stages: StageUse[] = [];
  for (const chain of model.chains)
    chain.stages.forEach((stage, i) => {
      if (stage.materials.includes(id))
        stages.push({ chain: chain.id, chainName: chain.name, stage: i, sole: stage.materials.length === 1 });
    });
  return { flows: model.flows.filter((f) => f.material === id), streams, stages };
}

export function isUnused(uses: MaterialUses): boolean {
  return uses.flows.length === 0 && uses.streams.length === 0 && uses.stages.length === 0;
}
