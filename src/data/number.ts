import { fail, ok, type Result } from './errors.js';

/** How numbers are written in the reader's language: "1 234,5" (sv) or "1,234.5" (en). */
export type DecimalSeparator = ',' | '.';

/** Where a value is: a row of data (absent for a single attribute, such as `<key-figure value>`), a field, and the row's year. */
export interface CellPosition {
  readonly row?: number;
  readonly field: string;
  /** The row's year, when it has been read. */
  readonly year?: number;
}

/** Texts that mean "no value" in a statistics table: blank, a dash or minus sign alone (read as `-`), or SCB's "..". */
const GAP = /^(?:|-|\.\.|…)$/;
/**
 * Characters a text editor puts into a cell unseen: soft hyphens, zero-width spaces and joiners, left-to-right
 * and right-to-left marks, word joiners, byte-order marks. A message quoting "473" with one inside would name
 * a value that looks right.
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;

/** A cell with nothing to see in it: spaces and invisible characters at most. */
export const isBlankCell = (text: string): boolean => text.replace(INVISIBLE, '').trim() === '';
/** Spaces of every kind: `\s` has the no-break, figure and thin ones. */
const SPACES = /\s/g;
/** Minus signs and the dashes and hyphens word processors put for one: hyphen, no-break hyphen, figure, en and em dashes. */
const MINUS = /[\u2010-\u2014\u2212\ufe63\uff0d]/g;
/** Digits, spaces, then other than exactly three digits. */
const MISGROUPED = /\d\s+(?!\d{3}(?!\d))\d/;
const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;
/**
 * "1.234" (German-style groups, or 1.234) and "1,234" (English-style groups, or 1,234) in Swedish: numbers
 * (written without spaces) refused as readable two ways.
 */
export const GROUPS_OR_DECIMALS_SV = /^[-+]?(?:\d{1,3}\.|[1-9]\d{0,2},)\d{3}$/;

/**
 * Reads a number as an editor would type it in a table cell: "1 234", "1 234,5" (sv), "1,234.5" (en),
 * "−5" with a typographic minus, "12 %". A blank cell or a dash is a gap (null). A text that could be
 * read two ways ("1.234" and "1,234" in Swedish, "1,5" in English) is an error rather than a guess.
 */
export function parseNumberText(text: string, decimal: DecimalSeparator, at: CellPosition): Result<number | null> {
  const trimmed = text.replace(INVISIBLE, '').trim().replace(MINUS, '-');
  if (GAP.test(trimmed)) return ok(null);
  // A space between digits groups thousands: "47 3" or "109 2" (a footnote mark) is no number.
  if (MISGROUPED.test(trimmed)) return fail('notANumber', { ...at, value: text });
  let compact = trimmed.replace(SPACES, '');
  if (compact.endsWith('%')) compact = compact.slice(0, -1);
  if (decimal === ',') {
    // Swedish groups with spaces. A comma followed by three digits after a whole number of one to three
    // digits may be a thousands separator copied from an English source ("1,234" beside "473"), and a
    // period may be a German one ("1.234"): both are refused. "0,125", "1,25" and "1 234,5" are decimals,
    // and a period an English decimal point where that is the only reading ("1.5", "1234.5").
    if (compact.includes(',') && compact.includes('.')) return fail('notANumber', { ...at, value: text });
    if (GROUPS_OR_DECIMALS_SV.test(compact)) return fail('ambiguousNumber', { ...at, value: text });
    if (/^[-+]?\d{1,3}(?:\.\d{3}){2,}$/.test(compact)) compact = compact.split('.').join('');
  } else if (/^[-+]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/.test(compact)) {
    // English groups with commas; a first group of 0 ("0,004") is none: a decimal comma, and refused below.
    compact = compact.split(',').join('');
  } else if (compact.includes(',')) {
    // "1,5" on an English page is most likely a Swedish decimal comma, but it is not ours to guess.
    // A text that is no number either way, such as "1,2,3", is simply not a number.
    const ambiguous = PLAIN_NUMBER.test(compact.replace(',', '.'));
    return fail(ambiguous ? 'ambiguousNumber' : 'notANumber', { ...at, value: text });
  }
  const normalised = compact.replace(',', '.');
  if (!PLAIN_NUMBER.test(normalised)) return fail('notANumber', { ...at, value: text });
  return finite(Number(normalised), at, text);
}

/** Accepts a JSON number, null (a gap) or a number text; anything else is an error naming where it is. */
export function toNumber(input: unknown, decimal: DecimalSeparator, at: CellPosition): Result<number | null> {
  if (input === null) return ok(null);
  if (typeof input === 'number') return finite(input, at, input);
  if (typeof input === 'string') return parseNumberText(input, decimal, at);
  return fail('notANumber', { ...at, value: input });
}

/** Like `toNumber`, for counts of people or families, which cannot be negative, nor a share in per cent. */
export function toCount(input: unknown, decimal: DecimalSeparator, at: CellPosition): Result<number | null> {
  if (typeof input === 'string' && input.trim().endsWith('%'))
    return fail('notANumber', { ...at, value: input, detail: 'percent' });
  const result = toNumber(input, decimal, at);
  if (result.ok && result.value !== null && result.value < 0) return fail('negative', { ...at, value: input });
  return result;
}

/**
 * The largest figure a chart can draw: Chart.js's value axis reaches up to twice the largest figure, and
 * beyond the largest double (1.8e308) its ticks never end, which hangs the page.
 */
export const LARGEST = 1e307;

/** A number the charts can show: finite and within `LARGEST` either way. */
function finite(value: number, at: CellPosition, original: unknown): Result<number> {
  // −0 (typed "-0") is 0: written "−0", it would read as a figure below zero.
  return Math.abs(value) <= LARGEST
    ? ok(value || 0)
    : fail('notANumber', { ...at, value: original, ...(Number.isFinite(value) && { detail: 'large' }) });
}

const YEAR_TEXT = /^\s*(\d{4})\s*$/;

/** A year is a four-digit whole number, as a number or a text. */
export function toYear(input: unknown, row: number): Result<number> {
  let year: number | undefined;
  if (typeof input === 'number' && Number.isInteger(input)) year = input;
  else if (typeof input === 'string') {
    const match = YEAR_TEXT.exec(input.replace(INVISIBLE, ''));
    if (match) year = Number(match[1]);
  }
  if (year === undefined || year < 1000 || year > 9999)
    return fail('invalidYear', { row, field: 'year', value: input });
  return ok(year);
}
