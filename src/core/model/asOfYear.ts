/**
 * The year a user asks the park "as of" (`--as-of YEAR`, the app's year
 * slider): checked before anything is read, and explained once the model is
 * known. Refusals are for years no exchange list could mean (not a whole
 * number, outside the years a flow may carry); everything else is allowed and
 * said in plain words — a park with no dated flows is the same in every year,
 * which is a note, not an error.
 */
import { hasDatedFlows, isDated, yearsOf } from './asOf.ts';
import type { BilingualMessage } from './problems.ts';
import type { Language, ParkModel } from './types.ts';

/** The years a flow's `startYear` and `endYear` may take (schema.ts), and so the years worth asking about. */
export const FLOW_YEAR_MIN = 1900;
export const FLOW_YEAR_MAX = 2200;

export type AsOfYear =
  { readonly ok: true; readonly year: number } | { readonly ok: false; readonly message: BilingualMessage };

/** Reads the year as typed after `--as-of`; the message names the option and the value. */
export function parseAsOfYear(text: string): AsOfYear {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) {
    return refuse(
      `--as-of "${text}":年份应为整数,如 1995`,
      `--as-of "${text}": the year must be a whole number, e.g. 1995`,
    );
  }
  const year = Number(trimmed);
  if (year < FLOW_YEAR_MIN || year > FLOW_YEAR_MAX) {
    return refuse(
      `--as-of ${year}:年份应在 ${FLOW_YEAR_MIN}–${FLOW_YEAR_MAX} 之间(物质流起止年份的取值范围)`,
      `--as-of ${year}: the year must be between ${FLOW_YEAR_MIN} and ${FLOW_YEAR_MAX} (the range of flow start and end years)`,
    );
  }
  return { ok: true, year };
}

function refuse(zh: string, en: string): AsOfYear {
  return { ok: false, message: { zh, en } };
}

/** "截至 1995 年" / "as of 1995": the words a heading adds. */
export function asOfLabel(year: number, language: Language): string {
  return language === 'zh' ? `截至 ${year} 年` : `as of ${year}`;
}

/**
 * What a reader of the park as of `year` should know: that no flow has a
 * year (so every year is the same), that the year lies before the first
 * recorded change or after the last, and how many flows were taken as
 * present throughout for want of a start year.
 */
export function asOfNotes(model: ParkModel, year: number): BilingualMessage[] {
  if (!hasDatedFlows(model)) {
    return [
      {
        zh: `模型中的物质流都未注明年份:各年份的园区相同,截至 ${year} 年即全部 ${model.flows.length} 条物质流。`,
        en: `No flow in the model has a year: the park is the same in every year, so as of ${year} it holds all ${model.flows.length} flows.`,
      },
    ];
  }
  const notes: BilingualMessage[] = [];
  const years = yearsOf(model);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  if (year < first) {
    notes.push({
      zh: `${year} 年早于最早记录的变化(${first} 年):园区只含未注明起始年份的物质流。`,
      en: `${year} is before the first recorded change (${first}): the park holds only the flows without a start year.`,
    });
  } else if (year > last) {
    notes.push({
      zh: `${year} 年晚于最后一次记录的变化(${last} 年):园区与 ${last} 年相同。`,
      en: `${year} is after the last recorded change (${last}): the park is as it was in ${last}.`,
    });
  }
  const noStart = model.flows.filter((f) => f.startYear === undefined).length;
  if (noStart > 0) {
    const undated = model.flows.filter((f) => !isDated(f)).length;
    notes.push({
      zh: `${noStart} 条物质流未注明起始年份(其中 ${undated} 条未注明任何年份),视为自始存在。`,
      en:
        noStart === 1
          ? `1 flow gives no start year (${undated === 1 ? 'nor any year' : 'but an end year'}) and is taken as present from the start.`
          : `${noStart} flows give no start year (${undated} of them no year at all) and are taken as present from the start.`,
    });
  }
  return notes;
}
