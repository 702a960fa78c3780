import { ok, type Result } from './errors.js';
import { parseJsonYearRows, parseTableRows, type YearRow } from './rows.js';
import type { DecimalSeparator } from './number.js';
import type { PreventionModel } from './model.js';

const FIELDS = ['families', 'children'] as const;
type Field = (typeof FIELDS)[number];

const toModel = (rows: readonly YearRow<Field>[]): PreventionModel => ({
  rows: rows.map(({ year, families, children }) => ({ year, families, children })),
});

/** `[{"year":2023,"families":53,"children":109}]`, `{"2023":{"families":53,"children":109}}` or the model, `{"rows":[…]}`. */
export function parsePrevention(input: unknown, decimal: DecimalSeparator): Result<PreventionModel> {
  const rows = parseJsonYearRows(input, FIELDS, decimal, 'rows');
  return rows.ok ? ok(toModel(rows.value)) : rows;
}

/** Table cell texts: years, families, children; an optional header row. */
export function parsePreventionTable(
  cells: readonly (readonly string[])[],
  decimal: DecimalSeparator,
): Result<PreventionModel> {
  const rows = parseTableRows(cells, FIELDS, decimal);
  return rows.ok ? ok(toModel(rows.value)) : rows;
}

/** True when the figures cover one year: its two bars then stand side by side, named on the axis. */
export const oneYear = (model: PreventionModel): boolean => model.rows.length === 1;
