/**
 * The year a user asks the park "as of" (`--as-of YEAR`, the app's year
 * slider): checked before anything is read, and explained once the model is
 * known. Refusals are for years no exchange list could mean (not a whole
 * number, outside the years a flow may carry); everything else is allowed and
 * said in plain words — a park with no dated flows is the same in every year,
 * which is a note, not an error.
 */
import { bilingual, message } from '../text/message.ts';
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
  if (!/^\d{1,4}$/.test(trimmed)) return { ok: false, message: bilingual('model:asOfNotWhole', { text }) };
  const year = Number(trimmed);
  if (year < FLOW_YEAR_MIN || year > FLOW_YEAR_MAX) {
    return {
      ok: false,
      message: bilingual('model:asOfOutOfRange', { year, min: FLOW_YEAR_MIN, max: FLOW_YEAR_MAX }),
    };
  }
  return { ok: true, year };
}

/** "截至 1995 年" / "as of 1995": the words a heading adds. */
export function asOfLabel(year: number, language: Language): string {
  return message(language, 'model:asOf', { year });
}

/**
 * What a reader of the park as of `year` should know: that no flow has a
 * year (so every year is the same), that the year lies before the first
 * recorded change or after the last, and how many flows were taken as
 * present throughout for want of a start year.
 */
export function asOfNotes(model: ParkModel, year: number): BilingualMessage[] {
  if (!hasDatedFlows(model)) return [bilingual('model:asOfUndated', { year, flows: model.flows.length })];
  const notes: BilingualMessage[] = [];
  const years = yearsOf(model);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  if (year < first) notes.push(bilingual('model:asOfBeforeFirst', { year, first }));
  else if (year > last) notes.push(bilingual('model:asOfAfterLast', { year, last }));
  const noStart = model.flows.filter((f) => f.startYear === undefined).length;
  if (noStart > 0) {
    const undated = model.flows.filter((f) => !isDated(f)).length;
    notes.push(
      noStart > 1
        ? bilingual('model:asOfNoStart', { noStart, undated })
        : bilingual(undated === 1 ? 'model:asOfNoStartOneUndated' : 'model:asOfNoStartOneEnded'),
    );
  }
  return notes;
}
