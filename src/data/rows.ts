import { fail, ok, type Result } from './errors.js';
import { duplicateTopLevelKey, parseJsonOrValue } from './json.js';
import { isBlankCell, LARGEST, toCount, toNumber, toYear, type DecimalSeparator } from './number.js';

/** A row of yearly counts as read from any input form, before it becomes a component's model. */
export type YearRow<F extends string> = { readonly year: number } & Readonly<Record<F, number | null>>;

/** Keys that must never be read from untrusted objects. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads yearly rows from a parsed JSON value: an array of objects (`[{"year":2017,"value":814}]`) or a
 * year map (`{"2017":814}` when there is one field, `{"2023":{"families":53,"children":109}}` otherwise).
 * Unknown keys are ignored; the result is sorted by year; a duplicate year is an error.
 */
export function parseYearRows<F extends string>(
  input: unknown,
  fields: readonly F[],
  decimal: DecimalSeparator,
): Result<YearRow<F>[]> {
  if (Array.isArray(input)) {
    // Array.from, not map: a hole in a sparse array becomes an undefined row (NC102), not a hole in the results.
    return collect(
      Array.from(input, (item: unknown, index) => rowFromObject(item, index + 1, fields, decimal)),
      fields,
    );
  }
  if (isRecord(input)) {
    const entries = Object.keys(input).filter((key) => !FORBIDDEN_KEYS.has(key));
    return collect(
      entries.map((key, index) => {
        const entry = input[key];
        const row = index + 1;
        const year = toYear(key, row);
        if (!year.ok) return year;
        if (fields.length === 1 && !isRecord(entry)) return rowFromValues(year.value, [entry], row, fields, decimal);
        return rowFromObject(
          { ...(isRecord(entry) ? pick(entry, fields) : {}), year: year.value },
          row,
          fields,
          decimal,
        );
      }),
      fields,
    );
  }
  // The fields, for the message's example of the right shape.
  return fail('shape', { value: input, detail: fields.join() });
}

/**
 * Reads yearly rows from the cell texts of a table: the first column holds years, the next columns
 * the fields in order. Header rows above the figures are skipped (`figureRows`). Years elsewhere than down
 * the first column are an error that says where they are (`misplacedYears`), and so is a number in a column
 * after the fields (NC119): "År | Kvinnor | Män" would otherwise be drawn as women alone. Text there, such as
 * a comment, is not.
 */
export function parseTableRows<F extends string>(
  cells: readonly (readonly string[])[],
  fields: readonly F[],
  decimal: DecimalSeparator,
): Result<YearRow<F>[]> {
  const body = figureRows(cells, decimal);
  return (
    misplacedYears(body[0]) ??
    extraColumn(body, fields, decimal) ??
    collect(
      body.map((row, index) => {
        const year = toYear(row[0], index + 1);
        if (!year.ok) return year;
        return rowFromValues(year.value, row.slice(1), index + 1, fields, decimal);
      }),
      fields,
    )
  );
}

/**
 * The rows of a table's cell texts that hold figures, as written: blank rows are left out, and so are lines of
 * text above or below the figures typed in rows of their own (`isNote`: a title, the source, a note), and the
 * header rows above the figures (`isHeaderRow`), a title above the column names too (`Personer i hemlöshet |`
 * then `År | Personer`, as Excel sheets often have). The builder reads pasted figures with it, as a page does.
 */
export function figureRows(cells: readonly (readonly string[])[], decimal: DecimalSeparator): (readonly string[])[] {
  const nonBlank = cells.filter((row) => !row.every(isBlankCell));
  const rows = nonBlank.slice(
    nonBlank.findIndex((row) => !isNote(row)),
    nonBlank.findLastIndex((row) => !isNote(row)) + 1,
  );
  // True until the first row that is no header.
  let header = true;
  return rows.filter((row) => !(header &&= isHeaderRow(row, decimal)));
}

/**
 * A row of text in its first cell, the other cells empty: "Källa: Socialstyrelsen 2023", a title, a note. Not a
 * first cell that begins with a digit, which may be a year mistyped ("2O17", "2023 (prel.)"). Between rows of
 * figures such a row is reported, not skipped: it may be a year mistyped, or the heading of a second table
 * ("Kvinnor", then the years again).
 */
