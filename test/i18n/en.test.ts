import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { chartStrings } from '../../src/i18n/chart-strings.js';
import { enMessages } from '../../src/i18n/en-messages.js';
import { trendStrings } from '../../src/i18n/trend-strings.js';
import { preventionStrings } from '../../src/i18n/prevention-strings.js';
import { keyFigureStrings } from '../../src/i18n/key-figure-strings.js';
import { formatFor } from '../../src/i18n/format.js';
import { ERROR_CODES, type DataError, type ErrorKind } from '../../src/data/errors.js';

const error = (kind: ErrorKind, where: Omit<DataError, 'kind' | 'code'> = {}): DataError => ({
  kind,
  code: ERROR_CODES[kind],
  ...where,
});

const trend = trendStrings.en;
const prevention = preventionStrings.en;
const keyFigure = keyFigureStrings.en;

describe('i18n/en', () => {
  it('is British English: en-GB, decimal point', () => {
    expect(en.lang).to.equal('en');
    expect(en.locale).to.equal('en-GB');
    expect(en.decimal).to.equal('.');
  });

  it('names the source, the error title and the fields in English', () => {
    expect(en.source).to.equal('Source');
    expect(chartStrings.en.errorTitle).to.equal('The chart cannot be shown');
    expect(chartStrings.en.errorTitleShown).to.equal('The chart is not shown as intended');
    expect(enMessages.fields).to.deep.equal({
      year: 'year',
      value: 'value',
      families: 'families',
      children: 'children',
      change: 'change',
      date: 'date',
      label: 'label',
    });
  });

  it('says a marker with its label, and one without by its date alone', () => {
    expect(trend.markerSentence('Housing First', 'May 2022')).to.equal('Marker: Housing First, May 2022.');
    expect(trend.markerSentence(null, 'March 2020')).to.equal('Marker: March 2020.');
  });

  it('explains value errors with the value and the row', () => {
    expect(enMessages.error(error('notANumber', { row: 1, field: 'value', value: 'many' }), 'value')).to.equal(
      'The value “many” in row 1 is not a number. Write the number in digits, for example 1,234.',
    );
    expect(enMessages.error(error('notANumber', { value: 'many' }), 'value')).to.equal(
      'The value “many” is not a number. Write the number in digits, for example 1,234.',
    );
    expect(enMessages.error(error('notANumber', { field: 'value', value: 'many' }), 'value')).to.equal(
      'The value “many” in the value attribute is not a number. Write the number in digits, for example 1,234.',
    );
    expect(enMessages.error(error('invalidYear', { row: 2, value: '17' }), 'year')).to.equal(
      'The year “17” in row 2 is not a four-digit year.',
    );
    expect(enMessages.error(error('negative', { row: 3, value: '-5' }), 'value')).to.equal(
      'The value “-5” in row 3 is negative, but a count cannot be less than zero.',
    );
    expect(enMessages.error(error('ambiguousNumber', { row: 4, value: '1,5' }), 'value')).to.equal(
      'The value “1,5” in row 4 can be read two ways. Write thousands with commas and decimals with a point, as in 1,234.5. Figures written the Swedish way, as in 1 234,5, need lang="sv" on the chart.',
    );
  });

  it('names the year of the row in error, when it could be read', () => {
    expect(enMessages.error(error('notANumber', { row: 3, field: 'value', year: 2024, value: 'y' }), 'value')).to.equal(
      'The value “y” in row 3 (year 2024) is not a number. Write the number in digits, for example 1,234.',
    );
    expect(enMessages.error(error('missingField', { row: 2, field: 'children', year: 2023 }), 'children')).to.equal(
      'The value for children is missing in row 2 (year 2023).',
    );
    expect(enMessages.error(error('negative', { row: 1, field: 'value', year: 2017, value: '-5' }), 'value')).to.equal(
      'The value “-5” in row 1 (year 2017) is negative, but a count cannot be less than zero.',
    );
  });

  it('names an attribute with an unknown value, as written, and the values it takes', () => {
    expect(
      enMessages.error(error('unknownOption', { field: 'theme', value: 'mörk', detail: 'light, dark, auto' }), 'theme'),
    ).to.equal('The attribute theme cannot be “mörk”. Possible values: light, dark, auto.');
  });

  it('names the later row of a duplicate year', () => {
    expect(enMessages.error(error('duplicateYear', { row: 3, field: 'year', value: '2017' }), 'year')).to.equal(
      'The year 2017 occurs more than once (row 3). Remove or correct one of the rows.',
    );
  });

  it('names a missing field by the name it is given, and a missing value or year as such', () => {
    expect(enMessages.error(error('missingField', { row: 2, field: 'value' }), enMessages.fields.value)).to.equal(
      'A value is missing in row 2.',
    );
    expect(enMessages.error(error('missingField', { row: 2, field: 'year' }), enMessages.fields.year)).to.equal(
      'The year is missing in row 2.',
    );
    expect(enMessages.error(error('missingField', { row: 2, field: 'children' }), enMessages.fields.children)).to.equal(
      'The value for children is missing in row 2.',
    );
    expect(enMessages.error(error('missingField', { field: 'value' }), enMessages.fields.value)).to.equal(
      'A value is missing.',
    );
  });

  it('explains shape, JSON, empty and marker errors with an example', () => {
    expect(enMessages.error(error('shape'), '')).to.include('[{"year":2023,"value":473}]');
    expect(enMessages.error(error('shape', { detail: 'value' }), '')).to.include('[{"year":2023,"value":473}]');
    expect(enMessages.error(error('shape', { detail: 'families,children' }), '')).to.include(
      '[{"year":2023,"families":53,"children":109}]',
    );
    expect(enMessages.error(error('shape', { row: 2 }), '')).to.equal(
      'Row 2 has the wrong shape: it needs a year and values.',
    );
    expect(enMessages.error(error('jsonSyntax', { value: '[{"year":2017,', detail: 'x' }), '')).to.equal(
      'The data is not valid JSON. Check quotation marks, commas and brackets.',
    );
    expect(enMessages.error(error('jsonSyntax', { value: '[{', detail: 'x' }), '')).to.equal(
      "The data is not valid JSON. It ends after “[{”, at the first quotation mark inside. Write single quotation marks round the value: data='[…]'.",
    );
    expect(enMessages.error(error('jsonSyntax', { field: 'markers', value: '[', detail: 'x' }), '')).to.equal(
      "The markers attribute is not valid JSON. It ends after “[”, at the first quotation mark inside. Write single quotation marks round the value: markers='[…]'.",
    );
    expect(enMessages.error(error('empty'), '')).to.equal('There are no values to show.');
    const marker = enMessages.error(error('invalidMarker', { row: 2, field: 'date', value: '2022-13' }), 'date');
    expect(marker).to.include('in row 2');
    expect(marker).to.include('"label":"Housing First"');
  });

  it('says to remove a footnote mark after a figure or a year, or to write it in <sup>', () => {
    expect(enMessages.error(error('notANumber', { row: 2, value: '473 (1)' }), '')).to.equal(
      'The value “473 (1)” in row 2 is not a number. Remove the footnote mark, or write it in <sup>.',
    );
    for (const value of ['2023*', '2023¹', '2023 (prel.)'])
      expect(enMessages.error(error('invalidYear', { row: 2, field: 'year', value }), 'year'), value).to.equal(
        `The year “${value}” in row 2 is not a year. Remove the footnote mark, or write it in <sup>.`,
      );
  });

  it('says a row that begins with a word has no year, and to remove it if it is a total, a source or a heading', () => {
    for (const value of ['Total', 'Source: Statistics Sweden', 'Year'])
      expect(enMessages.error(error('invalidYear', { row: 3, field: 'year', value }), 'year'), value).to.equal(
        `Row 3 has “${value}”, not a year. Remove the row if it is a total, source or heading.`,
      );
    for (const value of ['17', 'c. 2023', 'Year 2017'])
      expect(enMessages.error(error('invalidYear', { row: 3, field: 'year', value }), 'year'), value).to.equal(
        `The year “${value}” in row 3 is not a four-digit year.`,
      );
  });

  it('says to leave a figure the source does not give empty, or to write –, not to write it with digits', () => {
    for (const value of ['x', '.', '<5', '*', '[x]'])
      expect(
        enMessages.error(error('notANumber', { row: 2, field: 'value', year: 2020, value }), 'value'),
        value,
      ).to.equal(
        `The value “${value}” in row 2 (year 2020) is not a number. If it is missing, leave the cell empty or write –.`,
      );
  });

  it('names the keys a missing field may have been written as, and the line of a quotation mark never closed', () => {
    expect(
      enMessages.error(error('missingField', { row: 1, field: 'value', detail: '"Value", "antal"' }), 'value'),
    ).to.equal('A value is missing in row 1. The keys "Value", "antal" are not read; the key must be value.');
    expect(enMessages.error(error('invalidCsv', { row: 2 }), '')).to.equal(
      'The CSV file is not valid: a quotation mark on line 2 of the file is never closed.',
    );
  });

  it('explains a figure that is a percentage, and one too large to be shown', () => {
    expect(enMessages.error(error('notANumber', { row: 2, value: '12 %', detail: 'percent' }), 'value')).to.equal(
      'The value “12 %” in row 2 is a percentage, but the chart shows counts. Write the count.',
    );
    expect(enMessages.error(error('notANumber', { row: 2, value: '1e400', detail: 'large' }), 'value')).to.equal(
      'The value “1e400” in row 2 is too large to be shown.',
    );
  });

  it('says to turn a table with the years side by side, and to remove the columns before the years', () => {
    expect(enMessages.error(error('invalidYear', { row: 1, value: 'Year', detail: 'across' }), 'year')).to.equal(
      'The years must be in the first column, one year a row, but here they stand side by side in row 1. Turn the table round: the years in the first column and the figures in the next.',
    );
    expect(enMessages.error(error('invalidYear', { row: 1, value: 'Norrköping', detail: '3' }), 'year')).to.equal(
      'The years must be in the first column, but it holds “Norrköping” in row 1, and the years are in column 3. Remove the columns before the years.',
    );
  });

  it('names the address of a failed fetch, with the server’s status', () => {
    const url = 'https://example.org/data.json';
    expect(enMessages.error(error('fetchFailed', { value: url }), '')).to.equal(
      'The data could not be fetched from “https://example.org/data.json”. Check the address, and that the server allows this site to fetch it (CORS).',
    );
    expect(enMessages.error(error('httpStatus', { value: url, detail: '404' }), '')).to.equal(
      'The server answered with error 404 for “https://example.org/data.json”. Check the address.',
    );
    expect(enMessages.error(error('timeout', { value: url }), '')).to.equal(
      'Fetching “https://example.org/data.json” took too long. Try again later.',
    );
    expect(enMessages.error(error('notData', { value: url }), '')).to.equal(
      '“https://example.org/data.json” holds no JSON or CSV (perhaps a web page). Check the address.',
    );
  });

  it('names the column and the row of a figure the chart does not show, and the years of a marker outside', () => {
    expect(enMessages.error(error('extraColumn', { row: 2, year: 2023, value: '12', detail: '3' }), '')).to.equal(
      'The number “12” in row 2 (year 2023) is in column 3, which the chart does not show. Remove the column, or show those figures in a chart of their own.',
    );
    expect(enMessages.error(error('markerOutside', { row: 1, detail: '2017–2023' }), '')).to.equal(
      "The marker in row 1 is outside the chart's years 2017–2023 and is not shown.",
    );
  });

  it('says where a key figure and a chart read their figures from', () => {
    expect(enMessages.error(error('tableInKeyFigure'), '')).to.equal(
      'A key figure reads no tables, JSON, or data and src attributes. Write the figure in the value attribute, for example value="473".',
    );
    expect(enMessages.error(error('rowsAsText'), '')).to.equal(
      'The figures are written as text inside the tag, but the chart reads them only from a table (<table>) inside the tag or from the data attribute. The builder writes the code for you.',
    );
  });

  it('summarises a falling trend with the figures, as the chart shows them', () => {
    const format = formatFor(en);
    const text = trend.summary({
      heading: trend.heading,
      firstYear: format.year(2017),
      first: trend.people(format.number(814)),
      lastYear: format.year(2023),
      last: trend.people(format.number(473)),
      change: format.change(-41.9),
      direction: 'fell',
    });
    expect(text).to.equal(
      'Homelessness in Norrköping: the number fell from 814 people in 2017 to 473 people in 2023, a change of -42%.',
    );
  });

  it('summarises a rising trend, and one without a change', () => {
    const facts = {
      heading: 'H',
      firstYear: '2017',
      first: '10 people',
      lastYear: '2023',
      last: '20 people',
      change: null,
      direction: 'rose' as const,
    };
    expect(trend.summary(facts)).to.equal('H: the number rose from 10 people in 2017 to 20 people in 2023.');
    // The same figure first and last, whatever lay between: neither a rise nor a change of 0 %.
    expect(trend.summary({ ...facts, first: '20 people', change: '0 %', direction: 'same' })).to.equal(
      'H: 20 people in both 2017 and 2023.',
    );
    expect(trend.summaryOne('H', '2023', '1 person')).to.equal('H: 1 person in 2023.');
    expect(trend.people('473')).to.equal('473 people');
    expect(trend.people('1')).to.equal('1 person');
    // By the count as shown: 1.04 is shown as 1, and is one person.
    expect(trend.people('1.5')).to.equal('1.5 people');
    expect(trend.unmeasured('2018 to 2022', true)).to.equal('The years 2018 to 2022 were not measured.');
    expect(trend.unmeasured('2018', false)).to.equal('2018 was not measured.');
  });

  it('summarises eviction prevention and the key figure with the figures', () => {
    expect(prevention.missing('2021')).to.equal('No figure for 2021.');
    expect(prevention.years('2020 to 2023')).to.equal('The chart shows the years 2020 to 2023.');
    expect(prevention.years('2019 and 2023')).to.equal('The chart shows the years 2019 and 2023.');
    expect(prevention.summary(prevention.heading, '53', '109', '2023')).to.equal(
      'Eviction prevention: 53 families with a total of 109 children were able to stay in their homes in 2023.',
    );
    expect(prevention.summary('E', '53', null, '2023')).to.equal(
      'E: 53 families with children were able to stay in their homes in 2023. The number of children is not known.',
    );
    expect(prevention.summary('E', null, '109', '2023')).to.equal(
      'E: 109 children were able to stay in their homes in 2023. The number of families is not known.',
    );
    expect(prevention.summary('E', '1', '1', '2023')).to.equal(
      'E: 1 family with 1 child was able to stay in their home in 2023.',
    );
    expect(prevention.summary('E', '1', null, '2023')).to.equal(
      'E: 1 family with children was able to stay in their home in 2023. The number of children is not known.',
    );
    expect(prevention.summary('E', null, '1', '2023')).to.equal(
      'E: 1 child was able to stay in their home in 2023. The number of families is not known.',
    );
  });

  it('names the charts and the Housing First marker in English', () => {
    expect(trend.heading).to.equal('Homelessness in Norrköping');
    expect(trend.housingFirst).to.equal('Housing First');
    expect(en.notation.to).to.equal('to');
    expect(prevention.familiesUnit('53')).to.equal('families with children');
    expect(prevention.familiesUnit('1')).to.equal('family with children');
    expect(prevention.familiesUnit('1.5')).to.equal('families with children');
    expect(prevention.childrenUnit('109')).to.equal('children');
    expect(prevention.childrenUnit('1')).to.equal('child');
    expect(keyFigure.change).to.equal('change');
  });
});
