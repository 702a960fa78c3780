import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { toCsv } from '../../src/a11y/csv.js';
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
