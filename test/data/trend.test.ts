import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseTrend, parseTrendTable, percentChange, trendEnds } from '../../src/data/trend.js';
import type { TrendModel } from '../../src/data/model.js';
import type { Result } from '../../src/data/errors.js';
import {
  anyText,
  anyValue,
  decimals,
  errorOf,
  expectError,
  expectWellFormedError,
  prototypeKeys,
  valueOf,
} from './expect-result.js';

const NORRKOPING: TrendModel = {
  points: [
    { year: 2017, value: 814 },
    { year: 2023, value: 473 },
  ],
};

/** A trend model as documented: whole years 1000–9999 strictly increasing, counts or gaps, some count. */
function expectTrendModel(model: TrendModel): void {
  expect(Object.keys(model)).to.deep.equal(['points']);
  expect(model.points.length).to.be.greaterThan(0);
  model.points.forEach((point, index) => {
    expect(Object.keys(point)).to.deep.equal(['year', 'value']);
    expect(Number.isInteger(point.year) && point.year >= 1000 && point.year <= 9999).to.equal(true);
    if (index > 0) expect(point.year).to.be.greaterThan(model.points[index - 1]!.year);
    if (point.value !== null) expect(Number.isFinite(point.value) && point.value >= 0).to.equal(true);
  });
  expect(model.points.some((point) => point.value !== null)).to.equal(true);
}

function expectWellFormed(result: Result<TrendModel>): void {
  if (result.ok) expectTrendModel(result.value);
  else expectWellFormedError(result.error);
}

const uniquePoints = fc.uniqueArray(fc.record({ year: fc.integer({ min: 1000, max: 9999 }), value: fc.nat() }), {
  selector: (point) => point.year,
  minLength: 1,
  maxLength: 12,
});

const sorted = (points: readonly { year: number; value: number }[]): TrendModel => ({
  points: [...points].sort((a, b) => a.year - b.year).map(({ year, value }) => ({ year, value })),
});

