import { parseCsv } from '../data/csv.js';
import { fail, ok, type Result } from '../data/errors.js';
import { parseNumberText, toYear, type DecimalSeparator } from '../data/number.js';
import { ROW_LENGTH, type ChartTag, type FigureRow } from './settings.js';

/** A header row, as the table parsers see one: its first cell is no year, and no other cell is a number. */
function isHeaderRow(row: readonly string[], decimal: DecimalSeparator): boolean {
  if (toYear(row[0], 1).ok) return false;
  return row.slice(1).every((cell) => {
    const value = parseNumberText(cell, decimal, { field: '' });
    return !value.ok || value.value === null;
  });
}

/**
 * Reads figures pasted from a spreadsheet (tab-separated) or CSV (`;` or `,`) into the editor's rows, as
 * typed: a header row is dropped, extra columns too. The figures themselves are checked by the preview,
 * as the component checks them; only CSV that cannot be split (an unclosed quote) or no rows fail here.
 */
export function readPasted(text: string, tag: ChartTag, decimal: DecimalSeparator): Result<FigureRow[]> {
  const cells = parseCsv(text);
  if (!cells.ok) return cells;
  const [first, ...rest] = cells.value;
  if (!first) return fail('empty');
  const body = isHeaderRow(first, decimal) ? rest : cells.value;
  if (body.length === 0) return fail('empty');
  const length = ROW_LENGTH[tag];
  return ok(body.map((row) => Array.from({ length }, (_, index) => (row[index] ?? '').trim())));
}
