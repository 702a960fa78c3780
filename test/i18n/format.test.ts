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

    it('leaves zero, and changes that round to zero, unsigned', () => {
      for (const percent of [0, -0, 0.4, -0.4]) {
        expect(formatFor(sv).change(percent), String(percent)).to.equal(`0${NBSP}%`);
        expect(formatFor(en).change(percent), String(percent)).to.equal('0%');
      }
    });

    it('rounds to whole per cent and groups large changes', () => {
      expect(formatFor(en).change(-37.5)).to.equal('-38%');
      expect(formatFor(en).change(1234)).to.equal('+1,234%');
      expect(formatFor(sv).change(1234)).to.equal(`+1${NBSP}234${NBSP}%`);
    });

    it('signs every change that does not round to zero, in both languages (property)', () => {
      fc.assert(
        fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (percent) => {
          // Right at ±0.5 % floating point decides the rounding; stay clear of it.
          if (Math.abs(Math.abs(percent) - 0.5) < 1e-9) return;
          const rounded = Math.round(Math.abs(percent));
          for (const strings of [sv, en]) {
            const text = formatFor(strings).change(percent);
            if (rounded === 0) expect(text).to.match(/^0\s?%$/);
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

    it('keeps at most one decimal', () => {
      expect(formatFor(en).number(473)).to.equal('473');
      expect(formatFor(en).number(1.04)).to.equal('1');
      expect(formatFor(sv).number(2.36)).to.equal('2,4');
    });

    it('writes numbers that the parsers read back in the same language (property)', () => {
      fc.assert(
        fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (value) => {
          for (const strings of [sv, en]) {
            const text = formatFor(strings).number(value);
            const read = parseNumberText(text, strings.decimal, { row: 1, field: 'value' });
            expect(read.ok, text).to.equal(true);
            if (read.ok) expect(read.value, text).to.be.closeTo(value, 0.05 + Math.abs(value) * 1e-12);
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

  describe('formatFor', () => {
    it('gives one format per locale, whichever object names it', () => {
      expect(formatFor(sv)).to.equal(formatFor({ locale: 'sv-SE' }));
      expect(formatFor(en)).to.equal(formatFor({ locale: 'en-GB' }));
      expect(formatFor(sv)).to.not.equal(formatFor(en));
    });

    it('formats for any other locale it is given', () => {
      expect(formatFor({ locale: 'de-DE' }).number(12345.5)).to.equal('12.345,5');
      expect(formatFor({ locale: 'de-DE' }).year(2017)).to.equal('2017');
    });

    it('formats as Intl does, whatever came before, keeping the sign of −0', () => {
      const format = formatFor({ locale: 'fr-FR' });
      const fresh = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
      fc.assert(
        fc.property(fc.array(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), { maxLength: 20 }), (values) => {
          for (const value of [...values, ...values]) expect(format.number(value)).to.equal(fresh.format(value));
        }),
      );
      // −0 and 0 keep their own signs.
      expect(format.number(-0)).to.equal(fresh.format(-0));
      expect(format.number(0)).to.equal('0');
      expect(format.number(-0)).to.equal(fresh.format(-0));
      const changes = new Intl.NumberFormat('fr-FR', {
        style: 'percent',
        maximumFractionDigits: 0,
        signDisplay: 'exceptZero',
      });
      expect(format.change(0)).to.equal(changes.format(0));
      expect(format.change(-0)).to.equal(changes.format(-0));
      expect(format.list(['2011', '2017 och 2023'])).to.not.equal(format.list(['2011', '2017', '2023']));
      expect(format.list(['a, b'])).to.equal('a, b');
    });
  });
});
