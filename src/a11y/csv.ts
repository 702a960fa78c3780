import { GROUPS_OR_DECIMALS_SV } from '../data/number.js';
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
 * grouping and with the language's decimal sign; gaps are empty cells. Lines end with CRLF (RFC 4180). The
 * file reads back as `src` (data/csv.ts drops the note and the source).
 */
export function toCsv(table: DataTable, format: CsvFormat): string {
  const cell = (value: number | string | null): string => {
    if (value === null) return '';
    const text = typeof value === 'number' ? writeNumber(value, format.decimal) : value;
    const needsQuotes = text.includes(format.delimiter) || /["\r\n]/.test(text) || text !== text.trim();
    return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [table.columns, ...table.values].map((row) => row.map(cell).join(format.delimiter));
  if (table.note) lines.push('', cell(table.note));
  if (table.source) lines.push(...(table.note ? [] : ['']), cell(table.source));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** "1,234" reads two ways in Swedish and is refused: 1.234 is written "1,2340", which Excel reads too. */
function writeNumber(value: number, decimal: CsvFormat['decimal']): string {
  const text = String(value).replace('.', decimal);
  return decimal === ',' && GROUPS_OR_DECIMALS_SV.test(text) ? `${text}0` : text;
}
