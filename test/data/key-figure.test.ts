import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseKeyFigure, type KeyFigureInput } from '../../src/data/key-figure.js';
import { anyText, decimals, expectError, expectWellFormedError, valueOf } from './expect-result.js';

const input = (given: Partial<KeyFigureInput>): KeyFigureInput => ({
  value: null,
  unit: null,
  change: null,
  period: null,
  ...given,
});

describe('data/key-figure', () => {
  it('reads the value and change in Swedish', () => {
    const model = valueOf(
      parseKeyFigure(input({ value: '1 234,5', change: '\u221237 %', unit: 'personer', period: '2022–2023' }), ','),
    );
    expect(model).to.deep.equal({ value: 1234.5, change: -37, unit: 'personer', period: '2022–2023' });
  });

  it('reads the value and change in English', () => {
    const model = valueOf(
      parseKeyFigure(input({ value: '1,234.5', change: '-37%', unit: 'people', period: '2022–2023' }), '.'),
    );
    expect(model).to.deep.equal({ value: 1234.5, change: -37, unit: 'people', period: '2022–2023' });
  });

  it('reads no-break spaces and signed changes', () => {
    expect(valueOf(parseKeyFigure(input({ value: '12\u00a0345', change: '+12\u00a0%' }), ',')).value).to.equal(12345);
    expect(valueOf(parseKeyFigure(input({ value: '12\u202f345', change: '+12 %' }), ',')).change).to.equal(12);
    expect(valueOf(parseKeyFigure(input({ change: '0' }), '.')).change).to.equal(0);
  });

  it('refuses a value or change written "1,234" in Swedish as ambiguous (NC110), naming the attribute', () => {
    expectError(parseKeyFigure(input({ value: '1,234' }), ','), 'ambiguousNumber', { field: 'value', value: '1,234' });
    expectError(parseKeyFigure(input({ change: '12,500 %' }), ','), 'ambiguousNumber', { field: 'change' });
    expect(valueOf(parseKeyFigure(input({ value: '0,125', change: '1,25' }), ',')).value).to.equal(0.125);
    expect(valueOf(parseKeyFigure(input({ value: '1,234' }), '.')).value).to.equal(1234);
  });

  it('accepts a value alone or a change alone', () => {
    expect(valueOf(parseKeyFigure(input({ value: '473' }), ','))).to.deep.equal({
      value: 473,
      change: null,
      unit: '',
      period: '',
    });
    expect(valueOf(parseKeyFigure(input({ change: '-37' }), ','))).to.deep.equal({
      value: null,
      change: -37,
      unit: '',
      period: '',
    });
  });

  it('accepts a negative value: a key figure is not necessarily a count', () => {
    expect(valueOf(parseKeyFigure(input({ value: '\u22125,5' }), ',')).value).to.equal(-5.5);
  });

  it('refuses both missing or both gaps (NC107)', () => {
    for (const given of [
      {},
      { value: '', change: '' },
      { value: '–', change: '-' },
      { value: '  ', unit: 'st', period: '2023' },
    ]) {
      const error = expectError(parseKeyFigure(input(given), ','), 'empty');
      expect(error).to.not.have.property('row');
    }
  });

  it('trims the unit and the period, and gives empty texts when they are absent', () => {
    const model = valueOf(
      parseKeyFigure(input({ value: '5', unit: '  personer \n', period: '\u00a02022–2023 ' }), ','),
    );
    expect(model.unit).to.equal('personer');
    expect(model.period).to.equal('2022–2023');
    const bare = valueOf(parseKeyFigure(input({ value: '5' }), ','));
    expect(bare.unit).to.equal('');
    expect(bare.period).to.equal('');
  });

  it('keeps the per cent sign of a value as its unit, before the unit given', () => {
    expect(valueOf(parseKeyFigure(input({ value: '37 %' }), ',')).unit).to.equal('%');
    expect(valueOf(parseKeyFigure(input({ value: '37%\n' }), '.')).unit).to.equal('%');
    expect(valueOf(parseKeyFigure(input({ value: '12,5 %', unit: ' av hushållen ' }), ','))).to.deep.include({
      value: 12.5,
      unit: '% av hushållen',
    });
    expect(
      valueOf(parseKeyFigure(input({ value: '37', change: '-5 %' }), ',')).unit,
      'the change’s sign is not the value’s',
    ).to.equal('');
  });

  it('refuses a value that is not a number (NC103), naming the attribute "value" and no row', () => {
    expectError(parseKeyFigure(input({ value: 'many', change: '-37' }), ','), 'notANumber', {
      row: undefined,
      field: 'value',
      value: 'many',
    });
  });

  it('refuses a change that is not a number (NC103), naming the attribute "change" and no row', () => {
    expectError(parseKeyFigure(input({ value: '5', change: 'down' }), ','), 'notANumber', {
      row: undefined,
      field: 'change',
      value: 'down',
    });
  });

  it('refuses ambiguous numbers in either language (NC110)', () => {
    expectError(parseKeyFigure(input({ value: '1.234' }), ','), 'ambiguousNumber', {
      row: undefined,
      field: 'value',
      value: '1.234',
    });
    expectError(parseKeyFigure(input({ change: '1,5' }), '.'), 'ambiguousNumber', {
      row: undefined,
      field: 'change',
      value: '1,5',
    });
  });

  it('reports the value’s error before the change’s', () => {
    expectError(parseKeyFigure(input({ value: 'x', change: 'y' }), ','), 'notANumber', { field: 'value', value: 'x' });
  });

  it('never throws; at least one of value and change is a finite number, or the error is well formed (property)', () => {
    // Mostly numbers as the page's language writes them, now and then in per cent; else any text.
    const numberText = fc
      .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constantFrom('', '%', ' %', ' % '))
      .map(([number, percent]) => `${number}${percent}`);
    const text = fc.option(fc.oneof(anyText, numberText, numberText), { nil: null });
    let percentUnits = 0;
    fc.assert(
      fc.property(fc.record({ value: text, unit: text, change: text, period: text }), decimals, (given, decimal) => {
        const result = parseKeyFigure(given, decimal);
        if (!result.ok) {
          expectWellFormedError(result.error);
          return;
        }
        const { value, change, unit, period } = result.value;
        expect(value !== null || change !== null).to.equal(true);
        for (const number of [value, change]) if (number !== null) expect(Number.isFinite(number)).to.equal(true);
        const percent = given.value?.trim().endsWith('%') ? '%' : '';
        if (percent) percentUnits++;
        // The per cent sign read off the value comes before the page's unit, once: not "% %" for a unit of "%".
        const own = given.unit?.trim() ?? '';
        expect(unit).to.equal([own.startsWith('%') ? '' : percent, own].filter(Boolean).join(' '));
        expect(period).to.equal(given.period?.trim() ?? '');
      }),
      { numRuns: 500 },
    );
    expect(percentUnits, 'runs that read a value in per cent').to.be.at.least(50);
  });

  it('reads what Intl writes for the value and change (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -1000, max: 1000 }), (value, change) => {
        for (const [locale, decimal] of [
          ['sv-SE', ','],
          ['en-GB', '.'],
        ] as const) {
          const percent = new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero' });
          const given = input({
            value: new Intl.NumberFormat(locale).format(value),
            change: percent.format(change / 100),
          });
          expect(valueOf(parseKeyFigure(given, decimal))).to.deep.include({ value, change });
        }
      }),
    );
  });
});
