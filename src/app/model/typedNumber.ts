/**
 * A number as typed in a table cell or a form field: spaces, thousands
 * separators and full-width digits (what a Chinese input method types) are
 * allowed. Text that is no number at all is refused here, at the field;
 * whether the number fits the model (not negative, say) is core's call.
 */
import { problem, quote, type Problem } from '../../core/model/problems.ts';
import { appBilingual } from '../i18n/appMessage.ts';

export function parseQuantity(typed: string): number | null {
  const normal = typed
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s,_]/g, '');
  if (normal === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal)) return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

/** Why typed text cannot be a number at `field`: nothing typed, or not a number. */
export function typedNumberProblem(field: string, typed: string): Problem {
  const shown = typed.trim();
  return shown === ''
    ? problem('error', 'number-missing', [field], appBilingual('fieldProblem.numberMissing'))
    : problem('error', 'not-a-number', [field], appBilingual('fieldProblem.notANumber', { typed: quote(shown) }));
}
