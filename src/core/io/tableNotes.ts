/**
 * The "说明 Notes" sheet of exported workbooks and of the template: what
 * each table and column holds, the accepted values and the units. Its
 * words are the catalogue's (namespace `column`).
 */
import { listUnits } from '../model/units.ts';
import type { BilingualMessage } from '../text/language.ts';
import { bilingual, message } from '../text/message.ts';
import { PARK_FIELDS, TABLE_ORDER, TABLES, type ColumnDef } from './tableColumns.ts';
import { headerOf, tableTitle } from './tableHeaders.ts';
import type { Cell } from './tableCells.ts';

/** A cell showing both languages, or one word when they are the same (`JSON`). */
function bothLanguages(text: BilingualMessage): string {
  return text.zh === text.en ? text.zh : headerOf(text);
}

const NOTES_SHEET = bilingual('column:notesSheet');
export const NOTES_TITLE = headerOf(NOTES_SHEET);
/** The names a notes sheet may have: it holds no data, so imports skip it. */
export const NOTES_TITLES: readonly string[] = [NOTES_TITLE, NOTES_SHEET.zh, NOTES_SHEET.en];
export const NOTES_HEADER = [
  headerOf(bilingual('column:notesTable')),
  headerOf(bilingual('column:notesColumn')),
  headerOf(bilingual('column:notesType')),
  message('zh', 'column:notesText'),
  message('en', 'column:notesText'),
];

function typeOf(column: ColumnDef): string {
  const type = bothLanguages(bilingual(`column:type_${column.values ? 'enum' : column.type}`));
  return column.values ? `${type}: ${column.values.join(', ')}` : type;
}

/** A row of the sheet's two text columns: the Chinese, then the English. */
function texts(text: BilingualMessage | undefined): [string, string] {
  return [text?.zh ?? '', text?.en ?? ''];
}

export function notesRows(): Cell[][] {
  const rows: Cell[][] = [
    ['', '', '', ...texts(bilingual('column:notesHeaders'))],
    ['', '', '', ...texts(bilingual('column:notesFormulas'))],
    [],
  ];
  for (const key of TABLE_ORDER) {
    const table = TABLES[key];
    rows.push([tableTitle(table), '', '', ...texts(table.about)]);
    const columns = key === 'park' ? PARK_FIELDS : table.columns;
    for (const column of columns) rows.push(['', headerOf(column), typeOf(column), ...texts(column.note)]);
  }
  rows.push([], [headerOf(bilingual('column:notesUnits')), '', '', ...texts(bilingual('column:notesUnitsText'))]);
  for (const unit of listUnits()) rows.push(['', unit.id, unit.dimension, unit.name.zh, unit.name.en]);
  return rows;
}
