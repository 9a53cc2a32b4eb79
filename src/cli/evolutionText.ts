/**
 * `symbiograph evolution` as text: the park's story in a few sentences, the
 * year table (one row per change year), what the metrics count, then year by
 * year the exchanges that began (+) and ended (−), named by enterprise and
 * material. Presentation only: numbers and words come from core
 * (analysis/evolution.ts, analysis/evolutionText.ts).
 */
import type { ParkEvolution } from '../core/analysis/evolution.ts';
import {
  describeEvolutionFlow,
  EVOLUTION_ALIGN,
  evolutionHeaders,
  evolutionNotes,
  evolutionRows,
  evolutionSentences,
  evolutionWord,
} from '../core/analysis/evolutionText.ts';
import type { NetworkNames } from '../core/analysis/network/explain.ts';
import { localize } from '../core/model/labels.ts';
import type { Language, ParkModel } from '../core/model/types.ts';
import { createReportNames } from '../core/report/reportNames.ts';
import { t } from './i18n.ts';
import { formatTable } from './table.ts';

export function renderEvolution(model: ParkModel, evolution: ParkEvolution, language: Language): string {
  const out: string[] = [`${localize(model.park.name, language)} · ${evolutionWord('title', language)}`, ''];
  out.push(...evolutionSentences(evolution, language));
  if (evolution.years.length === 0) return out.join('\n');
  out.push('', formatTable(evolutionHeaders(language), evolutionRows(evolution, language), EVOLUTION_ALIGN));
  out.push('', ...evolutionNotes(evolution, language).map((note) => t(language, 'notePrefix', { note })));
  const all = createReportNames(model);
  const names: NetworkNames = {
    enterprise: (id) => all.enterprise(id, language),
    material: (id) => all.material(id, language),
  };
  out.push('', t(language, 'headingEvolutionChanges'));
  for (const y of evolution.years) {
    out.push('', evolutionWord('yearValue', language, { year: y.year }));
    for (const f of y.began) out.push(`  + ${describeEvolutionFlow(f, language, names)}`);
    for (const f of y.ended) out.push(`  − ${describeEvolutionFlow(f, language, names)}`);
  }
  return out.join('\n');
}
