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
import { SEVERITY_KEYS } from './reportLabels.ts';
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
const bi = (zh: string, en: string) => ({ zh, en });

const H = {
  id: bi('编号', 'Id'),
  kind: bi('类别', 'Kind'),
  title: bi('类别名称', 'Kind title'),
  severity: bi('严重程度', 'Severity'),
  enterprises: bi('企业', 'Enterprises'),
  materials: bi('物料', 'Materials'),
  flows: bi('物质流', 'Flows'),
  quantity: bi('数量', 'Quantity'),
  unit: bi('单位', 'Unit'),
  reasonZh: bi('说明(中文)', 'Reason (zh)'),
  reasonEn: bi('说明(英文)', 'Reason (en)'),
  rank: bi('排名', 'Rank'),
  nameZh: bi('名称(中文)', 'Name (zh)'),
  nameEn: bi('名称(英文)', 'Name (en)'),
  score: bi('得分', 'Score'),
  raw: bi('原始值', 'raw'),
  scaled: bi('归一化', 'scaled'),
  explanationZh: bi('说明(中文)', 'Explanation (zh)'),
  explanationEn: bi('说明(英文)', 'Explanation (en)'),
  technology: bi('技术编号', 'Technology id'),
  scale: bi('规模', 'Scale'),
  subScale: bi('低于典型规模', 'Below typical scale'),
  partners: bi('合作企业', 'Partners'),
  key: bi('键', 'Key'),
  indicator: bi('指标', 'Indicator'),
  value: bi('数值', 'Value'),
  formatted: bi('显示值', 'Shown as'),
  yes: bi('是', 'yes'),
  no: bi('否', 'no'),
} as const;

const SEPARATOR = '; ';

export function findingsTable(data: ReportData, language: Language): SheetTable {
  const h = (key: keyof typeof H) => H[key][language];
  return {
    columns: [
      text(h('id')),
      text(h('kind')),
      text(h('title')),
      text(h('severity')),
      text(h('enterprises'), true),
      text(h('materials')),
      text(h('flows')),
      number(h('quantity')),
      text(h('unit')),
      text(h('reasonZh'), true),
      text(h('reasonEn'), true),
    ],
    rows: data.findings.groups.flatMap(({ kind, findings }) =>
      findings.map((f) => [
        f.id,
        kind,
        findingKindTitle(kind, language),
        message(language, `report:${SEVERITY_KEYS[f.severity]}`),
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
  const h = (key: keyof typeof H) => H[key][language];
  const parts = Object.keys(SCORE_PART_LABELS) as ScorePart[];
  const partLabel = (part: ScorePart) => {
    const { label, unit } = SCORE_PART_LABELS[part];
    // Raw values are written as computed: the reuse rate change is a change of a 0–1 share.
    return part === 'reuseRateChange' || !unit[language] ? label[language] : `${label[language]} (${unit[language]})`;
  };
  return {
    columns: [
      number(h('rank'), '0'),
      text(h('nameZh')),
      text(h('nameEn')),
      number(h('score'), '0.000'),
      ...parts.flatMap((part) => [
        number(`${partLabel(part)} · ${h('raw')}`),
        number(`${SCORE_PART_LABELS[part].label[language]} · ${h('scaled')}`, '0.000'),
      ]),
      text(h('explanationZh'), true),
      text(h('explanationEn'), true),
      text(h('technology')),
      number(h('scale')),
      text(h('unit')),
      text(h('subScale')),
      text(h('partners'), true),
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
      c.subScale ? h('yes') : h('no'),
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
  const h = (key: keyof typeof H) => H[key][language];
  return {
    columns: [text(h('key')), text(h('indicator')), number(h('value'), 'General'), text(h('formatted'))],
    rows: KPI_ROWS.map((row) => [
      row.key,
      row.label[language],
      data.kpis[row.key],
      formatKpiFigure(data.kpis, row, language),
    ]),
    formats: KPI_ROWS.map((row) => KPI_NUMBER_FORMATS[row.format]),
  };
}