describe('data/trend', () => {
  describe('parseTrend', () => {
    it('reads an array of rows', () => {
      const model = valueOf(
        parseTrend(
          [
            { year: 2017, value: 814 },
            { year: 2023, value: 473 },
          ],
          ',',
        ),
      );
      expect(model).to.deep.equal(NORRKOPING);
    });

    it('reads the same model from an array, a year map and a map of row objects, as text or value', () => {
      const forms: unknown[] = [
        [
          { year: 2017, value: 814 },
          { year: 2023, value: 473 },
        ],
        { 2017: 814, 2023: 473 },
        { 2017: { value: 814 }, 2023: { value: 473 } },
        [
          { year: '2017', value: '814' },
          { year: '2023', value: '473' },
        ],
      ];
      for (const form of forms) {
        for (const decimal of [',', '.'] as const) {
          expect(valueOf(parseTrend(form, decimal)), JSON.stringify(form)).to.deep.equal(NORRKOPING);
          expect(valueOf(parseTrend(JSON.stringify(form), decimal)), JSON.stringify(form)).to.deep.equal(NORRKOPING);
        }
      }
    });

    it('sorts unsorted years', () => {
      const model = valueOf(
        parseTrend('[{"year":2023,"value":473},{"year":2017,"value":814},{"year":2020,"value":600}]', ','),
      );
      expect(model.points.map((point) => point.year)).to.deep.equal([2017, 2020, 2023]);
      expect(model.points.map((point) => point.value)).to.deep.equal([814, 600, 473]);
    });

    it('reads value texts in the page’s language', () => {
      expect(valueOf(parseTrend('[{"year":2017,"value":"1 234,5"}]', ','))).to.deep.equal({
        points: [{ year: 2017, value: 1234.5 }],
      });
      expect(valueOf(parseTrend('{"2017":"1,234.5"}', '.'))).to.deep.equal({ points: [{ year: 2017, value: 1234.5 }] });
      expectError(parseTrend('{"2017":"1.234"}', ','), 'ambiguousNumber', { row: 1, field: 'value', value: '1.234' });
    });

    it('keeps gaps', () => {
      expect(valueOf(parseTrend('{"2017":814,"2020":null,"2023":473}', ','))).to.deep.equal({
        points: [
          { year: 2017, value: 814 },
          { year: 2020, value: null },
          { year: 2023, value: 473 },
        ],
      });
    });

    it('ignores unknown keys and keeps only year and value in the model', () => {
      const model = valueOf(
        parseTrend('[{"year":2017,"value":814,"note":"x","source":{"a":1}},{"year":2023,"value":473}]', ','),
      );
      expect(model).to.deep.equal(NORRKOPING);
      expectTrendModel(model);
    });

    it('refuses invalid JSON text (NC101)', () => {
      const error = expectError(parseTrend('[{"year":2017,"value":814}', ','), 'jsonSyntax');
      expect(error.detail).to.be.a('string').and.not.equal('');
    });

    it('refuses wrong shapes (NC102)', () => {
      for (const input of [5, true, null, undefined, '5', '"text"', 'null', 'true'])
        expectError(parseTrend(input, ','), 'shape');
      expectError(parseTrend('[[2017,814],[2023,473]]', ','), 'shape', { row: 1, value: '[2017,814]' });
      expectError(parseTrend([{ year: 2017, value: 814 }, 'x'], ','), 'shape', { row: 2, value: 'x' });
    });

    it('refuses a value that is not a number (NC103)', () => {
      expectError(parseTrend('[{"year":2017,"value":814},{"year":2023,"value":"many"}]', ','), 'notANumber', {
        row: 2,
        field: 'value',
        value: 'many',
      });
      expectError(parseTrend('{"2017":true}', ','), 'notANumber', { row: 1, value: 'true' });
      expectError(parseTrend('{"2017":[814]}', ','), 'notANumber', { row: 1, value: '[814]' });
    });

    it('refuses a bad year (NC104)', () => {
      expectError(parseTrend('[{"year":17,"value":1}]', ','), 'invalidYear', { row: 1, field: 'year', value: '17' });
      expectError(parseTrend('[{"year":2017.5,"value":1}]', ','), 'invalidYear', { value: '2017.5' });
      expectError(parseTrend('{"2017":1,"total":2}', ','), 'invalidYear', { row: 2, value: 'total' });
    });

    it('refuses a duplicate year (NC105), naming the later row', () => {
      expectError(
        parseTrend('[{"year":2017,"value":1},{"year":2023,"value":2},{"year":2017,"value":3}]', ','),
        'duplicateYear',
        {
          row: 3,
          field: 'year',
          year: 2017,
          value: '2017',
        },
      );
      expectError(parseTrend('[{"year":2023,"value":1},{"year":"2023","value":2}]', ','), 'duplicateYear', { row: 2 });
      // A year map's key given twice, found in its text (a parsed object keeps only the last).
      expectError(parseTrend('{"2017":814,"2023":473,"2017":900}', ','), 'duplicateYear', {
        row: 3,
        field: 'year',
        year: 2017,
        value: '2017',
      });
      // The same between the curly quotes a CMS's editor types, which are read as JSON's own.
      for (const typed of [
        '{\u201c2017\u201d:814,\u201c2023\u201d:473,\u201c2017\u201d:900}',
        '{\u201d2017\u201d:814,\u201d2017\u201d:900}',
      ])
        expectError(parseTrend(typed, ','), 'duplicateYear', { year: 2017, value: '2017' });
      const notAYear = errorOf(parseTrend('{"abc":1,"abc":2}', ','));
      expect(notAYear.kind).to.equal('duplicateYear');
      expect(notAYear, 'no year where the key is none').to.not.have.property('year');
    });

    it('refuses a missing field (NC106)', () => {
      expectError(parseTrend('[{"year":2017}]', ','), 'missingField', { row: 1, field: 'value' });
      expectError(parseTrend('[{"year":2017,"value":1},{"value":2}]', ','), 'missingField', { row: 2, field: 'year' });
      expectError(parseTrend('{"2017":{"count":1}}', ','), 'missingField', { row: 1, field: 'value' });
    });

    it('refuses no data (NC107)', () => {
      for (const input of ['[]', '{}', [], {}, '[{"year":2017,"value":null}]', '{"2017":null,"2023":"–"}']) {
        expectError(parseTrend(input, ','), 'empty');
      }
    });

    it('refuses a negative count (NC109)', () => {
      expectError(parseTrend('{"2017":-1}', ','), 'negative', { row: 1, field: 'value', value: '-1' });
      expectError(parseTrend('[{"year":2017,"value":"\u22125"}]', ','), 'negative', { row: 1, value: '\u22125' });
    });

    it('ignores __proto__, constructor and prototype keys without polluting, as text and as value, in both forms', () => {
      const before = prototypeKeys();
      const texts = [
        '{"__proto__":{"polluted":1}}',
        '{"__proto__":{"polluted":1},"2017":814,"2023":473}',
        '{"constructor":{"prototype":{"polluted":1}},"prototype":{"polluted":1},"2017":814,"2023":473}',
        '[{"__proto__":{"polluted":1},"year":2017,"value":814},{"year":2023,"value":473,"constructor":{"prototype":{"polluted":1}}}]',
        '{"2017":{"__proto__":{"polluted":1},"value":814},"2023":473}',
      ];
      for (const text of texts) {
        for (const input of [text, JSON.parse(text) as unknown]) {
          const result = parseTrend(input, ',');
          if (text === texts[0]) expectError(result, 'empty');
          else expect(valueOf(result), text).to.deep.equal(NORRKOPING);
          expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        }
      }
      expect(prototypeKeys()).to.deep.equal(before);
    });

    it('never throws for any value, JSON value, JSON text or text (property)', () => {
      fc.assert(
        fc.property(fc.oneof(anyValue, fc.jsonValue(), fc.json(), anyText), decimals, (input, decimal) => {
          expectWellFormed(parseTrend(input, decimal));
        }),
        { numRuns: 500 },
      );
    });

    it('reads rows that look almost right without throwing (property)', () => {
      const row = fc.record(
        {
          year: fc.oneof(fc.integer({ min: 990, max: 10_010 }), fc.string()),
          value: fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.constant(null), fc.string()),
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(fc.array(row, { maxLength: 6 }), decimals, (rows, decimal) => {
          expectWellFormed(parseTrend(rows, decimal));
          expectWellFormed(parseTrend(JSON.stringify(rows), decimal));
        }),
        { numRuns: 500 },
      );
    });

    it('reads the same sorted model from an array, a year map and their JSON texts (property)', () => {
      fc.assert(
        fc.property(uniquePoints, decimals, (points, decimal) => {
          const expected = sorted(points);
          const yearMap = Object.fromEntries(points.map(({ year, value }) => [String(year), value]));
          const objectMap = Object.fromEntries(points.map(({ year, value }) => [String(year), { value }]));
          for (const form of [points, yearMap, objectMap, { points }]) {
            expect(valueOf(parseTrend(form, decimal))).to.deep.equal(expected);
            expect(valueOf(parseTrend(JSON.stringify(form), decimal))).to.deep.equal(expected);
          }
          // A model read back, e.g. from another chart, is its own model.
          expect(valueOf(parseTrend(expected, decimal))).to.deep.equal(expected);
        }),
      );
    });

    it('reads the model, `{ points }`, checking its points as rows', () => {
      expect(valueOf(parseTrend(NORRKOPING, ','))).to.deep.equal(NORRKOPING);
      expect(
        valueOf(
          parseTrend(
            {
              points: [
                { year: 2023, value: null },
                { year: 2017, value: 814 },
              ],
            },
            ',',
          ),
        ),
      ).to.deep.equal({
        points: [
          { year: 2017, value: 814 },
          { year: 2023, value: null },
        ],
      });
      expectError(parseTrend({ points: [{ year: 2017, value: 'many' }] }, ','), 'notANumber', {
        row: 1,
        field: 'value',
        value: 'many',
      });
      expectError(parseTrend({ points: [] }, ','), 'empty');
      expectError(parseTrend('{"points":[{"year":17,"value":1}]}', ','), 'invalidYear', { row: 1, value: '17' });
      // Not an array under `points`: read as a year map, whose first year is "points".
      expectError(parseTrend({ points: { 2017: 814 } }, ','), 'invalidYear', { row: 1, value: 'points' });
    });
  });

  describe('parseTrendTable', () => {
    it('reads cells with a header row', () => {
      expect(
        valueOf(
          parseTrendTable(
            [
              ['År', 'Antal personer'],
              ['2017', '814'],
              ['2023', '473'],
            ],
            ',',
          ),
        ),
      ).to.deep.equal(NORRKOPING);
    });

    it('reads cells without a header row', () => {
      expect(
        valueOf(
          parseTrendTable(
            [
              ['2017', '814'],
              ['2023', '473'],
            ],
            '.',
          ),
        ),
      ).to.deep.equal(NORRKOPING);
    });

    it('skips blank rows and sorts years', () => {
      const cells = [['', ''], ['Year', 'People'], ['2023', '473'], [' ', '\u00a0'], ['2017', '814'], []];
      expect(valueOf(parseTrendTable(cells, '.'))).to.deep.equal(NORRKOPING);
    });

    it('reads numbers as the language writes them', () => {
      expect(valueOf(parseTrendTable([['2017', '1\u00a0234,5']], ','))).to.deep.equal({
        points: [{ year: 2017, value: 1234.5 }],
      });
      expect(valueOf(parseTrendTable([['2017', '1,234.5']], '.'))).to.deep.equal({
        points: [{ year: 2017, value: 1234.5 }],
      });
      expectError(parseTrendTable([['2017', '1,5']], '.'), 'ambiguousNumber', { row: 1, field: 'value', value: '1,5' });
      expectError(parseTrendTable([['2017', '1,234']], ','), 'ambiguousNumber', { row: 1, field: 'value' });
    });

    it('keeps dashes and blank cells as gaps', () => {
      expect(
        valueOf(
          parseTrendTable(
            [
              ['2017', '814'],
              ['2020', '–'],
              ['2021', ''],
              ['2023', '473'],
            ],
            ',',
          ),
        ),
      ).to.deep.equal({
        points: [
          { year: 2017, value: 814 },
          { year: 2020, value: null },
          { year: 2021, value: null },
          { year: 2023, value: 473 },
        ],
      });
    });

    it('refuses bad tables with the body row, and the year of a row whose value is wrong', () => {
      expectError(
        parseTrendTable(
          [
            ['År', 'Antal'],
            ['2017', '814'],
            ['2017', '473'],
          ],
          ',',
        ),
        'duplicateYear',
        { row: 2, value: '2017' },
      );
      expectError(parseTrendTable([['År', 'Antal'], ['2017']], ','), 'missingField', {
        row: 1,
        field: 'value',
        year: 2017,
      });
      expectError(
        parseTrendTable(
          [
            ['År', 'Antal'],
            ['2017', 'x'],
          ],
          ',',
        ),
        'notANumber',
        { row: 1, year: 2017, value: 'x' },
      );
      expectError(
        parseTrendTable(
          [
            ['År', 'Antal'],
            ['2017', '-3'],
          ],
          ',',
        ),
        'negative',
        { row: 1, value: '-3' },
      );
      expectError(
        parseTrendTable(
          [
            ['År', 'Antal'],
            ['2017', '1'],
            ['2 023', '2'],
          ],
          ',',
        ),
        'invalidYear',
        { row: 2, value: '2 023' },
      );
      expectError(parseTrendTable([], ','), 'empty');
      expectError(parseTrendTable([['År', 'Antal']], ','), 'empty');
      expectError(parseTrendTable([['2017', '..']], ','), 'empty');
    });

    it('never throws for any 2-D array of texts (property)', () => {
      const cell = fc.oneof(
        anyText,
        fc.integer({ min: 990, max: 10_010 }).map(String),
        fc.constantFrom('', '–', '1 234', '1,5', '1.234', '-1'),
      );
      fc.assert(
        fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 8 }), decimals, (cells, decimal) => {
          expectWellFormed(parseTrendTable(cells, decimal));
        }),
        { numRuns: 500 },
      );
    });

    it('reads what Intl writes in sv-SE and en-GB, with or without header and blank rows, as the JSON forms do (property)', () => {
      const sv = new Intl.NumberFormat('sv-SE');
      const en = new Intl.NumberFormat('en-GB');
      fc.assert(
        fc.property(uniquePoints, fc.boolean(), fc.boolean(), (points, header, blanks) => {
          const expected = sorted(points);
          const table = (format: Intl.NumberFormat, head: string[]): string[][] => {
            const body = points.flatMap(({ year, value }) => {
              const row = [String(year), format.format(value)];
              return blanks ? [row, ['', '']] : [row];
            });
            return header ? [head, ...body] : body;
          };
          expect(valueOf(parseTrendTable(table(sv, ['År', 'Antal']), ','))).to.deep.equal(expected);
          expect(valueOf(parseTrendTable(table(en, ['Year', 'People']), '.'))).to.deep.equal(expected);
          expect(valueOf(parseTrend(points, ','))).to.deep.equal(expected);
          // Values formatted as texts inside JSON read the same way.
          const svJson = JSON.stringify(points.map(({ year, value }) => ({ year, value: sv.format(value) })));
          const enJson = JSON.stringify(Object.fromEntries(points.map(({ year, value }) => [year, en.format(value)])));
          expect(valueOf(parseTrend(svJson, ','))).to.deep.equal(expected);
          expect(valueOf(parseTrend(enJson, '.'))).to.deep.equal(expected);
        }),
      );
    });
  });

  describe('trendEnds', () => {
    it('gives the first and last measured points', () => {
      expect(trendEnds(NORRKOPING)).to.deep.equal({
        first: { year: 2017, value: 814 },
        last: { year: 2023, value: 473 },
      });
    });

    it('skips gaps at either end', () => {
      const model: TrendModel = {
        points: [
          { year: 2016, value: null },
          { year: 2017, value: 814 },
          { year: 2020, value: null },
          { year: 2023, value: 473 },
          { year: 2024, value: null },
        ],
      };
      expect(trendEnds(model)).to.deep.equal({ first: { year: 2017, value: 814 }, last: { year: 2023, value: 473 } });
    });

    it('gives two ends even when their values are equal', () => {
      const ends = trendEnds({
        points: [
          { year: 2017, value: 5 },
          { year: 2023, value: 5 },
        ],
      });
      expect(ends?.first.year).to.equal(2017);
      expect(ends?.last.year).to.equal(2023);
    });

    it('gives null with fewer than two measured points', () => {
      expect(trendEnds({ points: [] })).to.equal(null);
      expect(trendEnds({ points: [{ year: 2017, value: 814 }] })).to.equal(null);
      expect(
        trendEnds({
          points: [
            { year: 2017, value: 814 },
            { year: 2023, value: null },
          ],
        }),
      ).to.equal(null);
    });
  });

  describe('percentChange', () => {
    it('gives the change in per cent', () => {
      expect(percentChange(814, 473)).to.be.closeTo(-41.89, 0.01);
      expect(percentChange(50, 100)).to.equal(100);
      expect(percentChange(100, 100)).to.equal(0);
      expect(percentChange(100, 0)).to.equal(-100);
    });

    it('measures the change from a negative start by its size', () => {
      expect(percentChange(-10, -5)).to.equal(50);
      expect(percentChange(-10, -20)).to.equal(-100);
    });

    it('gives null for a change from zero', () => {
      expect(percentChange(0, 5)).to.equal(null);
      expect(percentChange(0, 0)).to.equal(null);
    });
  });
});
