import { formatProblem } from '../../core/model/problems.ts';
import type { Language } from '../../core/model/types.ts';
import { loadModelFile } from '../loadModel.ts';
import { t } from '../i18n.ts';
import type { Output } from '../output.ts';

/** `alias`: an alias table (`--alias`) for a .csv exchange list. */
export async function validateCommand(file: string, language: Language, out: Output, alias?: string): Promise<number> {
  const result = await loadModelFile(file, { alias });
  if (result.ok) {
    const migrated =
      result.migratedFrom === undefined ? '' : ` ${t(language, 'migrated', { from: result.migratedFrom })}`;
    out.stdout(`${t(language, 'valid', { file })}${migrated}`);
    const counts = {
      enterprises: result.model.enterprises.length,
      materials: result.model.materials.length,
      flows: result.model.flows.length,
      chains: result.model.chains.length,
    };
    out.stdout(`  ${t(language, 'contents', counts)}`);
  } else {
    out.stdout(t(language, 'invalid', { file, n: result.errors.length }));
    for (const p of result.errors) out.stdout(`  ${formatProblem(p, language)}`);
  }
  if (result.warnings.length > 0) {
    out.stdout(t(language, 'warningsHeader', { n: result.warnings.length }));
    for (const p of result.warnings) out.stdout(`  ${formatProblem(p, language)}`);
  }
  return result.ok ? 0 : 1;
}
