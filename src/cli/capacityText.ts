/** The capacity balance as a terminal table: one row per material, the park's generation against its plants. */
import type { CapacityBalance } from '../core/analysis/capacityBalance.ts';
import { localize } from '../core/model/labels.ts';
import type { Language, ParkModel } from '../core/model/types.ts';
import { TERMS } from '../core/text/glossary.ts';
import { formatTable } from './table.ts';

export function renderCapacity(model: ParkModel, balances: readonly CapacityBalance[], language: Language): string {
  const zh = language === 'zh';
  const number = new Intl.NumberFormat(zh ? 'zh-CN' : 'en-US', { maximumFractionDigits: 0 });
  const rating = (b: CapacityBalance) =>
    b.service === 'treatment'
      ? '–'
      : b.rating === 'sellable'
        ? TERMS.sellableCapacity[language]
        : TERMS.nameplateCapacity[language];
  const rows = balances.map((b) => [
    localize(model.materials.find((m) => m.id === b.material)?.name, language) + (b.hazardous ? ' ☣' : ''),
    b.service === 'supply' ? (zh ? '供应' : 'supply') : zh ? '处置利用' : 'treatment',
    number.format(b.generated),
    number.format(b.unplaced),
    number.format(b.capacity),
    number.format(b.load),
    b.utilisation === null ? '–' : `${Math.round(b.utilisation * 100)}%`,
    rating(b),
    b.unit,
  ]);
  const header = zh
    ? ['物料', '类型', '产生量/需求', '外送处置/缺供', '能力', '实际负荷', '负荷率', '能力口径', '单位']
    : ['material', 'service', 'generated/needed', 'disposed/unsupplied', 'capacity', 'load', 'use', 'rating', 'unit'];
  const note = zh
    ? '负荷 = 处置利用企业实际接收的全部量(园区企业送来、外购、厂内自用);供应类为实际供出量。'
    : 'load = everything the plants take in (from park partners, bought in, in-house); for supply, what they deliver.';
  return [
    formatTable(header, rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left', 'left']),
    note,
  ].join('\n');
}
