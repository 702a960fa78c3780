import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LARGEST, parseNumberText, toCount, toNumber, toYear, type DecimalSeparator } from '../../src/data/number.js';
import { shown } from '../../src/data/errors.js';
import {
  anyText,
  anyValue,
  decimals,
  errorOf,
  expectError,
  expectWellFormedError,
  numberishText,
  valueOf,
} from './expect-result.js';

const AT = { row: 3, field: 'value' } as const;
const NBSP = '\u00a0';
const NNBSP = '\u202f';
const MINUS = '\u2212';
/**
 * What a text editor leaves in a cell unseen: soft hyphen, zero-width space, non-joiner, joiner, left-to-right
 * and right-to-left marks, word joiner, byte-order mark.
 */
const INVISIBLE = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff'];

const read = (text: string, decimal: DecimalSeparator): number | null => valueOf(parseNumberText(text, decimal, AT));

describe('data/number', () => {
  describe('parseNumberText', () => {
    describe('in Swedish (decimal comma)', () => {
      const cases: [string, number][] = [
        ['1234', 1234],
        ['1 234', 1234],
        [`1${NBSP}234`, 1234],
        [`1${NNBSP}234`, 1234],
        ['1\u2009234', 1234],
        ['1\u2007234', 1234],
        [`12${NBSP}345${NBSP}678`, 12_345_678],
        ['1 234,5', 1234.5],
        [`1${NBSP}234,5`, 1234.5],
        ['0,5', 0.5],
        [',5', 0.5],
        ['  42  ', 42],
        [`${MINUS}5`, -5],
        [`${MINUS}5,5`, -5.5],
        [`${MINUS}1 234`, -1234],
        ['-5', -5],
        ['+5', 5],
        ['12 %', 12],
        [`12${NBSP}%`, 12],
        ['12%', 12],
        [`${MINUS}37 %`, -37],
        ['1.5', 1.5],
        ['12.25', 12.25],
        ['1234.5', 1234.5],
        ['1.234.567', 1_234_567],
        ['0,125', 0.125],
        ['00,125', 0.125],
        ['1,25', 1.25],
        ['1,2340', 1.234],
        ['1234,567', 1234.567],
        ['1 234,567', 1234.567],
        ['0', 0],
        ['1e3', 1000],
        ['1e300', 1e300],
      ];
      for (const [text, expected] of cases) {
        it(`reads ${JSON.stringify(text)} as ${expected}`, () => {
          expect(read(text, ',')).to.equal(expected);
        });
      }
    });

    describe('in English (decimal point)', () => {
      const cases: [string, number][] = [
        ['1234', 1234],
        ['1,234', 1234],
        ['1,234.5', 1234.5],
        ['12,345,678', 12_345_678],
        ['1 234', 1234],
        [`1${NBSP}234`, 1234],
        [`1${NNBSP}234.5`, 1234.5],
        ['1.234', 1.234],
        ['.5', 0.5],
        ['-5', -5],
        [`${MINUS}5`, -5],
        [`${MINUS}1,234.5`, -1234.5],
        ['\u20135', -5],
        ['12 %', 12],
        ['12%', 12],
        ['-42%', -42],
        ['1e300', 1e300],
        ['2.5e-3', 0.0025],
      ];
      for (const [text, expected] of cases) {
        it(`reads ${JSON.stringify(text)} as ${expected}`, () => {
          expect(read(text, '.')).to.equal(expected);
        });
      }
    });

    it('reads blanks, dashes and ".." as gaps in both languages', () => {
      for (const decimal of [',', '.'] as const) {
        for (const text of ['', '   ', NBSP, '-', '–', '—', '..', '…', ' – ', `${NBSP}-${NBSP}`]) {
          expect(read(text, decimal), JSON.stringify(text)).to.equal(null);
        }
      }
    });

    it('reads numbers with invisible characters in or around them as if they were not there', () => {
      for (const mark of INVISIBLE) {
        expect(read(`473${mark}`, ','), JSON.stringify(mark)).to.equal(473);
        expect(read(`${mark}1 2${mark}34,5`, ','), JSON.stringify(mark)).to.equal(1234.5);
        expect(read(`1,2${mark}34.5`, '.'), JSON.stringify(mark)).to.equal(1234.5);
        expect(read(`${mark}−${mark}37 %`, ','), JSON.stringify(mark)).to.equal(-37);
        expect(read(mark, ','), JSON.stringify(mark)).to.equal(null);
        expect(read(` ${mark}–${mark} `, '.'), JSON.stringify(mark)).to.equal(null);
      }
    });

    it('still refuses a text that is no number once invisible characters are gone, quoting it as written', () => {
      expectError(parseNumberText('47\u200bx', ',', AT), 'notANumber', { ...AT, value: '47\u200bx' });
      expectError(parseNumberText('1.2\u00ad34', ',', AT), 'ambiguousNumber', { ...AT, value: '1.2\u00ad34' });
    });

    it('reads a minus sign alone (U+2212) as a gap, like a dash', () => {
      expect(read('\u2212', ',')).to.equal(null);
      expect(read(' \u2212 ', '.')).to.equal(null);
    });

    it('reads the dashes and hyphens a word processor puts for a minus sign as one, and alone as a gap', () => {
      // Hyphen, no-break hyphen (Word's Ctrl+Shift+-), figure, en and em dashes, small and full-width hyphen-minus.
      for (const dash of ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\ufe63', '\uff0d']) {
        const name = `U+${dash.codePointAt(0)!.toString(16)}`;
        expect(read(`${dash}37`, ','), name).to.equal(-37);
        expect(read(`${dash}1 234,5 %`, ','), name).to.equal(-1234.5);
        expect(read(`${dash} 37 %`, '.'), name).to.equal(-37);
        expect(read(` ${dash} `, ','), name).to.equal(null);
        expectError(parseNumberText(`${dash}${dash}37`, ',', AT), 'notANumber', { ...AT, value: `${dash}${dash}37` });
      }
    });

    it('refuses "1.234" in Swedish as ambiguous (NC110), with the row, field and text', () => {
      for (const text of ['1.234', '-1.234', `${MINUS}1.234`, '999.999', ' 1.234 ', '1.234 %']) {
        expectError(parseNumberText(text, ',', AT), 'ambiguousNumber', { row: 3, field: 'value', value: text });
      }
    });

    it('refuses "1,234" in Swedish as ambiguous (NC110), like "1.234"', () => {
      for (const text of ['1,234', '12,500', '999,999', '-1,234', `${MINUS}1,234`, '+1,234', ' 1,234 ', '1,234 %']) {
        expectError(parseNumberText(text, ',', AT), 'ambiguousNumber', { row: 3, field: 'value', value: text });
      }
    });

    it('refuses every Swedish "d,ddd" with a whole part of 1–999, and reads it with a fourth decimal (property)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), (whole, thousandths) => {
          const text = `${whole},${String(thousandths).padStart(3, '0')}`;
          expectError(parseNumberText(text, ',', AT), 'ambiguousNumber', { value: text });
          expect(read(`${text}0`, ',')).to.equal(Number(text.replace(',', '.')));
        }),
      );
    });

    it('reads every number Intl writes in Swedish with up to four decimals, but "1,234" and its like (property)', () => {
      const ambiguous = /^[-\u2212]?[1-9]\d{0,2},\d{3}$/;
      fc.assert(
        fc.property(
          fc.oneof(
            fc.double({ min: -1e9, max: 1e9, noNaN: true }),
            // Thousandths around 1–999, which Intl writes "1,234" at three decimals or more.
            fc.integer({ min: -2_000_000, max: 2_000_000 }).map((thousandths) => thousandths / 1000),
          ),
          fc.integer({ min: 0, max: 4 }),
          fc.boolean(),
          (value, maximumFractionDigits, useGrouping) => {
            const text = new Intl.NumberFormat('sv-SE', { maximumFractionDigits, useGrouping }).format(value);
            const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits, useGrouping: false }).format(value);
            const result = parseNumberText(text, ',', AT);
            if (ambiguous.test(text)) expectError(result, 'ambiguousNumber', { value: text });
            else expect(valueOf(result), text).to.equal(Number(plain));
          },
        ),
        { numRuns: 1000 },
      );
    });

    it('refuses a decimal comma in English as ambiguous (NC110)', () => {
      for (const text of ['1,5', '12,34', '-1,5', '1 234,5', '0,25 %']) {
        expectError(parseNumberText(text, '.', AT), 'ambiguousNumber', { row: 3, field: 'value', value: text });
      }
      // Three digits after "0," are no thousands: a first group of 0 is none (it was read as 4).
      for (const text of ['0,004', '0,125', '-0,250', '0,004,000'])
        expect(errorOf(parseNumberText(text, '.', AT)).kind, text).to.be.oneOf(['ambiguousNumber', 'notANumber']);
      expectError(parseNumberText('0,004', '.', AT), 'ambiguousNumber', { value: '0,004' });
    });

    it('refuses garbage as not a number (NC103) in both languages, naming the row and field', () => {
      const at = { row: 7, field: 'children' };
      const garbage = [
        'many',
        '20x7',
        '1e',
        'Infinity',
        '-Infinity',
        'NaN',
        '1,2,3',
        '%',
        '0x10',
        '1_000',
        '--5',
        '5-',
        '+-5',
        '.',
        ',',
        'e5',
        '12 % %',
      ];
      for (const decimal of [',', '.'] as const) {
        for (const text of garbage) {
          expectError(parseNumberText(text, decimal, at), 'notANumber', { row: 7, field: 'children', value: text });
        }
      }
    });

    it('refuses digits a space splits into other than groups of three (NC103): a typo or a footnote mark', () => {
      for (const decimal of [',', '.'] as const)
        for (const text of ['47 3', '109 2', '1 23', '1 2345', '12 345 67', `473${NBSP}1`, '1 234 5']) {
          expectError(parseNumberText(text, decimal, AT), 'notANumber', { value: text });
        }
    });

    it('refuses texts that mix both separators in Swedish (NC103)', () => {
      expectError(parseNumberText('1,234.5', ',', AT), 'notANumber', { value: '1,234.5' });
      expectError(parseNumberText('1.234,5', ',', AT), 'notANumber', { value: '1.234,5' });
    });

    it('refuses misplaced thousands commas in English (NC103)', () => {
      for (const text of ['1,23.5', '12,34,567', '1,234,5']) {
        expectError(parseNumberText(text, '.', AT), 'notANumber', { value: text });
      }
    });

    it('refuses numbers too large to be finite (NC103), but not large finite ones', () => {
      for (const decimal of [',', '.'] as const) {
        expect(read('1e300', decimal)).to.equal(1e300);
        expectError(parseNumberText('1e400', decimal, AT), 'notANumber', { row: 3, field: 'value', value: '1e400' });
        expectError(parseNumberText('-1e400', decimal, AT), 'notANumber', { value: '-1e400' });
      }
    });

    it('shortens a long offending text in the error', () => {
      const text = `${'9'.repeat(30)}x${'9'.repeat(30)}`;
      expectError(parseNumberText(text, ',', AT), 'notANumber', { value: shown(text) });
    });

    it('never throws; gives a finite number, a gap, or NC103/NC110 at the given cell (property)', () => {
      fc.assert(
        fc.property(anyText, decimals, fc.integer({ min: 1, max: 1000 }), (text, decimal, row) => {
          const result = parseNumberText(text, decimal, { row, field: 'families' });
          if (result.ok) {
            if (result.value !== null) expect(Number.isFinite(result.value)).to.equal(true);
          } else {
            expectWellFormedError(result.error);
            expect(['notANumber', 'ambiguousNumber']).to.include(result.error.kind);
            expect(result.error).to.deep.include({ row, field: 'families', value: shown(text) });
          }
        }),
        { numRuns: 500 },
      );
    });

    it('reads what Intl writes, in Swedish, French (narrow no-break spaces) and English (property)', () => {
      const locales: [string, DecimalSeparator][] = [
        ['sv-SE', ','],
        ['fr-FR', ','],
        ['en-GB', '.'],
        ['en-US', '.'],
      ];
      const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, useGrouping: false });
      fc.assert(
        fc.property(
          fc.constantFrom(...locales),
          fc.double({ min: -1e12, max: 1e12, noNaN: true }),
          fc.boolean(),
          ([locale, decimal], value, percent) => {
            const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
            const text = format.format(value) + (percent ? `${NBSP}%` : '');
            expect(read(text, decimal), text).to.equal(Number(plain.format(value)));
          },
        ),
        { numRuns: 500 },
      );
    });

    it('finds no-break spaces in what Intl writes for Swedish, so the property above tests them', () => {
      expect(new Intl.NumberFormat('sv-SE').format(12_345)).to.equal(`12${NBSP}345`);
      expect(new Intl.NumberFormat('fr-FR').format(12_345)).to.equal(`12${NNBSP}345`);
      expect(new Intl.NumberFormat('sv-SE').format(-5)).to.equal(`${MINUS}5`);
    });

    it('reads nearly-numbers made of number characters without throwing (property)', () => {
      fc.assert(
        fc.property(numberishText, (text) => {
          const sv = parseNumberText(text, ',', AT);
          const en = parseNumberText(text, '.', AT);
          // Texts without separators, spaces or signs other than one leading minus read the same in both languages.
          if (/^-?\d+$/.test(text)) {
            expect(valueOf(sv)).to.equal(Number(text));
            expect(valueOf(en)).to.equal(Number(text));
          }
        }),
        { numRuns: 500 },
      );
    });
  });

  describe('toNumber', () => {
    it('takes null as a gap', () => {
      expect(valueOf(toNumber(null, ',', AT))).to.equal(null);
    });

    it('takes finite JSON numbers as they are, negative and fractional too', () => {
      for (const value of [0, 814, -3.5, 1e300, Number.MAX_SAFE_INTEGER]) {
        expect(valueOf(toNumber(value, '.', AT))).to.equal(value);
      }
    });

    it('refuses NaN and infinities (NC103)', () => {
      expectError(toNumber(Number.NaN, ',', AT), 'notANumber', { row: 3, field: 'value', value: 'NaN' });
      expectError(toNumber(Number.POSITIVE_INFINITY, ',', AT), 'notANumber', { value: 'Infinity' });
      expectError(toNumber(Number.NEGATIVE_INFINITY, '.', AT), 'notANumber', { value: '-Infinity' });
    });

    it('reads texts in the given language', () => {
      expect(valueOf(toNumber('1 234,5', ',', AT))).to.equal(1234.5);
      expect(valueOf(toNumber('1,234.5', '.', AT))).to.equal(1234.5);
      expect(valueOf(toNumber('–', '.', AT))).to.equal(null);
      expectError(toNumber('1,5', '.', AT), 'ambiguousNumber', { value: '1,5' });
      expectError(toNumber('many', ',', AT), 'notANumber', { value: 'many' });
    });

    it('refuses booleans, objects, arrays and undefined (NC103), naming the cell', () => {
      const at = { row: 9, field: 'families' };
      expectError(toNumber(true, ',', at), 'notANumber', { row: 9, field: 'families', value: 'true' });
      expectError(toNumber({ n: 1 }, ',', at), 'notANumber', { value: '{"n":1}' });
      expectError(toNumber([1], ',', at), 'notANumber', { value: '[1]' });
      expectError(toNumber(5n, ',', at), 'notANumber', { value: 'bigint' });
      const missing = expectError(toNumber(undefined, ',', at), 'notANumber', { row: 9, field: 'families' });
      expect(missing).to.not.have.property('value');
    });

    it('never throws; gives a finite number, a gap or an error at the cell (property)', () => {
      fc.assert(
        fc.property(anyValue, decimals, (value, decimal) => {
          const result = toNumber(value, decimal, AT);
          if (result.ok) {
            if (result.value !== null) expect(Number.isFinite(result.value)).to.equal(true);
          } else {
            expectWellFormedError(result.error);
            expect(result.error).to.deep.include(AT);
          }
        }),
      );
    });
  });

  describe('toCount', () => {
    it('takes zero, positive counts and gaps', () => {
      expect(valueOf(toCount(0, ',', AT))).to.equal(0);
      expect(valueOf(toCount(473, ',', AT))).to.equal(473);
      expect(valueOf(toCount('1 234', ',', AT))).to.equal(1234);
      expect(valueOf(toCount(null, ',', AT))).to.equal(null);
      expect(valueOf(toCount('-', ',', AT))).to.equal(null);
    });

    it('refuses a count written in per cent (NC103): a share is no number of people', () => {
      for (const text of ['42 %', '42%', ' 7,5 % ', `42${NBSP}%`])
        expectError(toCount(text, ',', AT), 'notANumber', { row: 3, field: 'value', value: text, detail: 'percent' });
      expect(valueOf(toNumber('42 %', ',', AT)), 'a figure that may be a share').to.equal(42);
    });

    it('reads −0 as 0, which is not below zero', () => {
      for (const input of [-0, '-0', `${MINUS}0`, '-0,0'])
        expect(Object.is(valueOf(toCount(input, ',', AT)), 0), String(input)).to.equal(true);
    });

    it("refuses a figure beyond 1e307 either way as too large (NC103), where a chart's axis would never end", () => {
      expect(valueOf(toNumber(LARGEST, ',', AT))).to.equal(1e307);
      expect(valueOf(toNumber(-LARGEST, ',', AT))).to.equal(-1e307);
      expect(valueOf(toNumber('1e307', '.', AT))).to.equal(1e307);
      const above = 1.0000000000000001e307;
      expect(above).to.be.greaterThan(LARGEST);
      for (const [input, value] of [
        [above, '1.0000000000000001e+307'],
        [Number.MAX_VALUE, '1.7976931348623157e+308'],
        [-Number.MAX_VALUE, '-1.7976931348623157e+308'],
        ['1e308', '1e308'],
        ['1 000e305', '1 000e305'],
      ] as const)
        expectError(toNumber(input, ',', AT), 'notANumber', { row: 3, field: 'value', value, detail: 'large' });
      // Beyond the largest double is not a number at all, not "too large".
      expect(expectError(toNumber('1e999', ',', AT), 'notANumber').detail).to.equal(undefined);
    });

    it('refuses negative counts (NC109), showing the input as written', () => {
      expectError(toCount(-1, ',', AT), 'negative', { row: 3, field: 'value', value: '-1' });
      expectError(toCount(`${MINUS}5`, ',', AT), 'negative', { row: 3, field: 'value', value: `${MINUS}5` });
      expectError(toCount('-0,5', ',', AT), 'negative', { value: '-0,5' });
      expectError(toCount('-1,234', '.', { row: 2, field: 'children' }), 'negative', {
        row: 2,
        field: 'children',
        value: '-1,234',
      });
    });

    it('passes other errors through unchanged', () => {
      expectError(toCount('many', ',', AT), 'notANumber', { value: 'many' });
      expectError(toCount('1.234', ',', AT), 'ambiguousNumber', { value: '1.234' });
      expectError(toCount(Number.NEGATIVE_INFINITY, ',', AT), 'notANumber');
    });

    it('never gives a negative count (property)', () => {
      fc.assert(
        fc.property(fc.oneof(anyValue, numberishText, fc.double()), decimals, (value, decimal) => {
          const result = toCount(value, decimal, AT);
          if (result.ok && result.value !== null) expect(result.value >= 0).to.equal(true);
          if (!result.ok) expectWellFormedError(result.error);
        }),
        { numRuns: 500 },
      );
    });
  });

  describe('toYear', () => {
    it('takes four-digit whole numbers from 1000 to 9999', () => {
      for (const year of [1000, 2017, 9999]) expect(valueOf(toYear(year, 1))).to.equal(year);
      expect(valueOf(toYear(2017.0, 1))).to.equal(2017);
    });

    it('takes year texts, with white space around them', () => {
      expect(valueOf(toYear('2017', 1))).to.equal(2017);
      expect(valueOf(toYear(' 2017 ', 1))).to.equal(2017);
      expect(valueOf(toYear(`\t2017${NBSP}\n`, 1))).to.equal(2017);
    });

    it('takes year texts with invisible characters in or around them', () => {
      for (const mark of INVISIBLE) {
        expect(valueOf(toYear(`2017${mark}`, 1)), JSON.stringify(mark)).to.equal(2017);
        expect(valueOf(toYear(`${mark} 20${mark}17 `, 1)), JSON.stringify(mark)).to.equal(2017);
      }
      expectError(toYear('\u200b', 2), 'invalidYear', { row: 2, value: '\u200b' });
    });

    it('refuses years outside 1000–9999 (NC104), with the row and field', () => {
      for (const year of [999, 10_000, 0, -2017, 1e10]) {
        expectError(toYear(year, 4), 'invalidYear', { row: 4, field: 'year', value: String(year) });
      }
      expectError(toYear('0999', 2), 'invalidYear', { row: 2, field: 'year', value: '0999' });
      expectError(toYear('10000', 2), 'invalidYear', { value: '10000' });
    });

    it('refuses years that are not whole numbers', () => {
      expectError(toYear(2017.5, 1), 'invalidYear', { value: '2017.5' });
      expectError(toYear('2017.0', 1), 'invalidYear', { value: '2017.0' });
      expectError(toYear(Number.NaN, 1), 'invalidYear', { value: 'NaN' });
      expectError(toYear(Number.POSITIVE_INFINITY, 1), 'invalidYear', { value: 'Infinity' });
    });

    it('refuses year texts with spaces inside, other digits or other characters', () => {
      for (const text of [
        '2 017',
        `2${NBSP}017`,
        '17',
        '',
        ' ',
        '2017a',
        '+2017',
        '-2017',
        '2017-05',
        '２０１７',
        '٢٠١٧',
        '2,017',
      ]) {
        expectError(toYear(text, 5), 'invalidYear', { row: 5, field: 'year', value: text });
      }
    });

    it('refuses other types', () => {
      expectError(toYear(null, 1), 'invalidYear', { value: 'null' });
      expectError(toYear(true, 1), 'invalidYear', { value: 'true' });
      expectError(toYear([2017], 1), 'invalidYear', { value: '[2017]' });
      expect(expectError(toYear(undefined, 1), 'invalidYear', { row: 1, field: 'year' })).to.not.have.property('value');
    });

    it('takes every year 1000–9999 as a number or padded text, and refuses every other integer (property)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('', ' ', '\t', NBSP), (year, pad) => {
          expect(valueOf(toYear(year, 1))).to.equal(year);
          expect(valueOf(toYear(`${pad}${year}${pad}`, 1))).to.equal(year);
        }),
      );
      fc.assert(
        fc.property(fc.oneof(fc.integer({ max: 999 }), fc.integer({ min: 10_000 })), (year) => {
          expectError(toYear(year, 1), 'invalidYear');
          expectError(toYear(String(year), 1), 'invalidYear');
        }),
      );
    });

    it('never throws; a year it gives is always a whole number 1000–9999 (property)', () => {
      fc.assert(
        fc.property(fc.oneof(anyValue, anyText), fc.integer({ min: 1, max: 100 }), (value, row) => {
          const result = toYear(value, row);
          if (result.ok)
            expect(Number.isInteger(result.value) && result.value >= 1000 && result.value <= 9999).to.equal(true);
          else expectError(result, 'invalidYear', { row, field: 'year' });
        }),
      );
    });
  });
});
