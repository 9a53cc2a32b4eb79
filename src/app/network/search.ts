/** Finding actors by their Chinese or English name (or id) as the user types. */
import type { LocalizedText } from '../../core/model/types.ts';

export interface SearchableActor {
  readonly id: string;
  readonly name: LocalizedText;
}

export interface SearchMatch {
  readonly id: string;
  readonly name: LocalizedText;
}

/**
 * Case-insensitive; a name or id that starts with the query ranks before one
 * that merely contains it; ties keep the model's order.
 */
export function searchActors(actors: readonly SearchableActor[], query: string, limit = 8): SearchMatch[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return [];
  const scored: { actor: SearchableActor; score: number; order: number }[] = [];
  actors.forEach((actor, order) => {
    const texts = [actor.name.zh, actor.name.en, actor.id].filter((t): t is string => t !== undefined);
    let score = Infinity;
    for (const text of texts) {
      const at = text.toLocaleLowerCase().indexOf(needle);
      if (at === 0) score = Math.min(score, 0);
      else if (at > 0) score = Math.min(score, 1);
    }
    if (score !== Infinity) scored.push({ actor, score, order });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.slice(0, limit).map(({ actor }) => ({ id: actor.id, name: actor.name }));
}
