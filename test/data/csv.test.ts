import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseCsv } from '../../src/data/csv.js';
import { parseTableRows } from '../../src/data/rows.js';
import { expectError, valueOf } from './expect-result.js';

describe('data/csv', () => {
  it('splits lines and cells, with comma, semicolon or tab as the first line has it', () => {
    expect(valueOf(parseCsv('year,value\n2017,814\n2023,473'))).to.deep.equal([
      ['year', 'value'],
      ['2017', '814'],
      ['2023', '473'],
    ]);
    expect(valueOf(parseCsv('År;Personer\r\n2017;1 234,5\r\n'))).to.deep.equal([
      ['År', 'Personer'],
      ['2017', '1 234,5'],
    ]);
    expect(valueOf(parseCsv('2017\t814\n2023\t473'))).to.deep.equal([
      ['2017', '814'],
      ['2023', '473'],
    ]);
  });

  it('drops the title lines before the table, as PxWeb writes them, and takes the delimiter after them', () => {
    expect(
      valueOf(parseCsv('"Hemlösa i Norrköping, antal personer"\n\n"år";"Antal"\n"2017";814\n"2023";473\n')),
    ).to.deep.equal([
      ['år', 'Antal'],
      ['2017', '814'],
      ['2023', '473'],
    ]);
    expect(valueOf(parseCsv('Tabell 1\nKälla: SCB\n\n2017\t814'))).to.deep.equal([['2017', '814']]);
    // Not set apart by a blank line, a line of text is a row, to be reported.
    expect(valueOf(parseCsv('Tabell 1\n2017\t814'))).to.deep.equal([['Tabell 1'], ['2017', '814']]);
    // Only lines of text before the first blank line are a title: figures there are rows, kept with the title line.
    expect(valueOf(parseCsv('Tabell 1\n2017\t814\n\n2023\t473'))).to.deep.equal([
      ['Tabell 1'],
      ['2017', '814'],
      ['2023', '473'],
    ]);
  });

  it('takes the delimiter most lines have, not a comma in a title line above the table', () => {
    const rows = [
      ['År', 'Personer'],
      ['2017', '814'],
      ['2023', '473'],
    ];
    for (const delimiter of [';', '\t']) {
      const table = `År${delimiter}Personer\n2017${delimiter}814\n2023${delimiter}473\n`;
      // Set apart by a blank line, the title is dropped; not, it is a row of one cell, reported as a row.
      expect(valueOf(parseCsv(`Personer i hemlöshet, Norrköping\n\n${table}`))).to.deep.equal(rows);
      expect(valueOf(parseCsv(`Personer i hemlöshet, Norrköping\r\n${table}`))).to.deep.equal([
        ['Personer i hemlöshet, Norrköping'],
        ...rows,
      ]);
    }
    // Decimal commas in every row under a comma title, and a semicolon in a comma file's title.
    expect(valueOf(parseCsv('Hemlöshet, Norrköping\n2017;81,5\n2018;82,5'))).to.deep.equal([
      ['Hemlöshet, Norrköping'],
      ['2017', '81,5'],
      ['2018', '82,5'],
    ]);
    expect(valueOf(parseCsv(',a\r\n\r\na;,a'))).to.deep.equal([['a', ',a']]);
    expect(valueOf(parseCsv('2017;81,5\n2018;82,5'))).to.deep.equal([
      ['2017', '81,5'],
      ['2018', '82,5'],
    ]);
    expect(valueOf(parseCsv('2017\t81,5\n2018\t82,5'))).to.deep.equal([
      ['2017', '81,5'],
      ['2018', '82,5'],
    ]);
    expect(valueOf(parseCsv('Hemlöshet; antal\n\nyear,value\n2017,814\n2023,473'))).to.deep.equal([
      ['year', 'value'],
      ['2017', '814'],
      ['2023', '473'],
    ]);
  });

  it('gives rows read as figures under a title line and over a source line, not set apart by blank lines', () => {
    const text =
      'Personer i hemlöshet, Norrköping\r\nÅr;Personer\r\n2017;814\r\n2023;473\r\nKälla: Socialstyrelsen;\r\n';
    const cells = valueOf(parseCsv(text));
    expect(valueOf(parseTableRows(cells, ['value'], ','))).to.deep.equal([
      { year: 2017, value: 814 },
      { year: 2023, value: 473 },
    ]);
  });

  it('drops a byte-order mark and blank lines', () => {
    expect(valueOf(parseCsv('\uFEFF2017,814\n\n  \n2023,473\n\n'))).to.deep.equal([
      ['2017', '814'],
      ['2023', '473'],
    ]);
    expect(valueOf(parseCsv(''))).to.deep.equal([]);
    // Lines of zero-width spaces and marks only are blank too, also as the blank line after a title.
    expect(valueOf(parseCsv('2017;814\n\u200b;\u200e\n2023;473'))).to.deep.equal([
      ['2017', '814'],
      ['2023', '473'],
    ]);
    expect(valueOf(parseCsv('Tabell 1\n\u200b\n2017;814'))).to.deep.equal([['2017', '814']]);
  });

  it('drops the lines of text after a blank line at the end, as its own download writes them', () => {
    const download =
      '\uFEFFÅr;Personer i hemlöshet\r\n2017;814\r\n2023;473\r\n\r\n' +
      '"Uppmätt 2017 och 2023; åren däremellan mättes inte."\r\nKälla: Socialstyrelsen\r\n';
    const rows = [
      ['År', 'Personer i hemlöshet'],
      ['2017', '814'],
      ['2023', '473'],
    ];
    expect(valueOf(parseCsv(download))).to.deep.equal(rows);
    // Saved again by Excel: the other columns' empty cells on every line, blank lines as delimiters.
    const resaved = 'År;Personer i hemlöshet\r\n2017;814\r\n2023;473\r\n;\r\nUppmätt 2017;\r\nKälla: S;\r\n;\r\n';
    expect(valueOf(parseCsv(resaved))).to.deep.equal(rows);
  });

  it('keeps lines of text that are not set apart from the data, or that hold values, to be reported', () => {
    expect(valueOf(parseCsv('year,value\n2017,814\nSource: S'))).to.deep.equal([
      ['year', 'value'],
      ['2017', '814'],
      ['Source: S'],
    ]);
    expect(valueOf(parseCsv('year,value\n2017,814\n\nTotal,814'))).to.deep.equal([
      ['year', 'value'],
      ['2017', '814'],
      ['Total', '814'],
    ]);
    // A year without a value is a row with a missing value, not a note.
    expect(valueOf(parseCsv('year,value\n2017,814\n\n2023'))).to.deep.equal([
      ['year', 'value'],
      ['2017', '814'],
      ['2023'],
    ]);
  });

  it('reads quoted cells with delimiters, doubled quotes and line breaks', () => {
    expect(valueOf(parseCsv('a,"b, c","say ""hi""","x\ny"\n1,2,3,4'))).to.deep.equal([
      ['a', 'b, c', 'say "hi"', 'x\ny'],
      ['1', '2', '3', '4'],
    ]);
    expect(valueOf(parseCsv('2017;"1,5"'))).to.deep.equal([['2017', '1,5']]);
  });

  it('takes the delimiter from Excel’s first line "sep=X", and skips that line', () => {
    expect(valueOf(parseCsv('sep=;\r\nÅr;Personer\r\n2017;1 234,5\r\n'))).to.deep.equal([
      ['År', 'Personer'],
      ['2017', '1 234,5'],
    ]);
    expect(valueOf(parseCsv('\uFEFFSEP=|\n2017|814'))).to.deep.equal([['2017', '814']]);
    // The line names the delimiter even where the first row has another one in it.
    expect(valueOf(parseCsv('sep=,\nÅr;typ,Antal\n2017;a,814'))).to.deep.equal([
      ['År;typ', 'Antal'],
      ['2017;a', '814'],
    ]);
    expect(valueOf(parseCsv('sep=;'))).to.deep.equal([]);
  });

  it('reads a line that only looks like "sep=X" as data', () => {
    expect(valueOf(parseCsv('sep=;;\n2017;814'))).to.deep.equal([
      ['sep=', '', ''],
      ['2017', '814'],
    ]);
    expect(valueOf(parseCsv('2017;814\nsep=,'))).to.deep.equal([['2017', '814'], ['sep=,']]);
  });

  it('counts the "sep=X" line when it names the line of an unclosed quotation mark', () => {
    expectError(parseCsv('sep=;\n2017;814\n2023;"473\n'), 'invalidCsv', { row: 3 });
  });

  it('refuses a quotation mark that is never closed (NC115), naming its line', () => {
    expectError(parseCsv('2017,814\n2023,"473\n'), 'invalidCsv', { row: 2 });
  });

  it('keeps quotation marks inside an unquoted cell as text, and reads a long run of them in one pass', () => {
    expect(valueOf(parseCsv('2023,47"3'))).to.deep.equal([['2023', '47"3']]);
    const cell = `x${'"'.repeat(200_000)}`;
    const started = performance.now();
    expect(valueOf(parseCsv(`2023,${cell}`))).to.deep.equal([['2023', cell]]);
    // Each mark once asked whether the cell so far was blank by trimming all of it: 0.7 s for 80 000.
    expect(performance.now() - started).to.be.below(1000);
  });

  it('never throws, and gives cells or NC115 for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '1', ',', ';', '"', '\n', '\r', ' ', '\t') }), (text) => {
        const result = parseCsv(text);
        if (result.ok) expect(result.value.every((row) => row.some((cell) => cell.trim() !== ''))).to.equal(true);
        else expect(result.error.code).to.equal('NC115');
      }),
      { numRuns: 500 },
    );
  });

  it('reads back what Excel writes after a "sep=X" line, with any delimiter (property)', () => {
    const delimiter = fc.constantFrom(';', ',', '\t', '|');
    const cell = fc
      .string({ unit: fc.constantFrom('a', 'ö', '1', ',', ';', '\t', '|', '"', ' ', '\n'), minLength: 1 })
      .filter((text) => text.trim() !== '');
    const write = (value: string): string =>
      /[",;|\t\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
    fc.assert(
      fc.property(
        delimiter,
        fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        (separator, rows) => {
          const lines = rows.map((row) => row.map(write).join(separator));
          expect(valueOf(parseCsv([`sep=${separator}`, ...lines].join('\r\n')))).to.deep.equal(rows);
        },
      ),
    );
  });

  it('takes the table’s delimiter under a title line with commas, set apart by a blank line (property)', () => {
    // Unquoted cells of letters, digits, spaces and decimal commas, of a table of two or three columns.
    const cell = fc
      .string({ unit: fc.constantFrom('a', 'ö', '1', ',', ' '), minLength: 1 })
      .filter((text) => text.trim() === text && text !== '');
    const title = fc
      .string({ unit: fc.constantFrom('a', 'ö', ',', ' ', '1'), minLength: 1 })
      .filter((t) => /\p{L}/u.test(t));
    fc.assert(
      fc.property(
        fc.constantFrom(';', '\t'),
        title,
        fc
          .integer({ min: 2, max: 3 })
          .chain((width) =>
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 }),
          ),
        (delimiter, heading, rows) => {
          const text = [heading, '', ...rows.map((row) => row.join(delimiter))].join('\r\n');
          expect(valueOf(parseCsv(text))).to.deep.equal(rows);
        },
      ),
    );
  });

  it('reads back what a spreadsheet writes (property)', () => {
    const cell = fc
      .string({ unit: fc.constantFrom('a', 'ö', '1', ',', '"', ' ', '\n'), minLength: 1 })
      .filter((text) => text.trim() !== '');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((row) => row.map((value) => `"${value.replace(/"/g, '""')}"`).join(';')).join('\r\n');
        expect(valueOf(parseCsv(text))).to.deep.equal(rows);
      }),
    );
  });
});
