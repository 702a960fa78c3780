import { parseCsv } from '../data/csv.js';
import { fail, ok, type Result } from '../data/errors.js';
import { extraColumn, isHeaderRow } from '../data/rows.js';
import { FIELDS } from './markup.js';
import { ROW_LENGTH, type ChartTag, type FigureRow } from './settings.js';
import type { DecimalSeparator } from '../data/number.js';

/**
 * Reads figures pasted from a spreadsheet (tab-separated) or CSV (`;` or `,`) into the editor's rows, as
 * typed: a header row is dropped, and columns after the chart's that hold text. The figures themselves are
 * checked by the preview, as the component checks them; here fail only CSV that cannot be split (an unclosed
 * quote), no rows, and a number in a column the chart would not show (NC119), as on a page.
 */
export function readPasted(text: string, tag: ChartTag, decimal: DecimalSeparator): Result<FigureRow[]> {
  const cells = parseCsv(text);
  if (!cells.ok) return cells;
  const [first, ...rest] = cells.value;
  if (!first) return fail('empty');
  const body = isHeaderRow(first, decimal) ? rest : cells.value;
  if (body.length === 0) return fail('empty');
  const length = ROW_LENGTH[tag];
  // A column of numbers the chart does not show is said, not dropped: "År | Kvinnor | Män" (NC119).
  return (
    extraColumn(body, FIELDS[tag], decimal) ??
    ok(body.map((row) => Array.from({ length }, (_, index) => (row[index] ?? '').trim())))
  );
}
