import { parseCsv } from '../data/csv.js';
import { fail, ok, type Result } from '../data/errors.js';
import { isHeaderRow } from '../data/rows.js';
import { ROW_LENGTH, type ChartTag, type FigureRow } from './settings.js';
import type { DecimalSeparator } from '../data/number.js';

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
