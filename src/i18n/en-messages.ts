import type { DataError } from '../data/errors.js';
import { cutShort, footnoted, withheld, wordForYear } from './message-cases.js';
import { shapeExample } from './shape-example.js';
import type { Messages } from './messages.js';

/** "in row 3 (year 2024)": the row, and its year when it could be read. */
const where = ({ row, year }: DataError): string =>
  row === undefined ? '' : ` in row ${row}${year === undefined ? '' : ` (year ${year})`}`;
/** "in row 2" for data rows; "in the value attribute" for a single attribute, such as `<key-figure value>`. */
const place = (error: DataError): string =>
  error.row === undefined ? (error.field ? ` in the ${error.field} attribute` : '') : where(error);

/** Advice for a figure or a year with a footnote mark after it ("473*", "2023¹"). */
const FOOTNOTE = '. Remove the footnote mark, or write it in <sup>';
/** A number as the field takes it: a key figure's change in per cent, any other figure a count. */
const example = ({ field }: DataError): string => (field === 'change' ? '−37' : '1,234');

/** The subject of a missing field, where "The value for …" would say the field twice: "A value is missing in row 2". */
const MISSING: ReadonlyMap<string | undefined, string> = new Map([
  ['value', 'A value'],
  ['year', 'The year'],
]);

/** The English error messages (see messages.ts). */
export const enMessages: Messages = {
  fields: {
    year: 'year',
    value: 'value',
    families: 'families',
    children: 'children',
    change: 'change',
    date: 'date',
    label: 'label',
  },
  error: (error, field) => {
    const value = `“${error.value ?? ''}”`;
    switch (error.kind) {
      case 'jsonSyntax':
        return `${error.field ? `The ${error.field} attribute` : 'The data'} is not valid JSON. ${
          cutShort(error)
            ? `It ends after ${value}, at the first quotation mark inside. Write single quotation marks round the value: ${error.field ?? 'data'}='[…]'.`
            : 'Check quotation marks, commas and brackets.'
        }`;
      case 'shape':
        return error.row === undefined
          ? `The data has the wrong shape. Give a list of years and values, for example ${shapeExample(error)}.`
          : `Row ${error.row} has the wrong shape: it needs a year and values.`;
      case 'notANumber':
        return `The value ${value}${place(error)} ${
          error.detail === 'percent'
            ? 'is a percentage, but the chart shows counts. Write the count'
            : error.detail
              ? 'is too large to be shown'
              : `is not a number${
                  footnoted(error)
                    ? FOOTNOTE
                    : withheld(error)
                      ? '. If it is missing, leave the cell empty or write –'
                      : `. Write the number in digits, for example ${example(error)}`
                }`
        }.`;
      case 'invalidYear':
        return error.detail === 'across'
          ? `The years must be in the first column, one year a row, but here they stand side by side in row ${error.row ?? 1}. Turn the table round: the years in the first column and the figures in the next.`
          : error.detail
            ? `The years must be in the first column, but it holds ${value} in row ${error.row ?? 1}, and the years are in column ${error.detail}. Remove the columns before the years.`
            : wordForYear(error)
              ? `Row ${error.row ?? 1} has ${value}, not a year. Remove the row if it is a total, source or heading.`
              : `The year ${value}${where(error)} is not a ${footnoted(error) ? `year${FOOTNOTE}` : 'four-digit year'}.`;
      case 'duplicateYear':
        return `The year ${error.value ?? ''} occurs more than once (row ${error.row ?? '?'}). Remove or correct one of the rows.`;
      case 'missingField':
        return `${MISSING.get(error.field) ?? `The value for ${field}`} is missing${where(error)}.${
          error.detail ? ` The keys ${error.detail} are not read; the key must be ${error.field ?? ''}.` : ''
        }`;
      case 'empty':
        return 'There are no values to show.';
      case 'invalidMarker':
        return `The marker${where(error)} is not valid. Write for example [{"date":"2022-05","label":"Housing First"}].`;
      case 'negative':
        return `The value ${value}${where(error)} is negative, but a count cannot be less than zero.`;
      case 'fetchFailed':
        return `The data could not be fetched from ${value}. Check the address, and that the server allows this site to fetch it (CORS).`;
      case 'httpStatus':
        return `The server answered with error ${error.detail ?? ''} for ${value}. Check the address.`;
      case 'timeout':
        return `Fetching ${value} took too long. Try again later.`;
      case 'notData':
        return `${value} holds no JSON or CSV (perhaps a web page). Check the address.`;
      case 'invalidCsv':
        return `The CSV file is not valid: a quotation mark${error.row === undefined ? '' : ` on line ${error.row} of the file`} is never closed.`;
      case 'ambiguousNumber':
        return `The value ${value}${place(error)} can be read two ways. Write thousands with commas and decimals with a point, as in 1,234.5. Figures written the Swedish way, as in 1\u00a0234,5, need lang="sv" on the chart.`;
      case 'unknownOption':
        return `The attribute ${field} cannot be ${value}. Possible values: ${error.detail ?? ''}.`;
      case 'cutByQuotes':
        return `The attribute ${error.field ?? ''} begins with a typographic quotation mark, which browsers do not read as one. So its text is only “${error.value?.slice(1) ?? ''}”. Write straight quotation marks: ${error.field ?? ''}="…".`;
      case 'moreFamiliesThanChildren':
        return `Year ${error.year ?? ''} has more families (${error.value ?? ''}) than children (${error.detail ?? ''}). Check the figures and the order of the columns: year, families, children.`;
      case 'extraColumn':
        return `The number ${value}${where(error)} is in column ${error.detail ?? ''}, which the chart does not show. Remove the column, or show those figures in a chart of their own.`;
      case 'tableInKeyFigure':
        return 'A key figure reads no tables, JSON, or data and src attributes. Write the figure in the value attribute, for example value="473".';
      case 'markerOutside':
        return `The marker${where(error)} is outside the chart's years ${error.detail ?? ''} and is not shown.`;
      case 'rowsAsText':
        return 'The figures are written as text inside the tag, but the chart reads them only from a table (<table>) inside the tag or from the data attribute. The builder writes the code for you.';
      case 'tooLarge':
        return `The file ${value} is too large (${error.detail ?? ''} MB). The charts read files of at most 5 MB.`;
      case 'misspeltAttribute':
        return `There is no attribute called ${error.field ?? ''}, so it is not used. Did you mean ${error.detail ?? ''}?`;
    }
  },
};
