/**
 * Spreadsheet formula injection (CSV injection, OWASP): a text cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return may be run as a
 * formula when the file is opened in Excel or LibreOffice. On export such
 * text gets a leading apostrophe, which spreadsheets show as plain text.
 *
 * To make the escaping reversible, text that already starts with an
 * apostrophe is escaped too: on import exactly one leading apostrophe is
 * removed, so `'=1` ↔ `=1` and `''x` ↔ `'x`. Numbers are never escaped.
 */

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', "'"]);

export function escapeFormula(text: string): string {
  return text.length > 0 && TRIGGERS.has(text[0] as string) ? `'${text}` : text;
}

/** Reverses `escapeFormula`; also accepts text a user typed with Excel's own leading apostrophe. */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}
