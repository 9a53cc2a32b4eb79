/**
 * The rows the findings workbook and CSV hold, as typed columns: text
 * stays text, numbers stay numbers (a spreadsheet can sum and sort them),
 * missing values are empty. Headers are in the report's language; reasons,
 * names and explanations come in both, for teams that work in both.
 */
import {
  findingKindTitle,
  formatKpiFigure,
  KPI_ROWS,
  SCORE_PART_LABELS,
  type KpiFormat,
} from '../analysis/presentation.ts';
import type { ScorePart } from '../analysis/projects.ts';
import type { Language } from '../model/types.ts';
import type { ReportData } from './reportData.ts';
import { createReportFormat } from './reportFormat.ts';
import { message } from '../text/message.ts';

export type SheetValue = string | number | null;

export interface SheetColumn {
  readonly header: string;
  readonly type: 'text' | 'number';
  /** Excel number format of a numeric column. */
  readonly numberFormat?: string;
  /** Long prose: a wide, wrapped column. */
  readonly prose?: boolean;
}

export interface SheetTable {
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly SheetValue[])[];
}

const text = (header: string, prose = false): SheetColumn => ({ header, type: 'text', prose });
const number = (header: string, numberFormat = '#,##0.###'): SheetColumn => ({ header, type: 'number', numberFormat });
const SEPARATOR = '; ';

export function findingsTable(data: ReportData, language: Language): SheetTable {
  const h = createReportFormat(language).text;
  return {
    columns: [
      text(h('id')),
      text(h('sheetKind')),
      text(h('sheetKindTitle')),
      text(h('severity')),
      text(h('enterprises'), true),
      text(h('materials')),
      text(h('flows')),
      number(h('quantity')),
      text(h('unit')),
      text(h('sheetReasonZh'), true),
      text(h('sheetReasonEn'), true),
    ],
    rows: data.findings.groups.flatMap(({ kind, findings }) =>
      findings.map((f) => [
        f.id,
        kind,
        findingKindTitle(kind, language),
        message(language, `report:severity_${f.severity}`),
        f.enterprises.map((id) => data.names.enterprise(id, language)).join(SEPARATOR),
        f.materials.map((id) => data.names.material(id, language)).join(SEPARATOR),
        f.flows.join(SEPARATOR),
        f.quantity ?? null,
        f.unit ?? null,
        f.reason.zh,
        f.reason.en,
      ]),
    ),
  };
}

export function projectsTable(data: ReportData, language: Language): SheetTable {
  const h = createReportFormat(language).text;
  const parts = Object.keys(SCORE_PART_LABELS) as ScorePart[];
  const partLabel = (part: ScorePart) => {
    const { label, unit } = SCORE_PART_LABELS[part];
    // Raw values are written as computed: the reuse rate change is a change of a 0–1 share.
    return part === 'reuseRateChange' || !unit[language] ? label[language] : `${label[language]} (${unit[language]})`;
  };
  return {
    columns: [
      number(h('rank'), '0'),
      text(h('sheetNameZh')),
      text(h('sheetNameEn')),
      number(h('score'), '0.000'),
      ...parts.flatMap((part) => [
        number(`${partLabel(part)} · ${h('sheetRaw')}`),
        number(`${SCORE_PART_LABELS[part].label[language]} · ${h('sheetScaled')}`, '0.000'),
      ]),
      text(h('sheetExplanationZh'), true),
      text(h('sheetExplanationEn'), true),
      text(h('sheetTechnologyId')),
      number(h('scale')),
      text(h('unit')),
      text(h('sheetSubScale')),
      text(h('sheetPartners'), true),
    ],
    rows: (data.projects?.candidates ?? []).map((c) => [
      c.rank,
      c.name.zh ?? null,
      c.name.en ?? null,
      c.score.total,
      ...parts.flatMap((part) => [c.score.raw[part], c.score.scaled[part]]),
      c.explanation.zh,
      c.explanation.en,
      c.technology,
      c.scale,
      c.unit,
      c.subScale ? h('sheetYes') : h('sheetNo'),
      c.partners.map((id) => data.names.enterprise(id, language)).join(SEPARATOR),
    ]),
  };
}

const KPI_NUMBER_FORMATS: Readonly<Record<KpiFormat, string>> = {
  integer: '#,##0',
  mass: '#,##0',
  percent: '0.0%',
  decimal: '0.0000',
  verdict: '0',
};

/** KPIs one per row; each value keeps its own number format, so the sheet sets formats per cell. */
export function kpisTable(data: ReportData, language: Language): SheetTable & { readonly formats: readonly string[] } {
  const h = createReportFormat(language).text;
  return {
    columns: [text(h('sheetKey')), text(h('indicator')), number(h('value'), 'General'), text(h('sheetShownAs'))],
    rows: KPI_ROWS.map((row) => [
      row.key,
      row.label[language],
      data.kpis[row.key],
      formatKpiFigure(data.kpis, row, language),
    ]),
    formats: KPI_ROWS.map((row) => KPI_NUMBER_FORMATS[row.format]),
  };
}
