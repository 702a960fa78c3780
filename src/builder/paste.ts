import { parseCsv } from '../data/csv.js';
import { fail, ok, type Result } from '../data/errors.js';
import { extraColumn, figureRows, misplacedYears } from '../data/rows.js';
import { FIELDS } from './markup.js';
import { fitRow, type ChartTag, type FigureRow } from './settings.js';
import type { DecimalSeparator } from '../data/number.js';

/**
 * Reads figures pasted from a spreadsheet (tab-separated) or CSV (`;` or `,`) into the editor's rows, as
 * typed: header rows (a title above the column names too) are dropped, and columns after the chart's that
 * hold text. The figures themselves are checked by the preview, as the component checks them; here fail
 * only CSV that cannot be split (an unclosed quote), no rows, and what a page says of the table's shape.
 */
export function readPasted(text: string, tag: ChartTag, decimal: DecimalSeparator): Result<FigureRow[]> {
  const cells = parseCsv(text);
  if (!cells.ok) return cells;
  const rows = tableRows(cells.value, tag, decimal);
  if (!rows.ok) return rows;
  if (rows.value.length === 0) return fail('empty');
  return ok(rows.value.map((row) => row.map((cell) => cell.trim())));
}

/**
 * A table's rows of figures as the component reads them from its cell texts (`parseTableRows`), each cut or
 * filled to the chart's columns, as written: without blank rows and the header rows above the figures. Years not down
 * the first column are said where they are, and a number in a column the chart does not show is an error
 * (NC119), not dropped: the page says the same of the code the builder writes.
 */
export function tableRows(
  cells: readonly (readonly string[])[],
  tag: ChartTag,
  decimal: DecimalSeparator,
): Result<FigureRow[]> {
  const body = figureRows(cells, decimal);
  return misplacedYears(body[0]) ?? extraColumn(body, FIELDS[tag], decimal) ?? ok(body.map((row) => fitRow(row, tag)));
}
