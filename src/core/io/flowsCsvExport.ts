/**
 * A model → the exchange list of the quick start (flowsCsv.ts): one row per
 * flow, actors and materials by name. It carries flows only; importing it
 * rebuilds enterprises and materials from the names.
 */
import Papa from 'papaparse';
import { localize } from '../model/labels.ts';
import type { LocalizedText, ParkModel } from '../model/types.ts';
import { escapeFormula } from './formulaEscape.ts';

const HEADER = ['from', 'to', 'material', 'category', 'quantity', 'unit', 'status', 'year', 'note'];

/** Display names, made unique with the id where two records share one (they would merge on import). */
function uniqueNames(records: readonly { id: string; name: LocalizedText }[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const r of records) {
    const name = localize(r.name, 'zh');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return new Map(
    records.map((r) => {
      const name = localize(r.name, 'zh');
      return [r.id, (counts.get(name) ?? 0) > 1 || name.startsWith('@') ? `${name} (${r.id})` : name];
    }),
  );
}

export function writeFlowsCsv(model: ParkModel): string {
  const actors = uniqueNames(model.enterprises);
  const materialNames = uniqueNames(model.materials);
  const categories = new Map(model.materials.map((m) => [m.id, m.category]));
  const rows = model.flows.map((f) => [
    actors.get(f.from) ?? f.from,
    actors.get(f.to) ?? f.to,
    materialNames.get(f.material) ?? f.material,
    categories.get(f.material) ?? '',
    f.quantity ?? '',
    f.unit ?? '',
    f.status,
    f.startYear ?? '',
    f.note ?? '',
  ]);
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? escapeFormula(cell) : String(cell))));
  return `\uFEFF${Papa.unparse([HEADER, ...cells], { newline: '\r\n' })}\r\n`;
}
