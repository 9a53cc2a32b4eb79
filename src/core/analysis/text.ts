/** Helpers that put names and quantities into findings' one-sentence reasons. */
import { message } from '../text/message.ts';
import { BOUNDARY_NAMES } from '../model/boundary.ts';
import { localize } from '../model/labels.ts';
import { isBoundaryId } from '../model/references.ts';
import type { BoundaryId, Language } from '../model/types.ts';
import { BASE_UNIT, type Dimension } from '../model/units.ts';
import type { AnalysisContext } from './context.ts';

export function actorName(context: AnalysisContext, id: string, language: Language): string {
  if (isBoundaryId(id)) return localize(BOUNDARY_NAMES[id as BoundaryId], language);
  return localize(context.index.enterprises.get(id)?.name, language) || id;
}

export function materialName(context: AnalysisContext, id: string, language: Language): string {
  return localize(context.index.materials.get(id)?.name, language) || id;
}

/** "12,300 t/a" / "12,300 t/a" with locale grouping and at most 3 significant decimals. */
export function formatQuantity(quantity: number, unit: string, language: Language): string {
  const digits = Math.abs(quantity) >= 100 ? 0 : Math.abs(quantity) >= 1 ? 1 : 3;
  return `${numberFormat(language, digits).format(quantity)} ${unit}`;
}

/** The locale numbers are written in: grouping and decimal marks (number formatting, not words). */
export function numberLocale(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en-US';
}

// Building an Intl.NumberFormat costs far more than using one; parks produce tens of thousands of reasons.
const FORMATS = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, digits: number): Intl.NumberFormat {
  const key = `${language}:${digits}`;
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: digits });
    FORMATS.set(key, format);
  }
  return format;
}

/** Amounts in several measures (t/a, GJ/a, m³/a …), each in its base unit: "700,000 t/a · 1,000,000 GJ/a", or "–". */
export function formatUnmet(
  totals: Readonly<Partial<Record<Dimension, number>>>,
  language: Language,
  /** Lost flows that give no quantity: said as a count, since their size is unknown. */
  links = 0,
): string {
  const parts = (Object.keys(totals) as Dimension[])
    .filter((d) => (totals[d] ?? 0) > 0)
    .map((d) => formatQuantity(totals[d]!, BASE_UNIT[d], language));
  if (links > 0)
    parts.push(message(language, links === 1 ? 'analysis:unmeasuredLink' : 'analysis:unmeasuredLinks', { n: links }));
  return parts.length === 0 ? '–' : parts.join(' · ');
}
