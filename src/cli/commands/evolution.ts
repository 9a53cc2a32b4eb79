/**
 * `symbiograph evolution FILE [--json] [--lang zh|en] [--self-loops] [--alias FILE]`: the
 * park year by year — for each year in which an exchange began or ended,
 * those exchanges and the structural metrics of the park as of that year.
 * A park whose flows carry no year has no evolution; that is said, not an
 * error (exit 0).
 */
import { parkEvolution } from '../../core/analysis/evolution.ts';
import { formatProblem } from '../../core/model/problems.ts';
import type { Language } from '../../core/model/types.ts';
import { renderEvolution } from '../evolutionText.ts';
import { loadModelFile } from '../loadModel.ts';
import type { Output } from '../output.ts';

export interface EvolutionArgs {
  readonly file: string;
  readonly language: Language;
  readonly json: boolean;
  /** Count flows from an enterprise to itself in the metrics (enaR's convention; off by default). */
  readonly selfLoops?: boolean;
  /** `--alias`: an alias table for a .csv exchange list (names merged before the model is built). */
  readonly alias?: string;
}

export async function evolutionCommand(args: EvolutionArgs, out: Output): Promise<number> {
  const loaded = await loadModelFile(args.file, { alias: args.alias });
  if (!loaded.ok) {
    for (const p of loaded.errors) out.stderr(formatProblem(p, args.language));
    return 1;
  }
  const evolution = parkEvolution(loaded.model, { network: { includeSelfLoops: args.selfLoops ?? false } });
  out.stdout(args.json ? JSON.stringify(evolution, null, 2) : renderEvolution(loaded.model, evolution, args.language));
  return 0;
}
