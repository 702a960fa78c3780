import { fail, ok, type Result } from './errors.js';
import { parseJsonYearRows, parseTableRows, type YearRow } from './rows.js';
import type { DecimalSeparator } from './number.js';
import type { Dataset, PreventionModel } from './model.js';

const FIELDS = ['families', 'children'] as const;
type Field = (typeof FIELDS)[number];

/**
 * The model, when it can be true: every family counted has a child, so a year with more families than
 * children has its columns swapped or a figure mistyped (NC118).
 */
function toModel(rows: Result<readonly YearRow<Field>[]>): Result<PreventionModel> {
  if (!rows.ok) return rows;
  const wrong = rows.value.find(
    ({ families, children }) => children !== null && families !== null && families > children,
  );
  if (wrong)
    return fail('moreFamiliesThanChildren', {
      year: wrong.year,
      field: 'families',
      value: wrong.families,
      detail: String(wrong.children),
    });
  return ok({ rows: rows.value.map(({ year, families, children }) => ({ year, families, children })) });
}

/** `[{"year":2023,"families":53,"children":109}]`, `{"2023":{"families":53,"children":109}}` or the model, `{"rows":[…]}`. */
export function parsePrevention(input: unknown, decimal: DecimalSeparator): Result<PreventionModel> {
  return toModel(parseJsonYearRows(input, FIELDS, decimal, 'rows'));
}

/** Table cell texts: years, families, children; an optional header row. */
export function parsePreventionTable(
  cells: readonly (readonly string[])[],
  decimal: DecimalSeparator,
): Result<PreventionModel> {
  return toModel(parseTableRows(cells, FIELDS, decimal));
}

/** True when the figures cover one year: its two bars then stand side by side, named on the axis. */
export const oneYear = (model: PreventionModel): boolean => model.rows.length === 1;

/** Eviction prevention: families with children who kept their home, and the children among them. */
export const DEFAULT_PREVENTION: Dataset<PreventionModel> = {
  model: { rows: [{ year: 2023, families: 53, children: 109 }] },
  provenance: { publisher: 'Norrköpings kommun', title: 'Vräkningsförebyggande arbete', year: 2023 },
};