export const isNote = ([first = '', ...rest]: readonly string[]): boolean =>
  /^\s*\D/.test(first) && /\p{L}/u.test(first) && rest.every(isBlankCell);

/**
 * Years elsewhere than down the first column, as exports from SCB and Excel often have them: after a region
 * column (`0581 Norrköping | 2017 | 814`: `detail` is the years' column), or across the first row (`Region |
 * 2017 | 2023`: `detail` is `across`). An invalid first year (NC104) that says where the years are, where
 * the column check would have the editor remove the figures. Only a first cell with no year and at least two
 * numbers after it, the first of them from a year on, is taken for it: "2O17 | 1 200" is a year mistyped.
 * Digits in a column before the years are no figures (SCB's age group `18-24 år`, Kolada's `U00405`). Also
 * for the builder, which reads tables of its own.
 */
export function misplacedYears(row: readonly string[] | undefined): Result<never> | null {
  if (!row || toYear(row[0], 1).ok) return null;
  const numbers = row.slice(1).flatMap((cell, index) => {
    const year = toYear(cell, 1);
    return /\d/.test(cell) ? [{ column: index + 2, year: year.ok ? year.value : NaN }] : [];
  });
  // From the first year on; with none, slice(-1) leaves one cell at most, which is not enough.
  const years = numbers.slice(numbers.findIndex(({ year }) => year > 0));
  const [first, second] = years;
  if (!first || !second) return null;
  // Increasing years side by side are a header; NaN (a figure, no year) compares false.
  const across = years.every(({ year }, index) => index === 0 || year > (years[index - 1]?.year ?? NaN));
  return fail('invalidYear', {
    row: 1,
    field: 'year',
    value: row[0],
    detail: across ? 'across' : String(first.column),
  });
}

/**
 * The first number in a table's rows after the year and the fields (NC119), as an error naming its row (in
 * `rows`, 1-based), the row's year and its column; null when there is none.
 */
export function extraColumn(
  rows: readonly (readonly string[])[],
  fields: readonly string[],
  decimal: DecimalSeparator,
): Result<never> | null {
  for (const [index, row] of rows.entries()) {
    const column = row.findIndex((cell, position) => position > fields.length && isNumber(cell, decimal));
    if (column < 0) continue;
    const year = toYear(row[0], index + 1);
    return fail('extraColumn', {
      row: index + 1,
      ...(year.ok ? { year: year.value } : {}),
      value: row[column],
      detail: String(column + 1),
    });
  }
  return null;
}

/**
 * A row above the figures is a header when its first cell has no year in it and none of its other cells is a number:
 * "År | Personer" is a header, but "2O17 | 814" and "2011* | 1 200*" are figures mistyped, to be reported
 * rather than dropped. A number refused for how it is written ("Totalt | 1,234", read two ways) or for its
 * value (negative) is a number.
 */
export function isHeaderRow(row: readonly string[], decimal: DecimalSeparator): boolean {
  return !/\d{4}/.test(row[0] ?? '') && !toYear(row[0], 1).ok && !row.slice(1).some((cell) => isNumber(cell, decimal));
}

/** A cell with a number in it, also one refused for how it is written or for its value; not a gap. */
function isNumber(cell: string, decimal: DecimalSeparator): boolean {
  const value = toNumber(cell, decimal, { field: '' });
  return value.ok ? value.value !== null : value.error.kind !== 'notANumber';
}

/**
 * Reads yearly rows from JSON text or an already-parsed value: `parseJsonOrValue`, then `parseYearRows`.
 * A year written twice in a year map is an error, though `JSON.parse` would keep only the last.
 * A component's model, e.g. one read from another element, has its rows as an array under `modelKey`
 * (`{"points":[…]}`): they are read and checked as any rows. No year map has such a key. Input that throws
 * when it is read (a getter, a Proxy) is a wrong shape (NC102).
 */
export function parseJsonYearRows<F extends string>(
  input: unknown,
  fields: readonly F[],
  decimal: DecimalSeparator,
  modelKey: string,
): Result<YearRow<F>[]> {
  try {
    return readJsonYearRows(input, fields, decimal, modelKey);
  } catch {
    // Data that throws when it is read (a getter, a Proxy): a shape that cannot be read.
    return fail('shape', { detail: fields.join() });
  }
}

