/**
 * A model → the exchange list of the quick start (flowsCsv.ts): one row per
 * flow, actors and materials by name, with its years, its citation and its
 * custom attributes (one column per attribute key). It carries flows only;
 * importing it rebuilds enterprises, materials and sources from the names
 * and the citation texts, and every flow comes back as it was written.
 */
import Papa from 'papaparse';
import { localize } from '../model/labels.ts';
import type { Flow, LocalizedText, ParkModel } from '../model/types.ts';
import { escapeFormula } from './formulaEscape.ts';
import { attributeCell, attributeHeader } from './flowsCsvAttributes.ts';
import { EXPORT_COLUMNS } from './flowsCsvColumns.ts';

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

/** Every attribute key of any flow, in first-seen order: one column each. */
function attributeKeys(flows: readonly Flow[]): string[] {
  const keys = new Set<string>();
  for (const flow of flows) for (const key of Object.keys(flow.attributes ?? {})) keys.add(key);
  return [...keys];
}

export function writeFlowsCsv(model: ParkModel): string {
  const actors = uniqueNames(model.enterprises);
  const materialNames = uniqueNames(model.materials);
  const categories = new Map(model.materials.map((m) => [m.id, m.category]));
  const citations = new Map((model.park.sources ?? []).map((s) => [s.id, s.title]));
  const keys = attributeKeys(model.flows);
  const text = (value: string | undefined) => (value === undefined ? '' : escapeFormula(value));
  const number = (value: number | undefined) => (value === undefined ? '' : String(value));
  const rows = model.flows.map((f) => [
    text(actors.get(f.from) ?? f.from),
    text(actors.get(f.to) ?? f.to),
    text(materialNames.get(f.material) ?? f.material),
    text(categories.get(f.material)),
    number(f.quantity),
    text(f.unit),
    text(f.status),
    number(f.startYear),
    number(f.endYear),
    text(f.source === undefined ? undefined : (citations.get(f.source) ?? f.source)),
    text(f.note),
    ...keys.map((key) => {
      const attributes = f.attributes ?? {};
      return Object.hasOwn(attributes, key) ? attributeCell(attributes[key] as string | number | boolean) : '';
    }),
  ]);
  const header = [...EXPORT_COLUMNS, ...keys.map(attributeHeader)];
  return `\uFEFF${Papa.unparse([header, ...rows], { newline: '\r\n' })}\r\n`;
}
