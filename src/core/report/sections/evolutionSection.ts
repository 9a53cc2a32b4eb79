/**
 * The park through the years (domain.md §5a), for parks whose flows carry
 * years: the story in a few sentences, the chart (links and enterprises,
 * cyclicity below; drawn in core as SVG like the chain diagrams), the year
 * table, what the metrics count, and the exchanges that began and ended.
 * Words and values are shared with the CLI (analysis/evolutionText.ts).
 */
import {
  EVOLUTION_ALIGN,
  evolutionChangeRows,
  evolutionHeaders,
  evolutionNotes,
  evolutionRows,
  evolutionSentences,
  evolutionWord,
} from '../../analysis/evolutionText.ts';
import type { ParkEvolution } from '../../analysis/evolution.ts';
import { renderEvolutionChartSvg } from '../../diagram/evolutionChart.ts';
import type { ReportData } from '../reportData.ts';
import type { ReportBlock, ReportSection } from '../reportDocument.ts';
import type { ReportFormat } from '../reportFormat.ts';

/** The chart's file name beside a Markdown report. */
const EVOLUTION_FIGURE_FILE = 'evolution.svg';

export function evolutionSection(
  data: ReportData,
  evolution: ParkEvolution,
  f: ReportFormat,
  title: string,
  changesListed = Infinity,
): ReportSection {
  const language = f.language;
  const names = {
    enterprise: (id: string) => data.names.enterprise(id, language),
    material: (id: string) => data.names.material(id, language),
  };
  const changes = evolutionChangeRows(evolution, language, names);
  const blocks: ReportBlock[] = [
    ...(data.asOf === undefined ? [] : [{ type: 'note' as const, text: f.text('evolutionAsOf', { year: data.asOf }) }]),
    ...evolutionSentences(evolution, language).map((text): ReportBlock => ({ type: 'paragraph', text })),
    {
      type: 'figure',
      id: 'figure-evolution',
      title: f.text('evolutionChart'),
      file: EVOLUTION_FIGURE_FILE,
      omitted: f.text('evolutionChartOmitted'),
      svg: renderEvolutionChartSvg(evolution, { language, title: f.text('evolutionChart') }),
    },
    {
      type: 'table',
      table: { headers: evolutionHeaders(language), rows: evolutionRows(evolution, language), align: EVOLUTION_ALIGN },
    },
    ...evolutionNotes(evolution, language).map((text): ReportBlock => ({ type: 'note', text })),
    { type: 'heading', text: f.text('evolutionChanges') },
    {
      type: 'table',
      table: {
        headers: [
          evolutionWord('year', language),
          evolutionWord('change', language),
          evolutionWord('exchange', language),
        ],
        rows: changes.slice(0, changesListed),
        align: ['left', 'left', 'left'],
      },
    },
    ...(changes.length > changesListed
      ? [{ type: 'note' as const, text: f.text('evolutionMore', { n: changes.length - changesListed }) }]
      : []),
  ];
  return { id: 'evolution', title, blocks };
}
