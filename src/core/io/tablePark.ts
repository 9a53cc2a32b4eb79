/**
 * The park table: key/value rows (`字段 field`, `值 value`), each field
 * named like a column header and its value read by that field's type.
 */
import { problem, quote, type Problem } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';
import { PARK_FIELDS } from './tableColumns.ts';
import { columnLookup } from './tableHeaders.ts';
import { fromCell, setPath } from './tableCells.ts';
import type { RawSheet, ReadTable } from './tableReader.ts';
import type { TableSourceMap } from './tableSourceMap.ts';
import { unescapeFormula } from './formulaEscape.ts';

type Rec = Record<string, unknown>;

export function readPark(
  sheet: RawSheet,
  table: ReadTable,
  map: TableSourceMap,
  problems: Problem[],
): { parkRecord: Rec; schemaVersion?: unknown } {
  const lookup = columnLookup(PARK_FIELDS);
  const parkRecord: Rec = {};
  let schemaVersion: unknown;
  const seen = new Set<string>();
  const valueColumn = table.columnLabels.get('value');
  map.record(['park'], { sheet, columns: new Map(), columnPrefix: '' });
  for (const row of table.rows) {
    const label = row.cells.get('field');
    if (label === undefined || label === '') continue;
    const field = lookup(unescapeFormula(String(label)));
    if (!field) {
      problems.push(
        problem(
          'warning',
          'table-unknown-field',
          [],
          bilingual('io:unknownField', { field: quote(label) }),
          row.at('field'),
        ),
      );
      continue;
    }
    if (seen.has(field.key)) {
      problems.push(
        problem(
          'error',
          'table-duplicate-field',
          [],
          bilingual('io:duplicateField', { field: quote(label) }),
          row.at('field'),
        ),
      );
      continue;
    }
    seen.add(field.key);
    const path = field.key === 'schemaVersion' ? ['schemaVersion'] : ['park', ...field.key.split('.')];
    const origin = {
      sheet,
      row: row.row,
      columns: new Map<string, string>(),
      columnPrefix: '',
      ...(valueColumn === undefined ? {} : { fixedColumn: valueColumn }),
    };
    map.record(path, origin);
    // `park.name` (both languages missing) points at the row of its first language.
    for (let length = path.length - 1; length >= 2; length--) map.recordDefault(path.slice(0, length), origin);
    const parsed = fromCell(row.cells.get('value'), field);
    if ('error' in parsed) problems.push(problem('error', 'table-cell', [], parsed.error, row.at('value')));
    else if (parsed.value === undefined) continue;
    else if (field.key === 'schemaVersion') schemaVersion = parsed.value;
    else setPath(parkRecord, field.key, parsed.value);
  }
  return schemaVersion === undefined ? { parkRecord } : { parkRecord, schemaVersion };
}
