import type { DataTable } from './data-table.js';

/** Byte-order mark: without it, Excel opens UTF-8 files as Windows-1252 and garbles "ö". */
const BOM = '\uFEFF';

export interface CsvFormat {
  /** `;` for Swedish (Excel's list separator where the decimal sign is a comma), `,` for English. */
  readonly delimiter: ';' | ',';
  readonly decimal: ',' | '.';
}

/**
 * The table as CSV: a header row, one row per year, then the note and the source line. Numbers are written without
 * grouping and with the language's decimal sign; gaps are empty cells. Lines end with CRLF (RFC 4180).
 */
export function toCsv(table: DataTable, format: CsvFormat): string {
  const cell = (value: number | string | null): string => {
    if (value === null) return '';
    const text = typeof value === 'number' ? String(value).replace('.', format.decimal) : value;
    const needsQuotes = text.includes(format.delimiter) || /["\r\n]/.test(text) || text !== text.trim();
    return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [table.columns, ...table.values].map((row) => row.map(cell).join(format.delimiter));
  if (table.note) lines.push('', cell(table.note));
  if (table.source) lines.push(...(table.note ? [] : ['']), cell(table.source));
  return BOM + lines.join('\r\n') + '\r\n';
}