function readJsonYearRows<F extends string>(
  input: unknown,
  fields: readonly F[],
  decimal: DecimalSeparator,
  modelKey: string,
): Result<YearRow<F>[]> {
  const json = parseJsonOrValue(input);
  if (!json.ok) return json;
  const { value } = json;
  if (isRecord(value) && Array.isArray(value[modelKey])) return parseYearRows(value[modelKey], fields, decimal);
  return duplicateYear(json.text) ?? parseYearRows(value, fields, decimal);
}

/**
 * A year map's year written twice in JSON text (NC105, at the later one), which `JSON.parse` would keep only the
 * last of. `text` is the text JSON.parse read (`parseJson`): a key twice between curly quotes is twice too.
 */
export function duplicateYear(text: string | undefined): Result<never> | null {
  const duplicate = text === undefined ? null : duplicateTopLevelKey(text);
  if (!duplicate) return null;
  const year = toYear(duplicate.key, duplicate.position);
  return fail('duplicateYear', {
    row: duplicate.position,
    field: 'year',
    ...(year.ok && { year: year.value }),
    value: duplicate.key,
  });
}

function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (Object.hasOwn(source, key)) picked[key] = source[key];
  return picked;
}

function rowFromObject<F extends string>(
  item: unknown,
  row: number,
  fields: readonly F[],
  decimal: DecimalSeparator,
): Result<YearRow<F>> {
  if (!isRecord(item)) return fail('shape', { row, value: item });
  // Keys the row has that no field is read from, for the message: {"år":2017} has its year under another name.
  const unread = Object.keys(item)
    .filter((key) => key !== 'year' && !fields.includes(key as F))
    .join(', ');
  const missing = (field: string, year?: number) =>
    fail('missingField', { row, field, year, ...(unread && { detail: unread }) });
  if (!Object.hasOwn(item, 'year')) return missing('year');
  const year = toYear(item.year, row);
  if (!year.ok) return year;
  const values: unknown[] = [];
  for (const field of fields) {
    if (!Object.hasOwn(item, field)) return missing(field, year.value);
    values.push(item[field]);
  }
  return rowFromValues(year.value, values, row, fields, decimal);
}

function rowFromValues<F extends string>(
  year: number,
  values: readonly unknown[],
  row: number,
  fields: readonly F[],
  decimal: DecimalSeparator,
): Result<YearRow<F>> {
  const parsed: Record<string, number | null> = { year };
  let index = 0;
  for (const field of fields) {
    if (index >= values.length) return fail('missingField', { row, field, year });
    const input = values[index];
    index += 1;
    // The usual value, a JSON count, read without a result object: a long series has thousands.
    if (typeof input === 'number' && input >= 0 && input <= LARGEST) {
      parsed[field] = input || 0; // −0 is 0
      continue;
    }
    const value = toCount(input, decimal, { row, field, year });
    if (!value.ok) return value;
    parsed[field] = value.value;
  }
  return ok(parsed as YearRow<F>);
}

/** First error wins; otherwise rows sorted by year, with duplicate years and all-blank data refused. */
function collect<F extends string>(results: readonly Result<YearRow<F>>[], fields: readonly F[]): Result<YearRow<F>[]> {
  const rows: YearRow<F>[] = [];
  let increasing = true;
  for (const result of results) {
    if (!result.ok) return result;
    const previous = rows[rows.length - 1];
    if (previous && previous.year >= result.value.year) increasing = false;
    rows.push(result.value);
  }
  if (!rows.some((row) => fields.some((field) => row[field] !== null))) return fail('empty');
  // Years in increasing order, as data usually comes, are sorted and distinct already.
  return increasing ? ok(rows) : sortedDistinct(rows);
}

/** The rows sorted by year; a year given twice is an error at the later of its two rows. */
function sortedDistinct<F extends string>(rows: readonly YearRow<F>[]): Result<YearRow<F>[]> {
  const sorted = rows.map((row, index) => ({ row, position: index + 1 }));
  sorted.sort((a, b) => a.row.year - b.row.year);
  let previous: (typeof sorted)[number] | undefined;
  for (const current of sorted) {
    if (previous?.row.year === current.row.year) {
      const later = Math.max(current.position, previous.position);
      return fail('duplicateYear', { row: later, field: 'year', year: current.row.year, value: current.row.year });
    }
    previous = current;
  }
  return ok(sorted.map(({ row }) => row));
}
