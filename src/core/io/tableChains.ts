/**
 * The chains table: one row per stage, the chain's own fields on its first
 * row (or repeated), stages ordered by their number when every row has one.
 */
import { problem, quote, type Problem } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';
import { TABLES } from './tableColumns.ts';
import { setPath } from './tableCells.ts';
import { recordOf, type RawSheet, type ReadTable, type TableRow } from './tableReader.ts';
import type { TableSourceMap } from './tableSourceMap.ts';

type Rec = Record<string, unknown>;

/** Chain rows: one per stage. A row without a chain id continues the chain above. */
export function readChains(
  entry: { sheet: RawSheet; table: ReadTable } | undefined,
  map: TableSourceMap,
  problems: Problem[],
): Rec[] {
  if (!entry) return [];
  const chains: { record: Rec; stages: { number?: unknown; stage: Rec; row: TableRow }[]; first: TableRow }[] = [];
  const byId = new Map<string, (typeof chains)[number]>();
  for (const row of entry.table.rows) {
    const { stage, ...fields } = recordOf(row, TABLES.chains.columns, problems);
    const id = fields['id'];
    let chain = typeof id === 'string' ? byId.get(id) : chains[chains.length - 1];
    if (!chain) {
      chain = { record: fields, stages: [], first: row };
      chains.push(chain);
      if (typeof id === 'string') byId.set(id, chain);
    } else {
      mergeChainFields(chain.record, fields, row, problems);
    }
    const { number, ...stageRecord } = (stage ?? {}) as Rec;
    chain.stages.push({ number, stage: stageRecord, row });
  }
  return chains.map(({ record, stages, first }, chainIndex) => {
    map.record(['chains', chainIndex], {
      sheet: entry.sheet,
      row: first.row,
      columns: entry.table.columnLabels,
      columnPrefix: '',
    });
    const ordered = orderStages(stages, problems);
    ordered.forEach(({ row }, stageIndex) =>
      map.record(['chains', chainIndex, 'stages', stageIndex], {
        sheet: entry.sheet,
        row: row.row,
        columns: entry.table.columnLabels,
        columnPrefix: 'stage.',
      }),
    );
    return { ...record, stages: ordered.map((s) => s.stage) };
  });
}

function mergeChainFields(target: Rec, fields: Rec, row: TableRow, problems: Problem[]): void {
  for (const column of TABLES.chains.columns) {
    if (column.key.startsWith('stage.')) continue;
    const [head, tail] = column.key.split('.') as [string, string | undefined];
    const value = tail === undefined ? fields[head] : (fields[head] as Rec | undefined)?.[tail];
    if (value === undefined) continue;
    const existing = tail === undefined ? target[head] : (target[head] as Rec | undefined)?.[tail];
    if (existing === undefined) setPath(target, column.key, value);
    else if (existing !== value) {
      problems.push(
        problem(
          'error',
          'table-chain-conflict',
          [],
          bilingual('io:chainConflict', { existing: quote(existing), value: quote(value) }),
          row.at(column.key),
        ),
      );
    }
  }
}

/** Stages sorted by their number when every row has one; the row order otherwise. */
function orderStages<T extends { number?: unknown; row: TableRow }>(stages: T[], problems: Problem[]): T[] {
  if (!stages.every((s) => typeof s.number === 'number')) return stages;
  const seen = new Set<unknown>();
  for (const s of stages) {
    if (seen.has(s.number)) {
      problems.push(
        problem(
          'error',
          'table-duplicate-stage',
          [],
          bilingual('io:duplicateStage', { number: quote(s.number) }),
          s.row.at('stage.number'),
        ),
      );
    }
    seen.add(s.number);
  }
  return [...stages].sort((a, b) => (a.number as number) - (b.number as number));
}
