/**
 * Gap-filling projects, ranked: an overview table, then each project with
 * every part of its score (raw value, scaled 0–1, weight, contribution) and
 * the sentence that explains it.
 */
import { PENALTY_PARTS, type ProjectCandidate, type ScorePart } from '../../analysis/projects.ts';
import { localize } from '../../model/labels.ts';
import type { ReportData } from '../reportData.ts';
import type { ReportBlock, ReportSection, ReportTable } from '../reportDocument.ts';
import type { ReportFormat } from '../reportFormat.ts';
import { SCORE_PART_LABELS } from '../../analysis/presentation.ts';
import { message } from '../../text/message.ts';

/** A score part's raw value as a person reads it; with its unit unless a column header carries it. */
function formatScorePart(part: ScorePart, raw: number, f: ReportFormat, withUnit = true): string {
  const unit = SCORE_PART_LABELS[part].unit[f.language];
  const value =
    part === 'reuseRateChange' || part === 'returnOnInvestment'
      ? f.decimal(raw * 100, 1)
      : part === 'cyclicityChange'
        ? f.decimal(raw, 3)
        : part === 'finnChange'
          ? f.decimal(raw, 4)
          : f.integer(raw);
  return unit && withUnit ? `${value} ${unit}` : value;
}

/** A score part's name, with its unit when the values below it go without. */
function scorePartHeader(part: ScorePart, f: ReportFormat): string {
  const { label, unit } = SCORE_PART_LABELS[part];
  return unit[f.language] ? `${label[f.language]} (${unit[f.language]})` : label[f.language];
}

export function projectsSection(data: ReportData, f: ReportFormat, title: string): ReportSection {
  const p = data.projects;
  if (!p) return { id: 'projects', title, blocks: [{ type: 'note', text: f.text('notComputed') }] };
  if (p.candidates.length === 0)
    return { id: 'projects', title, blocks: [{ type: 'note', text: f.text('noProjects') }] };
  const blocks: ReportBlock[] = [
    { type: 'paragraph', text: f.text('projectsIntro', { total: p.total, n: p.candidates.length }) },
    { type: 'table', table: overviewTable(p.candidates, f) },
  ];
  for (const candidate of p.candidates) {
    blocks.push(
      {
        type: 'heading',
        text: `${candidate.rank}. ${localize(candidate.name, f.language)} — ${f.text('score')} ${f.decimal(candidate.score.total)}`,
      },
      { type: 'paragraph', text: candidate.explanation[f.language] },
      {
        type: 'paragraph',
        text: `${f.text('technology')}: ${candidate.technology} · ${f.text('scale')}: ${f.quantity(candidate.scale, candidate.unit)}${candidate.subScale ? ` (${f.text('subScale')})` : ''}`,
      },
      { type: 'table', table: scorePartsTable(candidate, f) },
    );
  }
  if (p.excluded.length > 0) {
    blocks.push(
      { type: 'heading', text: f.text('excludedProjects', { n: p.excluded.length }) },
      {
        type: 'table',
        table: {
          headers: [f.text('project'), f.text('excludedBecause')],
          rows: p.excluded.map((x) => [
            localize(x.name, f.language),
            x.reasons.map((r) => r[f.language]).join(message(f.language, 'common:groupSeparator')),
          ]),
          align: ['left', 'left'],
        },
      },
    );
  }
  return { id: 'projects', title, blocks };
}

function overviewTable(candidates: readonly ProjectCandidate[], f: ReportFormat): ReportTable {
  const parts = Object.keys(SCORE_PART_LABELS) as ScorePart[];
  return {
    headers: [f.text('rank'), f.text('project'), f.text('score'), ...parts.map((part) => scorePartHeader(part, f))],
    rows: candidates.map((c) => [
      f.integer(c.rank),
      localize(c.name, f.language),
      f.decimal(c.score.total),
      ...parts.map((part) => formatScorePart(part, c.score.raw[part], f, false)),
    ]),
    align: ['right', 'left', 'right', ...parts.map(() => 'right' as const)],
  };
}

function scorePartsTable(candidate: ProjectCandidate, f: ReportFormat): ReportTable {
  const parts = Object.keys(SCORE_PART_LABELS) as ScorePart[];
  const { raw, scaled, weights } = candidate.score;
  return {
    headers: [f.text('part'), f.text('raw'), f.text('scaled'), f.text('weight'), f.text('contribution')],
    rows: parts.map((part) => [
      SCORE_PART_LABELS[part].label[f.language],
      formatScorePart(part, raw[part], f),
      f.decimal(scaled[part]),
      f.decimal(weights[part], 3),
      f.decimal((PENALTY_PARTS.has(part) ? -1 : 1) * scaled[part] * weights[part]),
    ]),
    align: ['left', 'right', 'right', 'right', 'right'],
  };
}
