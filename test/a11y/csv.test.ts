import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { toCsv } from '../../src/a11y/csv.js';
import { parseCsv } from '../../src/data/csv.js';
import { parsePreventionTable } from '../../src/data/prevention.js';
import { parseTrendTable } from '../../src/data/trend.js';
import { valueOf } from '../data/expect-result.js';
import type { DataTable } from '../../src/a11y/data-table.js';

const table = (overrides: Partial<DataTable> = {}): DataTable => ({
  caption: 'Hemlösheten i Norrköping',
  columns: ['År', 'Personer i hemlöshet'],
  rows: [],
  values: [
    [2017, 814],
    [2023, 473],
  ],
  source: 'Källa: Socialstyrelsen',
  ...overrides,
});

const SWEDISH = { delimiter: ';', decimal: ',' } as const;
const ENGLISH = { delimiter: ',', decimal: '.' } as const;

describe('a11y/csv', () => {
  it('starts with a byte-order mark so that Excel reads UTF-8', () => {
    expect(toCsv(table(), SWEDISH).charCodeAt(0)).to.equal(0xfeff);
  });

  it('writes a header row, one row per year, then the source, with CRLF line ends', () => {
    expect(toCsv(table(), SWEDISH)).to.equal(
      '\uFEFFÅr;Personer i hemlöshet\r\n2017;814\r\n2023;473\r\n\r\nKälla: Socialstyrelsen\r\n',
    );
  });

  it('uses commas and decimal points in English, semicolons and decimal commas in Swedish', () => {
    const decimals = table({ values: [[2023, 1.5]] });
    expect(toCsv(decimals, ENGLISH)).to.contain('2023,1.5\r\n');
    expect(toCsv(decimals, SWEDISH)).to.contain('2023;1,5\r\n');
  });

  it('writes a number with three decimals so that Swedish reads it one way only', () => {
    // "1,234" may be an English thousands separator, and is refused in Swedish; "1,2340" is not.
    const decimals = table({
      values: [
        [2023, 1.234],
        [2024, 12.5],
        [2025, 1234.567],
        [2026, 0.125],
      ],
    });
    expect(toCsv(decimals, SWEDISH)).to.contain('2023;1,2340\r\n2024;12,5\r\n2025;1234,567\r\n2026;0,125\r\n');
    expect(toCsv(decimals, ENGLISH)).to.contain('2023,1.234\r\n');
  });

  it('reads back, as CSV for `src`, as the same figures, with its note and source (property)', () => {
    const value = fc.option(fc.double({ min: 0, max: 1e12, noNaN: true }).map((number) => number + 0));
    const years = fc.uniqueArray(fc.integer({ min: 1000, max: 9999 }), { minLength: 1, maxLength: 12 });
    const note = 'Uppmätt 2017 och 2023; åren däremellan mättes inte.';
    const source = 'Källa: Socialstyrelsen, Kartläggning av hemlösheten 2023; Norrköpings kommun';
    const read = <T>(csv: string, parse: (cells: string[][]) => T): T => parse(valueOf(parseCsv(csv)));
    fc.assert(
      fc.property(years, fc.array(fc.tuple(value, value), { minLength: 12, maxLength: 12 }), (unsorted, values) => {
        const rows = [...unsorted].sort((a, b) => a - b).map((year, index) => [year, ...values[index]!] as const);
        fc.pre(rows.some(([, first, second]) => first !== null && second !== null));
        for (const format of [SWEDISH, ENGLISH]) {
          const trend = table({ values: rows.map(([year, count]) => [year, count]), note, source });
          expect(read(toCsv(trend, format), (cells) => valueOf(parseTrendTable(cells, format.decimal)))).to.deep.equal({
            points: rows.map(([year, count]) => ({ year, value: count })),
          });
          const columns = ['År', 'Familjer', 'Barn'];
          // Every family counted has a child: no more families than children (NC118).
          const counted = rows.map(([year, first, second]) =>
            first !== null && second !== null && first > second
              ? ([year, second, first] as const)
              : ([year, first, second] as const),
          );
          const prevention = table({ columns, values: counted.map((row) => [...row]), source });
          expect(
            read(toCsv(prevention, format), (cells) => valueOf(parsePreventionTable(cells, format.decimal))),
          ).to.deep.equal({ rows: counted.map(([year, families, children]) => ({ year, families, children })) });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('writes a gap as an empty cell', () => {
    expect(toCsv(table({ values: [[2020, null, 3]] }), SWEDISH)).to.contain('2020;;3\r\n');
  });

  it('writes the note (which years were measured) after the rows, before the source', () => {
    const note = 'Uppmätt 2017 och 2023; åren däremellan mättes inte.';
    expect(toCsv(table({ note }), SWEDISH)).to.equal(
      '\uFEFFÅr;Personer i hemlöshet\r\n2017;814\r\n2023;473\r\n\r\n' +
        '"Uppmätt 2017 och 2023; åren däremellan mättes inte."\r\nKälla: Socialstyrelsen\r\n',
    );
    expect(toCsv(table({ note, source: null }), ENGLISH)).to.equal(
      '\uFEFFÅr,Personer i hemlöshet\r\n2017,814\r\n2023,473\r\n\r\n' +
        'Uppmätt 2017 och 2023; åren däremellan mättes inte.\r\n',
    );
  });

  it('leaves out the source line when there is no source', () => {
    expect(toCsv(table({ source: null }), SWEDISH)).to.equal(
      '\uFEFFÅr;Personer i hemlöshet\r\n2017;814\r\n2023;473\r\n',
    );
  });

  it('quotes cells holding a delimiter, a quotation mark, a line break or edge spaces', () => {
    const csv = toCsv(table({ columns: ['År', 'A "quoted"; header'], values: [], source: 'Källa: A, B\nC' }), ENGLISH);
    expect(csv).to.equal('\uFEFFÅr,"A ""quoted""; header"\r\n\r\n"Källa: A, B\nC"\r\n');
    expect(toCsv(table({ columns: ['a;b', 'c,d'], values: [], source: null }), SWEDISH)).to.equal(
      '\uFEFF"a;b";c,d\r\n',
    );
    expect(toCsv(table({ columns: [' År'], values: [], source: null }), SWEDISH)).to.equal('\uFEFF" År"\r\n');
  });

  it('round-trips any text through a standard CSV reading (property)', () => {
    const read = (csv: string, delimiter: string): string[][] => {
      const rows: string[][] = [];
      let row: string[] = [];
      let cell = '';
      let quoted = false;
      const text = csv.slice(1);
      for (let index = 0; index < text.length; index++) {
        const char = text[index]!;
        if (quoted) {
          if (char === '"' && text[index + 1] === '"') {
            cell += '"';
            index++;
          } else if (char === '"') quoted = false;
          else cell += char;
        } else if (char === '"') quoted = true;
        else if (char === delimiter) {
          row.push(cell);
          cell = '';
        } else if (char === '\r' && text[index + 1] === '\n') {
          row.push(cell);
          rows.push(row);
          row = [];
          cell = '';
          index++;
        } else cell += char;
      }
      return rows;
    };
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), (columns) => {
        for (const format of [SWEDISH, ENGLISH]) {
          const [header] = read(toCsv(table({ columns, values: [], source: null }), format), format.delimiter);
          expect(header).to.deep.equal(columns);
        }
      }),
    );
  });
});
