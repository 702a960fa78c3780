/**
 * The kinds of error, in the order of their stable codes: the first is NC101, the next NC102 and so on.
 * Documented in docs/errors.md, printed in console warnings and sent in `data-error` events. Never
 * reorder or remove one: add new kinds at the end.
 */
const KINDS = [
  /** NC101: The JSON text cannot be parsed. */
  'jsonSyntax',
  /** NC102: The input is not one of the accepted shapes (array of rows, year map, table). */
  'shape',
  /** NC103: A value is not a number; or beyond 1e307 either way (`detail` is then `large`); or a count in per cent (`percent`). */
  'notANumber',
  /** NC104: A year is not a four-digit whole number. */
  'invalidYear',
  /** NC105: The same year occurs twice. */
  'duplicateYear',
  /** NC106: A row lacks a required value; `detail` is the keys of a JSON row that no field is read from. */
  'missingField',
  /** NC107: There are no rows. */
  'empty',
  /** NC108: A marker is not `{"date":"YYYY-MM","label":"…"}`. */
  'invalidMarker',
  /** NC109: A count is negative. */
  'negative',
  /** NC110: A number text could be read two ways, e.g. "1.234" or "1,234" in Swedish, "1,5" in English. */
  'ambiguousNumber',
  /** NC111: The `src` URL could not be fetched: network down, wrong host, or refused by CORS. */
  'fetchFailed',
  /** NC112: The server answered `src` with an error status (404, 500…); `detail` is the status. */
  'httpStatus',
  /** NC113: Fetching `src` took longer than `timeout` seconds. */
  'timeout',
  /** NC114: `src` returned something other than JSON or CSV, e.g. an HTML page. */
  'notData',
  /** NC115: CSV text with a quotation mark that is never closed. */
  'invalidCsv',
  /** NC116: A setting has a value it does not take, e.g. `type="stapel"`; `field` is the attribute, `detail` its values. */
  'unknownOption',
  /** NC117: An attribute written with typographic quotes, `heading=”…”`, cut at its first space; `field` is the attribute. */
  'cutByQuotes',
  /** NC118: A year with more families than children (`<prevention-stats>`): every family counted has a child. `value` is the families, `detail` the children. */
  'moreFamiliesThanChildren',
  /** NC119: A table or CSV row with a number in a column the chart does not show; `detail` is the column's number. */
  'extraColumn',
  /** NC120: A `<key-figure>` given figures as the charts are (a table or JSON inside, `data`, `src`): it takes `value` and `change` only. */
  'tableInKeyFigure',
  /** NC121: `src` returned a file larger than the charts read (5 MB); `detail` is its size in whole MB, rounded up. */
  'tooLarge',
  /** NC122: A marker dated outside the years the chart shows; `year` is its year, `detail` the chart's period. */
  'markerOutside',
  /** NC123: Figures written as lines of text inside a chart's tag (CSV pasted in), not as a table. */
  'rowsAsText',
  /** NC124: An attribute the component does not have, a slip of one it has (`sorce`); `field` is it, `detail` the one meant. */
  'misspeltAttribute',
] as const;

export type ErrorKind = (typeof KINDS)[number];
/** A kind's code: 'NC101' for the first kind, and so on (see KINDS). */
export type ErrorCode =
  | 'NC101'
  | 'NC102'
  | 'NC103'
  | 'NC104'
  | 'NC105'
  | 'NC106'
  | 'NC107'
  | 'NC108'
  | 'NC109'
  | 'NC110'
  | 'NC111'
  | 'NC112'
  | 'NC113'
  | 'NC114'
  | 'NC115'
  | 'NC116'
  | 'NC117'
  | 'NC118'
  | 'NC119'
  | 'NC120'
  | 'NC121'
  | 'NC122'
  | 'NC123'
  | 'NC124';

/** The code of a kind of error. */
const errorCode = (kind: ErrorKind): ErrorCode => `NC${101 + KINDS.indexOf(kind)}` as ErrorCode;

/** Every kind's code, for tests and documentation. */
export const ERROR_CODES = /* @__PURE__ */ Object.fromEntries(KINDS.map((kind) => [kind, errorCode(kind)])) as Readonly<
  Record<ErrorKind, ErrorCode>
>;

/** What is wrong with an input, and where. Messages are made from it by `i18n`. */
export interface DataError {
  readonly kind: ErrorKind;
  readonly code: ErrorCode;
  /** 1-based row (array element, year-map entry or table body row). */
  readonly row?: number;
  /** The field or column, e.g. "value", "families". */
  readonly field?: string;
  /** The year of the row in error, when it could be read: an editor finds a row by its year. */
  readonly year?: number;
  /** The offending text, shortened for display. */
  readonly value?: string;
  /** Extra detail, e.g. the JSON parser's message. */
  readonly detail?: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DataError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

const MAX_SHOWN = 40;

/** Shortens any value to a displayable string, so a huge input never ends up in a message. */
export function shown(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) text = String(value);
  else if (value === undefined) text = '';
  else {
    try {
      // JSON.stringify returns undefined for functions and symbols, whatever its type says.
      text = stringify(value);
    } catch {
      text = typeof value;
    }
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** JSON.stringify returns undefined for functions and symbols, whatever its declared type says. */
const stringify = (value: unknown): string => {
  const json: string | undefined = JSON.stringify(value);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- see above
  return json ?? typeof value;
};

export function dataError(
  kind: ErrorKind,
  where: Omit<DataError, 'kind' | 'code' | 'value'> & { value?: unknown } = {},
): DataError {
  const { value, ...rest } = where;
  return { kind, code: errorCode(kind), ...rest, ...(value === undefined ? {} : { value: shown(value) }) };
}

export const fail = <T = never>(...error: Parameters<typeof dataError>): Result<T> => ({
  ok: false,
  error: dataError(...error),
});

/**
 * A setting with a value it does not take (`theme="mörk"`) is reported (NC116, naming the values it takes);
 * the component goes on with the setting's default. Absent or empty is the default, not an error.
 */
export const unknownOption = (field: string, value: string | null | undefined, known: readonly string[]) =>
  value && !known.includes(value) ? dataError('unknownOption', { field, value, detail: known.join(', ') }) : null;

/**
 * `heading=”Hemlösheten i Norrköping”`, as a rich-text editor writes quotes (” “ „ ’ ‘ » « and their kin):
 * the HTML parser does not take them for quotes, so the value ends at the first space (`”Hemlösheten`) and
 * the words after it become empty attributes, the last with the closing quote in its name (`norrköping”`).
 * That is reported (NC117). A value that only begins with a quotation mark (`heading="”Bostad först” i
 * Norrköping"`) is whole, and so is one word in typographic quotes (`theme=”dark”`).
 */
export function cutByQuotes(attributes: Iterable<{ readonly name: string; readonly value: string }>): DataError | null {
  let opened: { readonly name: string; readonly value: string } | undefined;
  for (const attribute of attributes) {
    if (opened && TYPOGRAPHIC_QUOTE.test(attribute.name.slice(-1)))
      return dataError('cutByQuotes', { field: opened.name, value: opened.value });
    if (TYPOGRAPHIC_QUOTE.test(attribute.value.charAt(0))) opened = attribute;
  }
  return null;
}

/** The quotation marks Word and rich-text editors type; HTML takes none of these for a quote. */
export const TYPOGRAPHIC_QUOTES = '“”„‟″‘’‚‛»«';
export const TYPOGRAPHIC_QUOTE = new RegExp(`[${TYPOGRAPHIC_QUOTES}]`);
