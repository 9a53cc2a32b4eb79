/** The KPI table's rows, in order, each with how its value is formatted. */
import type { Kpis } from '../../core/analysis/kpis.ts';

export type KpiFormat = 'integer' | 'percent' | 'decimal' | 'verdict';

export interface KpiRow {
  /** Also the locale key under `kpi.`. */
  readonly key: keyof Kpis;
  readonly value: number | null;
  readonly format: KpiFormat;
}

const ROWS: readonly { key: keyof Kpis; format: KpiFormat }[] = [
  { key: 'enterprises', format: 'integer' },
  { key: 'flows', format: 'integer' },
  { key: 'internalReuseRate', format: 'percent' },
  { key: 'cyclicity', format: 'decimal' },
  { key: 'connectance', format: 'decimal' },
  { key: 'finnCyclingIndex', format: 'decimal' },
  { key: 'chertow32', format: 'verdict' },
];

export function kpiRows(kpis: Kpis): KpiRow[] {
  return ROWS.map(({ key, format }) => ({ key, format, value: kpis[key] }));
}

/** `verdict` words the 3-2 result in the UI language. */
export function formatKpi(row: KpiRow, locale: string, verdict: (isSymbiosis: boolean) => string): string {
  if (row.value === null) return '–';
  switch (row.format) {
    case 'integer':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(row.value);
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(row.value);
    case 'decimal':
      return new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(row.value);
    case 'verdict':
      return verdict(row.value === 1);
  }
}
