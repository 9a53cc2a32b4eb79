/**
 * The headline figures of two analyses side by side (a project "if built",
 * a what-if), formatted as the KPI table shows them: a change too small to
 * show in print is no change to a reader.
 */
import { formatKpiFigure, KPI_ROWS } from '../analysis/presentation.ts';
import type { Kpis, KpiValues } from '../analysis/kpis.ts';
import type { Language } from '../model/types.ts';

export interface FormattedKpiChange {
  readonly key: keyof KpiValues;
  readonly label: string;
  readonly before: string;
  readonly after: string;
  /** True when the figure differs once formatted (a change too small to show is no change to a reader). */
  readonly changed: boolean;
}

/** The KPI table of a scenario against the park as it is (a project "if built", a what-if). */
export function formatKpiChanges(before: Kpis, after: Kpis, language: Language): FormattedKpiChange[] {
  return KPI_ROWS.map((row) => {
    const b = formatKpiFigure(before, row, language);
    const a = formatKpiFigure(after, row, language);
    return { key: row.key, label: row.label[language], before: b, after: a, changed: a !== b };
  });
}
