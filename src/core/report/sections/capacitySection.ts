/**
 * Capacity balance: wastes (hazardous first) and utilities — what the park
 * generates and sends out for disposal, against its plants' capacity and
 * load (everything they take in) — with the capacity's rating for supplies.
 */
import { message } from '../../text/message.ts';
import type { ReportData } from '../reportData.ts';
import type { CellTone, ReportSection } from '../reportDocument.ts';
import type { ReportFormat } from '../reportFormat.ts';

export function capacitySection(data: ReportData, f: ReportFormat, title: string): ReportSection {
  const language = f.language;
  if (!data.capacity) return { id: 'capacity', title, blocks: [{ type: 'note', text: f.text('notComputed') }] };
  if (data.capacity.length === 0) return { id: 'capacity', title, blocks: [{ type: 'note', text: f.text('none') }] };
  // Waste leaving the park with no capacity to spare is the problem the survey names: mark it like a high finding.
  const tone = (b: (typeof data.capacity)[number]): CellTone | undefined => (b.unplaced > b.spare ? 'high' : undefined);
  return {
    id: 'capacity',
    title,
    blocks: [
      { type: 'paragraph', text: f.text('capacityIntro') },
      {
        type: 'table',
        table: {
          headers: [
            f.text('material'),
            f.text('service'),
            f.text('generatedPerYear'),
            f.text('unplaced'),
            f.text('capacity'),
            f.text('load'),
            f.text('utilisation'),
            f.text('rating'),
            f.text('unit'),
          ],
          rows: data.capacity.map((b) => {
            const state = tone(b);
            const unplaced = f.integer(b.unplaced);
            return [
              data.names.material(b.material, language) + (b.hazardous ? ` (${f.text('hazardous')})` : ''),
              b.service === 'supply' ? f.text('supply') : f.text('treatment'),
              f.integer(b.generated),
              state ? { text: unplaced, tone: state } : unplaced,
              f.integer(b.capacity),
              f.integer(b.load),
              f.percent(b.utilisation),
              b.service === 'supply'
                ? message(
                    language,
                    b.rating === 'sellable' ? 'glossary:sellableCapacity' : 'glossary:nameplateCapacity',
                  )
                : '–',
              b.unit,
            ];
          }),
          align: ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left', 'left'],
        },
      },
    ],
  };
}
