/**
 * A number as typed in a table cell or a form field: spaces, thousands
 * separators and full-width digits (what a Chinese input method types) are
 * allowed. Text that is no number at all is refused here, at the field;
 * whether the number fits the model (not negative, say) is core's call.
 */
import { problem, quote, type Problem } from '../../core/model/problems.ts';

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
    ? problem('error', 'number-missing', [field], { zh: '请填写数字', en: 'enter a number' })
    : problem('error', 'not-a-number', [field], {
        zh: `${quote(shown)} 不是数字`,
        en: `${quote(shown)} is not a number`,
      });
}
