/**
 * Numbers, dates and the report's words in one language, so every section
 * formats the same way: locale grouping from `numberLocale`, a dash for a
 * missing value, the report's words from the catalogue (namespace `report`).
 */
import { numberLocale } from '../analysis/presentation.ts';
import { formatQuantity } from '../analysis/text.ts';
import type { Language } from '../model/types.ts';
import type { ReportTextKey } from './reportLabels.ts';
import { message, type MessageParams } from '../text/message.ts';
import { listNames } from '../text/lists.ts';

export const MISSING = '–';

export interface ReportFormat {
  readonly language: Language;
  /** A report word or sentence, with `{{name}}` placeholders filled in. */
  text(key: ReportTextKey, values?: MessageParams): string;
  /** Whole number with grouping: 12,300 / 12,300. */
  integer(value: number | null | undefined): string;
  /** Fixed digits after the point. */
  decimal(value: number | null | undefined, digits?: number): string;
  /** A 0–1 share as a percentage. */
  percent(value: number | null | undefined): string;
  /** Quantity and unit, as findings' reasons print them. */
  quantity(value: number | null | undefined, unit: string | undefined): string;
  /** The date of an ISO timestamp, in UTC so the output does not depend on the machine. */
  date(iso: string): string;
  /** Names joined as the language lists them (、 in Chinese). */
  list(items: readonly string[]): string;
}

export function createReportFormat(language: Language): ReportFormat {
  const locale = numberLocale(language);
  const integers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const missing = (value: number | null | undefined): value is null | undefined =>
    value === null || value === undefined || !Number.isFinite(value);
  return {
    language,
    text: (key, values = {}) => message(language, `report:${key}`, values),
    integer: (value) => (missing(value) ? MISSING : integers.format(value)),
    decimal: (value, digits = 3) => {
      if (missing(value)) return MISSING;
      let format = decimals.get(digits);
      if (!format) {
        format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
        decimals.set(digits, format);
      }
      return format.format(value);
    },
    percent: (value) => (missing(value) ? MISSING : percents.format(value)),
    quantity: (value, unit) => (missing(value) || unit === undefined ? MISSING : formatQuantity(value, unit, language)),
    date: (iso) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso)),
    list: (items) => listNames(items, language),
  };
}
