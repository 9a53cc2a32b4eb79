/**
 * The "说明 Notes" sheet of exported workbooks and of the template: what
 * each table and column holds, the accepted values and the units.
 */
import { listUnits } from '../model/units.ts';
import { PARK_FIELDS, TABLE_ORDER, TABLES, type ColumnDef } from './tableColumns.ts';
import { headerOf, tableTitle } from './tableHeaders.ts';
import type { Cell } from './tableCells.ts';

export const NOTES_TITLE = '说明 Notes';
export const NOTES_HEADER = ['表 table', '列 column', '类型 type', '说明', 'notes'];

const TYPE_NAMES: Readonly<Record<ColumnDef['type'], string>> = {
  id: '编号 id',
  name: '名称 name',
  text: '文本 text',
  number: '数字 number',
  integer: '整数 whole number',
  boolean: '是/否 TRUE/FALSE',
  enum: '取值 one of',
  list: '编号列表 list of ids',
  json: 'JSON',
};

function typeOf(column: ColumnDef): string {
  return column.values ? `${TYPE_NAMES.enum}: ${column.values.join(', ')}` : TYPE_NAMES[column.type];
}

export function notesRows(): Cell[][] {
  const rows: Cell[][] = [
    [
      '',
      '',
      '',
      '每个工作表是一张表,第 1 行是表头;表头可用中文、英文或中英双语。取值可用英文或中文名称。',
      'Each sheet is one table and row 1 its header, in Chinese, English or both. Values may be given in English or by their Chinese names.',
    ],
    [
      '',
      '',
      '',
      "以 = + - @ 或 ' 开头的文本在导出时前面加上 ',以免被当作公式;导入时去掉这个 '。",
      "Text starting with = + - @ or ' gets a leading ' on export so no spreadsheet runs it as a formula; import removes it.",
    ],
    [],
  ];
  for (const key of TABLE_ORDER) {
    const table = TABLES[key];
    rows.push([tableTitle(table), '', '', table.about.zh, table.about.en]);
    const columns = key === 'park' ? PARK_FIELDS : table.columns;
    for (const column of columns) {
      rows.push(['', headerOf(column), typeOf(column), column.note?.zh ?? '', column.note?.en ?? '']);
    }
  }
  rows.push([], ['单位 units', '', '', '数量均为年量,单位须写明', 'every quantity is yearly, with its unit']);
  for (const unit of listUnits()) rows.push(['', unit.id, unit.dimension, unit.name.zh, unit.name.en]);
  return rows;
}
