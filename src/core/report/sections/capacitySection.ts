/** Capacity balance: wastes (hazardous first) and utilities, load against what the park can treat or supply. */
import type { ReportData } from '../reportData.ts';
import type { CellTone, ReportSection } from '../reportDocument.ts';
import type { ReportFormat } from '../reportFormat.ts';

export function capacitySection(data: ReportData, f: ReportFormat, title: string): ReportSection {
  const language = f.language;
  if (!data.capacity) return { id: 'capacity', title, blocks: [{ type: 'note', text: f.text('notComputed') }] };
  if (data.capacity.length === 0) return { id: 'capacity', title, blocks: [{ type: 'note', text: f.text('none') }] };
  // Over capacity (or none at all) is the problem the survey names; mark it like a high-severity finding.
  const tone = (utilisation: number | null): CellTone | undefined =>
    utilisation === null || utilisation > 1 ? 'high' : undefined;
  return {
    id: 'capacity',
    title,
    blocks: [
      {
        type: 'table',
        table: {
          headers: [
            f.text('material'),
            f.text('service'),
            f.text('load'),
            f.text('capacity'),
            f.text('utilisation'),
            f.text('unit'),
          ],
          rows: data.capacity.map((b) => {
            const utilisation = f.percent(b.utilisation);
            const state = tone(b.utilisation);
            return [
              data.names.material(b.material, language) + (b.hazardous ? ` (${f.text('hazardous')})` : ''),
              b.service === 'supply' ? f.text('supply') : f.text('treatment'),
              f.integer(b.load),
              f.integer(b.capacity),
              state ? { text: utilisation, tone: state } : utilisation,
              b.unit,
            ];
          }),
          align: ['left', 'left', 'right', 'right', 'right', 'left'],
        },
      },
    ],
  };
}
