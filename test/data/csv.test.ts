import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseCsv } from '../../src/data/csv.js';
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

  it('drops a byte-order mark and blank lines', () => {
    expect(valueOf(parseCsv('\uFEFF2017,814\n\n  \n2023,473\n\n'))).to.deep.equal([
      ['2017', '814'],
      ['2023', '473'],
    ]);
    expect(valueOf(parseCsv(''))).to.deep.equal([]);
  });

  it('reads quoted cells with delimiters, doubled quotes and line breaks', () => {
    expect(valueOf(parseCsv('a,"b, c","say ""hi""","x\ny"\n1,2,3,4'))).to.deep.equal([
      ['a', 'b, c', 'say "hi"', 'x\ny'],
      ['1', '2', '3', '4'],
    ]);
    expect(valueOf(parseCsv('2017;"1,5"'))).to.deep.equal([['2017', '1,5']]);
  });

  it('refuses a quotation mark that is never closed (NC115), naming its line', () => {
    expectError(parseCsv('2017,814\n2023,"473\n'), 'invalidCsv', { row: 2 });
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
