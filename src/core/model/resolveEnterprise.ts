/**
 * Finds an enterprise the way a person names it: by id, or by its name in
 * either language — exactly, or by a part of it that only one enterprise's
 * name contains ("富源" finds 富源热电). Case, surrounding spaces and
 * full-width forms do not matter. Ambiguity is reported with the candidates,
 * never guessed.
 */
import { localize } from './labels.ts';
import type { ParkModel } from './types.ts';

export type EnterpriseMatch =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly reason: 'none' | 'ambiguous'; readonly candidates: readonly string[] };

function normalize(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

export function resolveEnterprise(model: ParkModel, query: string): EnterpriseMatch {
  const wanted = normalize(query);
  if (wanted === '') return { ok: false, reason: 'none', candidates: [] };
  const byId = model.enterprises.find((e) => e.id === query.trim());
  if (byId) return { ok: true, id: byId.id };
  const names = (e: ParkModel['enterprises'][number]) =>
    [e.id, e.name.zh, e.name.en].filter((n): n is string => n !== undefined).map(normalize);
  const exact = model.enterprises.filter((e) => names(e).includes(wanted));
  if (exact.length === 1) return { ok: true, id: exact[0]!.id };
  const partial = exact.length > 1 ? exact : model.enterprises.filter((e) => names(e).some((n) => n.includes(wanted)));
  if (partial.length === 1) return { ok: true, id: partial[0]!.id };
  return {
    ok: false,
    reason: partial.length === 0 ? 'none' : 'ambiguous',
    candidates: partial.map((e) => `${e.id} (${localize(e.name, 'zh')})`),
  };
}
