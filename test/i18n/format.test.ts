import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatFor } from '../../src/i18n/format.js';
import { sv } from '../../src/i18n/sv.js';
import { en } from '../../src/i18n/en.js';
import { parseNumberText } from '../../src/data/number.js';

const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('i18n/format', () => {
  describe('change', () => {
    it('writes a fall in Swedish with a minus sign and a no-break space: "−42 %"', () => {
      expect(formatFor(sv).change(-41.9)).to.equal(`${MINUS}42${NBSP}%`);
    });

    it('writes a fall in English with a hyphen-minus and no space: "-42%"', () => {
      expect(formatFor(en).change(-41.9)).to.equal('-42%');
    });

    it('signs a rise', () => {
      expect(formatFor(sv).change(12)).to.equal(`+12${NBSP}%`);
      expect(formatFor(en).change(12)).to.equal('+12%');
      expect(formatFor(en).change(12.4)).to.equal('+12%');
      expect(formatFor(sv).change(100)).to.equal(`+100${NBSP}%`);
    });

    it('leaves zero unsigned, and writes a change that would round to zero to its first digit, signed', () => {
      for (const percent of [0, -0]) {
        expect(formatFor(sv).change(percent), String(percent)).to.equal(`0${NBSP}%`);
        expect(formatFor(en).change(percent), String(percent)).to.equal('0%');
      }
      expect(formatFor(sv).change(-0.4)).to.equal(`${MINUS}0,4${NBSP}%`);
      expect(formatFor(en).change(0.4)).to.equal('+0.4%');
      expect(formatFor(en).change(0.004)).to.equal('+0.004%');
      expect(formatFor(en).change(0.04, 1)).to.equal('+0.04%');
      expect(formatFor(en).change(0.5)).to.equal('+1%');
    });

    it('rounds to whole per cent and groups large changes', () => {
      expect(formatFor(en).change(-37.5)).to.equal('-38%');
      expect(formatFor(en).change(1234)).to.equal('+1,234%');
      expect(formatFor(sv).change(1234)).to.equal(`+1${NBSP}234${NBSP}%`);
    });

    it('signs every change but zero, in both languages (property)', () => {
      fc.assert(
        fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (percent) => {
          for (const strings of [sv, en]) {
            const text = formatFor(strings).change(percent);
            // Below the tenth decimal of a per cent: floating point's noise, 0 (see format.ts).
            if (Math.abs(percent) < 1e-10) expect(text).to.match(/^0\s?%$/);
            else if (percent > 0) expect(text.startsWith('+'), text).to.equal(true);
            else expect(text.startsWith(strings === sv ? MINUS : '-'), text).to.equal(true);
          }
        }),
      );
    });
  });

  describe('number', () => {
    it('groups thousands with no-break spaces and writes a decimal comma in Swedish', () => {
      expect(formatFor(sv).number(12345.5)).to.equal(`12${NBSP}345,5`);
      expect(formatFor(sv).number(1234)).to.equal(`1${NBSP}234`);
      expect(formatFor(sv).number(-1234.5)).to.equal(`${MINUS}1${NBSP}234,5`);
    });

    it('groups thousands with commas and writes a decimal point in English', () => {
      expect(formatFor(en).number(12345.5)).to.equal('12,345.5');
      expect(formatFor(en).number(1234)).to.equal('1,234');
      expect(formatFor(en).number(-1234.5)).to.equal('-1,234.5');
    });

    it('writes a hundredth at most unless told otherwise', () => {
      expect(formatFor(sv).number(0.0066)).to.equal('0,01');
      expect(formatFor(en).number(473)).to.equal('473');
      expect(formatFor(en).number(1.004)).to.equal('1');
      expect(formatFor(sv).number(2.36)).to.equal('2,36');
      expect(formatFor(sv).number(2.365)).to.equal('2,37');
      expect(formatFor(en).number(0.25)).to.equal('0.25');
      expect(formatFor(sv).number(2.36, 1)).to.equal('2,4');
      expect(formatFor(sv).spoken(1234.5678, 3)).to.equal('1234,568');
      expect(formatFor(en).number(2.0004, 3)).to.equal('2');
      expect(formatFor(en).number(1234, 0)).to.equal('1,234');
    });

    it('writes a number nearer 0 than a hundredth to its first digit that is not 0, never as 0', () => {
      expect(formatFor(sv).number(0.004)).to.equal('0,004');
      expect(formatFor(en).spoken(-0.00049)).to.equal('-0.0005');
      expect(formatFor(sv).number(1e-7)).to.equal('0,0000001');
      expect(formatFor(sv).number(0.004, 1)).to.equal('0,004');
      expect(formatFor(sv).number(0)).to.equal('0');
      // Down to the tenth decimal; beyond is floating point's noise in computed figures (0.1 + 0.2 − 0.3).
      expect(formatFor(en).number(1e-10)).to.equal(`0.${'0'.repeat(9)}1`);
      expect(formatFor(en).number(0.1 + 0.2 - 0.3)).to.equal('0');
      expect(formatFor(en).number(5e-324)).to.equal('0');
      expect(formatFor(en).change(1e-12)).to.equal('0%');
      fc.assert(
        fc.property(fc.double({ min: 1e-10, max: 1, noNaN: true }), fc.boolean(), (size, negative) => {
          const value = negative ? -size : size;
          for (const strings of [sv, en]) expect(formatFor(strings).number(value), String(value)).to.match(/[1-9]/);
        }),
        { numRuns: 500 },
      );
    });

    it('writes numbers that the parsers read back in the same language (property)', () => {
      fc.assert(
        fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (value) => {
          for (const strings of [sv, en]) {
            const text = formatFor(strings).number(value);
            const read = parseNumberText(text, strings.decimal, { row: 1, field: 'value' });
            expect(read.ok, text).to.equal(true);
            if (read.ok) expect(read.value, text).to.be.closeTo(value, 0.005 + Math.abs(value) * 1e-12);
          }
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('year', () => {
    it('never groups a year', () => {
      for (const strings of [sv, en]) {
        expect(formatFor(strings).year(2017)).to.equal('2017');
        expect(formatFor(strings).year(10000)).to.equal('10000');
      }
    });
  });

  describe('period', () => {
    it('joins two years with an en dash, ungrouped', () => {
      for (const strings of [sv, en]) {
        expect(formatFor(strings).period(2017, 2023)).to.equal('2017\u20132023');
        expect(formatFor(strings).period(2022, 2023)).to.equal('2022–2023');
      }
    });
  });

  describe('span', () => {
    it('joins two years in words, for text read aloud, ungrouped', () => {
      expect(formatFor(sv).span(2018, 2022)).to.equal('2018 till 2022');
      expect(formatFor(en).span(2018, 2022)).to.equal('2018 to 2022');
      expect(formatFor(sv).span(10000, 12000)).to.equal('10000 till 12000');
    });
  });

  describe('formatFor', () => {
    it('gives one format per language', () => {
      expect(formatFor(sv)).to.equal(formatFor(sv));
      expect(formatFor(en)).to.equal(formatFor(en));
      expect(formatFor(sv)).to.not.equal(formatFor(en));
    });
  });

  // Our formats are written out from each language's notation (Intl's first use costs a page 16–60 ms):
  // they must write exactly what Intl writes for the language's locale.
  describe('the same as Intl', () => {
    const languages = [sv, en];
    /**
     * Intl's format to `decimals` decimals; where that reads 0 and the number is not, to its first digit
     * that is not 0 (one significant digit), as ours writes it.
     */
    const intl = (
      locale: string,
      options: Intl.NumberFormatOptions,
      decimals: number,
      value: number,
      shown = Math.abs(value),
    ): string => {
      const text = new Intl.NumberFormat(locale, { ...options, maximumFractionDigits: decimals }).format(value);
      // Below the tenth decimal of what is shown (a per cent, for a change), ours writes 0 as well.
      if (!value || !/^\D*0\D*$/.test(text) || shown < 1e-10) return text;
      return new Intl.NumberFormat(locale, { ...options, maximumSignificantDigits: 1 }).format(value);
    };
    const number = (locale: string, useGrouping: boolean, value: number, decimals = 2) =>
      intl(locale, { useGrouping }, decimals, value);
    const percent = (locale: string, decimals: number, value: number) =>
      intl(locale, { style: 'percent', signDisplay: 'exceptZero' }, decimals, value / 100, Math.abs(value));
    /**
     * Every double, whole numbers up to the largest safe integer and past it, and
     * decimals at the rounding's ties (x.x5), where binary and decimal disagree.
     */
    const values = fc.oneof(
      fc.double(),
      fc.maxSafeInteger(),
      fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }).map(Number),
      fc.double({ min: -1e7, max: 1e7 }),
      fc.integer({ min: -1e8, max: 1e8 }).map((hundredths) => hundredths / 100),
      fc.integer({ min: -1e6, max: 1e6 }).map((tenths) => tenths / 10),
      fc.integer({ min: -1e9, max: 1e9 }).map((thousandths) => thousandths / 1000),
    );
    const special = [0, -0, NaN, Infinity, -Infinity, 0.05, 0.15, 0.25, 0.35, 1.45, 2.25, 8.345, 0.045, 4.5, -4.5];
    const huge = [
      Number.MAX_SAFE_INTEGER,
      2 ** 53,
      1e21,
      1e23,
      123456789012345680000,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      5e-324,
      1e-7,
      9.95,
      99.95,
    ];

    it('writes numbers as Intl does, grouped and ungrouped (property)', () => {
      for (const strings of languages) {
        const format = formatFor(strings);
        const check = (value: number) => {
          expect(format.number(value), String(value)).to.equal(number(strings.locale, true, value));
          expect(format.spoken(value), String(value)).to.equal(number(strings.locale, false, value));
        };
        [...special, ...huge, ...huge.map((v) => -v), 0.005, 0.0095, 0.00449, 1e-10, 9.9e-11, 1e-20, 1e-300].forEach(
          check,
        );
        fc.assert(fc.property(values, check), { numRuns: 2000 });
      }
    });

    it('writes numbers as Intl does to three decimals (property)', () => {
      for (const strings of languages) {
        const format = formatFor(strings);
        const check = (value: number) => {
          expect(format.number(value, 3), String(value)).to.equal(number(strings.locale, true, value, 3));
          expect(format.spoken(value, 3), String(value)).to.equal(number(strings.locale, false, value, 3));
        };
        [...special, ...huge, ...huge.map((v) => -v), 0.0005, 0.0015, 1.0005, 2.0004].forEach(check);
        fc.assert(fc.property(values, check), { numRuns: 2000 });
      }
    });

    for (const decimals of [0, 1])
      it(`writes changes in per cent as Intl does, to ${decimals} decimals (property)`, () => {
        for (const strings of languages) {
          const format = formatFor(strings);
          const check = (value: number) => {
            expect(format.change(value, decimals), String(value)).to.equal(percent(strings.locale, decimals, value));
          };
          [...special, ...huge, ...huge.map((v) => -v), 0.5, -0.5, 1.5, 2.5, 14.5, 57.5, 0.04, -0.004].forEach(check);
          fc.assert(fc.property(values, check), { numRuns: 2000 });
        }
      });

    it('writes every month of a year as Intl does', () => {
      for (const strings of languages) {
        const months = new Intl.DateTimeFormat(strings.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
        for (const year of [1000, 2017, 2022, 9999])
          for (let month = 1; month <= 12; month += 1)
            expect(formatFor(strings).month(year, month)).to.equal(months.format(Date.UTC(year, month - 1, 15)));
        expect(formatFor(strings).month(2022, null)).to.equal('2022');
      }
      expect(formatFor(sv).month(2022, 5)).to.equal('maj 2022');
      expect(formatFor(en).month(2022, 5)).to.equal('May 2022');
    });

    it('writes lists as Intl does (property)', () => {
      for (const strings of languages) {
        const lists = new Intl.ListFormat(strings.locale, { type: 'conjunction' });
        fc.assert(
          fc.property(fc.array(fc.string({ minLength: 1 }), { maxLength: 6 }), (items) => {
            expect(formatFor(strings).list(items)).to.equal(lists.format(items));
          }),
        );
      }
      expect(formatFor(sv).list(['2011', '2017', '2023'])).to.equal('2011, 2017 och 2023');
      expect(formatFor(en).list(['2011', '2017', '2023'])).to.equal('2011, 2017 and 2023');
      expect(formatFor(en).list(['2017–2019', '2023'])).to.equal('2017–2019 and 2023');
    });
  });
});
