/** One warning per kind of default a graph import applied, with how often. */
import { problem, quote, type Problem } from '../model/problems.ts';
import { bilingual, type KeyOf } from '../text/message.ts';
import type { GraphCatalog } from './graphCatalog.ts';
import type { GraphIn } from './graphInput.ts';

/** The catalogue's message for each default's code (the warning's code is `graph-` and the default's). */
const NOTES: Readonly<Record<string, KeyOf<'io'>>> = {
  'cluster-created': 'clusterCreated',
  'cluster-default': 'clusterDefault',
  'role-default': 'roleDefault',
  'status-default': 'statusDefault',
  'name-from-id': 'nameFromId',
  'material-created': 'materialCreated',
  'material-category': 'materialCategory',
  'material-missing': 'materialMissing',
  'quantity-missing': 'quantityMissing',
  'unit-default': 'unitDefault',
  'status-default-flow': 'statusDefaultFlow',
};

export function defaultNotes(catalog: GraphCatalog, own: boolean, graph: GraphIn): Problem[] {
  const at = { file: graph.file };
  const notes: Problem[] = [];
  if (!own) {
    notes.push(problem('warning', 'graph-foreign', [], bilingual('io:graphForeign', { format: graph.format }), at));
  }
  for (const [code, n] of catalog.defaults) {
    const key = NOTES[code];
    if (key) notes.push(problem('warning', `graph-${code}`, [], bilingual(`io:${key}`, { n }), at));
  }
  if (catalog.keptAttributes.size > 0) {
    const names = [...catalog.keptAttributes];
    const list = names
      .slice(0, 12)
      .map((n) => quote(n))
      .join(', ');
    const more = names.length > 12 ? ` (+${names.length - 12})` : '';
    notes.push(
      problem('warning', 'graph-attributes-kept', [], bilingual('io:attributesKept', { names: list, more }), at),
    );
  }
  return notes;
}
