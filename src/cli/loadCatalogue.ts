/** Reads the technology catalogue: the one shipped in data/, or the user's own with --catalogue. */
import { readFile } from 'node:fs/promises';
import type { TechnologyCatalogue } from '../core/catalogue/schema.ts';
import { validateCatalogue } from '../core/catalogue/validate.ts';
import { formatProblem, problem, type Problem } from '../core/model/problems.ts';
import type { Language, ParkModel } from '../core/model/types.ts';
import { stripByteOrderMark } from '../core/model/validate.ts';
import { loadModelFile } from './loadModel.ts';
import type { Output } from './output.ts';
import { bilingual } from '../core/text/message.ts';
import { packageFile } from './packageFile.ts';

const DEFAULT_CATALOGUE_PATH = packageFile('data/technologies.json');

export async function loadCatalogueFile(
  path: string = DEFAULT_CATALOGUE_PATH,
): Promise<{ ok: true; catalogue: TechnologyCatalogue } | { ok: false; errors: readonly Problem[] }> {
  let json: unknown;
  try {
    json = JSON.parse(stripByteOrderMark(await readFile(path, 'utf8')));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        problem('error', 'catalogue-unreadable', [], bilingual('cli:catalogueUnreadable', { detail }), { file: path }),
      ],
    };
  }
  const result = validateCatalogue(json);
  return result.ok
    ? { ok: true, catalogue: result.catalogue }
    : { ok: false, errors: result.errors.map((p) => ({ ...p, location: { file: path } })) };
}

/**
 * The park model and the catalogue an analysis runs on, or null after every
 * problem of either has been printed (the command then exits 1).
 */
export async function loadAnalysisInputs(
  file: string,
  cataloguePath: string | undefined,
  language: Language,
  out: Output,
  /** `--alias`: an alias table for a .csv exchange list. */
  alias?: string,
): Promise<{ model: ParkModel; catalogue: TechnologyCatalogue } | null> {
  const loaded = await loadModelFile(file, { alias });
  if (!loaded.ok) {
    for (const p of loaded.errors) out.stderr(formatProblem(p, language));
    return null;
  }
  const catalogue = await loadCatalogueFile(cataloguePath);
  if (!catalogue.ok) {
    for (const p of catalogue.errors) out.stderr(formatProblem(p, language));
    return null;
  }
  return { model: loaded.model, catalogue: catalogue.catalogue };
}
