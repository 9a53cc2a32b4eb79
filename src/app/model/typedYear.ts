/**
 * A flow's start or end year as typed in a table cell or a form field.
 * Empty means "no year" (the field is removed). Anything else must be a
 * whole year in the range core allows (schema.ts, FLOW_YEAR_MIN/MAX): it is
 * refused here with one plain message, because zod's own words for a
 * fraction ("expected int") tell a park manager nothing. Whether the end
 * comes before the start is core's check (flowYears.ts), made on commit.
 */
import { FLOW_YEAR_MAX, FLOW_YEAR_MIN } from '../../core/model/asOfYear.ts';
import { problem, quote, type Problem } from '../../core/model/problems.ts';
import { appBilingual } from '../i18n/appMessage.ts';

export type TypedYear =
  { readonly kind: 'empty' } | { readonly kind: 'year'; readonly year: number } | { readonly kind: 'invalid' };

export function parseYear(typed: string): TypedYear {
  // Full-width digits are what a Chinese input method types.
  const normal = typed.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (normal === '') return { kind: 'empty' };
  if (!/^\d{4}$/.test(normal)) return { kind: 'invalid' };
  const year = Number(normal);
  return year >= FLOW_YEAR_MIN && year <= FLOW_YEAR_MAX ? { kind: 'year', year } : { kind: 'invalid' };
}

/** Why `typed` is not a year, at `field` (`startYear` or `endYear`). */
export function typedYearProblem(field: string, typed: string): Problem {
  return problem(
    'error',
    'not-a-year',
    [field],
    appBilingual('fieldProblem.notAYear', { min: FLOW_YEAR_MIN, max: FLOW_YEAR_MAX, typed: quote(typed.trim()) }),
  );
}
