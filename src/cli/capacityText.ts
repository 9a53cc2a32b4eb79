/** The capacity balance as a terminal table: one row per material, the park's generation against its plants. */
import type { CapacityBalance } from '../core/analysis/capacityBalance.ts';
import { localize } from '../core/model/labels.ts';
import type { Language, ParkModel } from '../core/model/types.ts';
import { TERMS } from '../core/text/glossary.ts';
import { numberLocale } from '../core/analysis/presentation.ts';
import { t } from './i18n.ts';
import { formatTable } from './table.ts';

export function renderCapacity(model: ParkModel, balances: readonly CapacityBalance[], language: Language): string {
  const number = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 0 });
  const rating = (b: CapacityBalance) =>
    b.service === 'treatment'
      ? '–'
      : b.rating === 'sellable'
        ? TERMS.sellableCapacity[language]
        : TERMS.nameplateCapacity[language];
  const rows = balances.map((b) => [
    localize(model.materials.find((m) => m.id === b.material)?.name, language) + (b.hazardous ? ' ☣' : ''),
    t(language, b.service === 'supply' ? 'serviceSupply' : 'serviceTreatment'),
    number.format(b.generated),
    number.format(b.unplaced),
    number.format(b.capacity),
    number.format(b.load),
    b.utilisation === null ? '–' : `${Math.round(b.utilisation * 100)}%`,
    rating(b),
    b.unit,
  ]);
  const header = (
    [
      'capacityColumnMaterial',
      'capacityColumnService',
      'capacityColumnGenerated',
      'capacityColumnUnplaced',
      'capacityColumnCapacity',
      'capacityColumnLoad',
      'capacityColumnUse',
      'capacityColumnRating',
      'capacityColumnUnit',
    ] as const
  ).map((key) => t(language, key));
  const note = t(language, 'capacityNote');
  return [
    formatTable(header, rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left', 'left']),
    note,
  ].join('\n');
}
