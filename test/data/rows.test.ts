import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  isHeaderRow,
  isNote,
  misplacedYears,
  parseJsonYearRows,
  parseTableRows,
  parseYearRows,
  type YearRow,
} from '../../src/data/rows.js';
import { toCount } from '../../src/data/number.js';
import {
  anyValue,
  decimals,
  errorOf,
  expectError,
  expectWellFormedError,
  prototypeKeys,
  valueOf,
} from './expect-result.js';

const ONE = ['value'] as const;
const THREE = ['a', 'b', 'c'] as const;

/** A figure's cell as tables are written, mostly a count; now and then a gap, a decimal, or anything. */
const figureCell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom('', '–', '1 234', '12,5', '1.5', '7 %') },
  { weight: 1, arbitrary: fc.string() },
);

/**
 * Rows as a page gives them, mostly right, as an array of row objects or a year map, with how many rows
 * were given: so that a property reaches the rows it checks, not only the errors of arbitrary values.
 */
function nearlyRows(fields: readonly string[]): fc.Arbitrary<{ input: unknown; count: number }> {
  const year = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1000, max: 9999 }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(' 2017 ', '2023', 999, 10_000, 2017.5, 'år') },
  );
  const figure = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 1_000_000 }) },
    { weight: 2, arbitrary: fc.constantFrom<unknown>(null, '–', '1 234', '12,5', '7', '') },
    { weight: 1, arbitrary: anyValue },
  );
  const row = fc.record({ year, ...Object.fromEntries(fields.map((field) => [field, figure])) });
  const rows = fc.array(row, { maxLength: 8 });
  return fc.oneof(
    rows.map((list) => ({ input: list, count: list.length })),
    rows.map((list) => {
      const map = Object.fromEntries(
        list.map(({ year: key, ...figures }: Record<string, unknown>) => [
          String(key as number | string),
          fields.length === 1 ? figures[fields[0]!] : figures,
        ]),
      );
      return { input: map, count: Object.keys(map).length };
    }),
  );
}

const isSorted = (rows: readonly { year: number }[]): boolean =>
  rows.every((row, index) => index === 0 || rows[index - 1]!.year < row.year);

describe('data/rows', () => {
  describe('parseYearRows', () => {
    it('reads an array of row objects, in field order, sorted by year', () => {
      const rows = valueOf(
        parseYearRows(
          [
            { year: 2023, a: 1, b: 2, c: 3 },
            { year: 2017, c: 6, b: 5, a: 4 },
          ],
          THREE,
          ',',
        ),
      );
      expect(rows).to.deep.equal([
        { year: 2017, a: 4, b: 5, c: 6 },
        { year: 2023, a: 1, b: 2, c: 3 },
      ]);
    });

    it('reads a year map of row objects when there are several fields', () => {
      const rows = valueOf(
        parseYearRows({ 2023: { a: 1, b: 2, c: '3' }, 2017: { a: null, b: 0, c: '1 000' } }, THREE, ','),
      );
      expect(rows).to.deep.equal([
        { year: 2017, a: null, b: 0, c: 1000 },
        { year: 2023, a: 1, b: 2, c: 3 },
      ]);
    });

    it('reads a year map of plain values, or of row objects, when there is one field', () => {
      const plain = valueOf(parseYearRows({ 2017: 814, 2023: '473' }, ONE, ','));
      const objects = valueOf(parseYearRows({ 2017: { value: 814 }, 2023: { value: '473' } }, ONE, ','));
      expect(plain).to.deep.equal([
        { year: 2017, value: 814 },
        { year: 2023, value: 473 },
      ]);
      expect(objects).to.deep.equal(plain);
    });

    it('takes years written as texts with white space', () => {
      expect(valueOf(parseYearRows([{ year: ' 2017 ', value: 1 }], ONE, ','))).to.deep.equal([
        { year: 2017, value: 1 },
      ]);
      expect(valueOf(parseYearRows({ ' 2017 ': 1 }, ONE, ','))).to.deep.equal([{ year: 2017, value: 1 }]);
    });

    it('keeps gaps as null as long as some value is given', () => {
      expect(valueOf(parseYearRows({ 2017: null, 2020: '–', 2023: 1 }, ONE, ','))).to.deep.equal([
        { year: 2017, value: null },
        { year: 2020, value: null },
        { year: 2023, value: 1 },
      ]);
    });

    it('reads value texts in the given language', () => {
      expect(valueOf(parseYearRows([{ year: 2017, value: '1 234,5' }], ONE, ','))[0]!.value).to.equal(1234.5);
      expect(valueOf(parseYearRows([{ year: 2017, value: '1,234.5' }], ONE, '.'))[0]!.value).to.equal(1234.5);
      expectError(parseYearRows([{ year: 2017, value: '1,5' }], ONE, '.'), 'ambiguousNumber', {
        row: 1,
        field: 'value',
        value: '1,5',
      });
      expectError(parseYearRows([{ year: 2017, value: '1.234' }], ONE, ','), 'ambiguousNumber', {
        row: 1,
        field: 'value',
      });
    });

    it('ignores unknown keys in rows and in year-map entries', () => {
      const rows = valueOf(parseYearRows([{ year: 2017, a: 1, b: 2, c: 3, d: 'x', note: [] }], THREE, ','));
      expect(rows).to.deep.equal([{ year: 2017, a: 1, b: 2, c: 3 }]);
      const mapped = valueOf(parseYearRows({ 2017: { a: 1, b: 2, c: 3, year: 1999, extra: true } }, THREE, ','));
      expect(mapped).to.deep.equal([{ year: 2017, a: 1, b: 2, c: 3 }]);
    });

    it('refuses a year-map key that is not a year (NC104), naming the entry', () => {
      expectError(parseYearRows({ 2017: 1, note: 2 }, ONE, ','), 'invalidYear', {
        row: 2,
        field: 'year',
        value: 'note',
      });
      expectError(parseYearRows({ 17: 1 }, ONE, ','), 'invalidYear', { row: 1, value: '17' });
    });

    it('refuses a duplicate year (NC105), naming the later row', () => {
      const rows = [
        { year: 2017, value: 1 },
        { year: 2023, value: 2 },
        { year: 2020, value: 3 },
        { year: '2017', value: 4 },
      ];
      expectError(parseYearRows(rows, ONE, ','), 'duplicateYear', { row: 4, field: 'year', year: 2017, value: '2017' });
      expectError(parseYearRows({ 2017: 1, '2017 ': 2 }, ONE, ','), 'duplicateYear', { row: 2, value: '2017' });
    });

    it('refuses a row without a year or a field (NC106), naming both', () => {
      expectError(parseYearRows([{ year: 2017, value: 1 }, { value: 2 }], ONE, ','), 'missingField', {
        row: 2,
        field: 'year',
        detail: undefined,
      });
      // The keys read from no field, for the message: the year and figures under other names.
      expectError(parseYearRows([{ år: 2017, värde: 814 }], ONE, ','), 'missingField', {
        row: 1,
        field: 'year',
        detail: 'år, värde',
      });
      expectError(parseYearRows([{ year: 2017, a: 1, c: 3 }], THREE, ','), 'missingField', { row: 1, field: 'b' });
      expectError(parseYearRows({ 2017: { a: 1, b: 2 } }, THREE, ','), 'missingField', { row: 1, field: 'c' });
      expectError(parseYearRows({ 2017: {} }, ONE, ','), 'missingField', { row: 1, field: 'value' });
    });

    it('refuses a plain value in a year map when there are several fields (NC106)', () => {
      expectError(parseYearRows({ 2017: 5 }, THREE, ','), 'missingField', { row: 1, field: 'a' });
    });

    it('refuses no rows or only gaps (NC107)', () => {
      for (const input of [[], {}, [{ year: 2017, value: null }], { 2017: null, 2023: '' }, { 2017: '–' }]) {
        const error = expectError(parseYearRows(input, ONE, ','), 'empty');
        expect(error).to.not.have.property('row');
      }
    });

    it('through parseJsonYearRows, refuses data that throws when read (NC102), naming the fields for the message', () => {
      const { proxy, revoke } = Proxy.revocable([], {});
      revoke();
      const throwing = [
        proxy,
        new Proxy([], {
          get() {
            throw new Error('a trap');
          },
        }),
        [
          {
            get year(): number {
              throw new Error('a getter');
            },
          },
        ],
      ];
      for (const input of throwing) {
        expectError(parseJsonYearRows(input, ONE, ',', 'points'), 'shape', { detail: 'value' });
        expectError(parseJsonYearRows(input, ['families', 'children'], ',', 'rows'), 'shape', {
          detail: 'families,children',
        });
      }
    });

    it('refuses other shapes (NC102)', () => {
      for (const input of [5, 'text', true, null, undefined]) expectError(parseYearRows(input, ONE, ','), 'shape');
      expectError(parseYearRows([[2017, 814]], ONE, ','), 'shape', { row: 1, value: '[2017,814]' });
      expectError(parseYearRows([{ year: 2017, value: 1 }, null], ONE, ','), 'shape', { row: 2, value: 'null' });
      expectError(parseYearRows([{ year: 2017, value: 1 }, 5], ONE, ','), 'shape', { row: 2, value: '5' });
    });

    it('reports the first bad row even when a later row is also bad', () => {
      const rows = [
        { year: 2017, value: 1 },
        { year: 2018, value: 'x' },
        { year: 'y', value: 1 },
      ];
      expectError(parseYearRows(rows, ONE, ','), 'notANumber', { row: 2, value: 'x' });
    });

    it('ignores the keys __proto__, constructor and prototype and never pollutes Object.prototype', () => {
      const before = prototypeKeys();
      const map = JSON.parse(
        '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"prototype":1,"2017":5}',
      ) as unknown;
      expect(valueOf(parseYearRows(map, ONE, ','))).to.deep.equal([{ year: 2017, value: 5 }]);
      const entry = JSON.parse('{"2017":{"__proto__":{"a":1,"b":1,"c":1,"polluted":1},"a":1,"b":2,"c":3}}') as unknown;
      expect(valueOf(parseYearRows(entry, THREE, ','))).to.deep.equal([{ year: 2017, a: 1, b: 2, c: 3 }]);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(prototypeKeys()).to.deep.equal(before);
    });

    it('never reads a field or the year from an inherited property', () => {
      const inherited = Object.create({ value: 5 }) as Record<string, unknown>;
      inherited.year = 2017;
      expectError(parseYearRows([inherited], ONE, ','), 'missingField', { row: 1, field: 'value' });
      const proto = JSON.parse('{"2017":{"__proto__":{"value":5}}}') as unknown;
      expectError(parseYearRows(proto, ONE, ','), 'missingField', { row: 1, field: 'value' });
      const inheritedYear = Object.create({ year: 2017 }) as Record<string, unknown>;
      inheritedYear.value = 5;
      expectError(parseYearRows([inheritedYear], ONE, ','), 'missingField', { row: 1, field: 'year' });
    });

    it('refuses a sparse array’s holes as wrong rows instead of throwing', () => {
      const sparse: unknown[] = [];
      sparse[1] = { year: 2017, value: 1 };
      expectError(parseYearRows(sparse, ONE, ','), 'shape', { row: 1 });
      expectError(parseYearRows(new Array(3), ONE, ','), 'shape', { row: 1 });
    });

    it('never throws for any value; the error is well formed (property)', () => {
      fc.assert(
        fc.property(anyValue, decimals, fc.constantFrom<readonly string[]>(ONE, THREE), (input, decimal, fields) => {
          const result = parseYearRows(input, fields, decimal);
          if (!result.ok) expectWellFormedError(result.error);
        }),
        { numRuns: 300 },
      );
    });

    it('gives rows sorted, one a year and each with every field, or a well-formed error (property)', () => {
      let read = 0;
      fc.assert(
        fc.property(
          fc
            .constantFrom<readonly string[]>(ONE, THREE)
            .chain((fields) => fc.tuple(fc.constant(fields), nearlyRows(fields))),
          decimals,
          ([fields, { input, count }], decimal) => {
            const result = parseYearRows(input, fields, decimal);
            if (!result.ok) {
              expectWellFormedError(result.error);
              return;
            }
            if (result.value.length > 1) read++;
            expect(isSorted(result.value), 'sorted, no year twice').to.equal(true);
            expect(result.value, 'a row for every row given').to.have.length(count);
            for (const row of result.value) expect(Object.keys(row).sort()).to.deep.equal(['year', ...fields].sort());
          },
        ),
        { numRuns: 300 },
      );
      expect(read, 'runs that read two rows or more').to.be.at.least(30);
    });

    it('reads each value as toCount reads it alone, and the same rows in any order (property)', () => {
      const value = fc.oneof(fc.double(), fc.nat(), fc.integer(), fc.constant(null), fc.constant(-0));
      const rows = fc.uniqueArray(fc.record({ year: fc.integer({ min: 1000, max: 9999 }), value }), {
        selector: (row) => row.year,
        minLength: 1,
        maxLength: 30,
      });
      fc.assert(
        fc.property(rows, decimals, (input, decimal) => {
          const alone = input.map((row, index) =>
            toCount(row.value, decimal, { row: index + 1, field: 'value', year: row.year }),
          );
          const result = parseYearRows(input, ONE, decimal);
          const firstBad = alone.findIndex((read) => !read.ok);
          if (firstBad >= 0) {
            const bad = alone[firstBad]!;
            expect(result).to.deep.equal(bad, 'the first bad row, in the order given');
            return;
          }
          if (input.every((row) => row.value === null)) {
            expect(result.ok).to.equal(false);
            return;
          }
          const sorted = [...input].sort((a, b) => a.year - b.year);
          expect(result.ok).to.equal(true);
          expect(parseYearRows(sorted, ONE, decimal)).to.deep.equal(result);
          const read = valueOf(result);
          expect(read.map((row) => row.year)).to.deep.equal(sorted.map((row) => row.year));
          // Exactly as given, but −0, which is read as 0 (shown "−0", it would read as below zero).
          for (const [index, row] of read.entries()) {
            const given = sorted[index]!.value;
            expect(Object.is(row.value, given === null ? null : given + 0), String(row.value)).to.equal(true);
          }
        }),
        { numRuns: 500 },
      );
    });
  });

  describe('parseTableRows', () => {
    it('reads years from the first column and fields from the next, with a header row', () => {
      const cells = [
        ['År', 'A', 'B', 'C'],
        ['2023', '1', '2', '3'],
        ['2017', '4', '5', '1 000'],
      ];
      expect(valueOf(parseTableRows(cells, THREE, ','))).to.deep.equal([
        { year: 2017, a: 4, b: 5, c: 1000 },
        { year: 2023, a: 1, b: 2, c: 3 },
      ]);
    });

    it('reads the same rows without a header row', () => {
      const withHeader = parseTableRows(
        [
          ['Year', 'Value'],
          ['2017', '814'],
        ],
        ONE,
        '.',
      );
      const without = parseTableRows([['2017', '814']], ONE, '.');
      expect(valueOf(without)).to.deep.equal([{ year: 2017, value: 814 }]);
      expect(valueOf(withHeader)).to.deep.equal(valueOf(without));
    });

    it('skips every header row above the figures: a title above the column names, as Excel sheets have', () => {
      for (const above of [
        [
          ['Personer i hemlöshet', ''],
          ['År', 'Antal'],
        ],
        [['Personer i hemlöshet'], ['År', 'Antal']],
        [
          ['', 'Antal'],
          ['År', 'Personer'],
        ],
      ])
        expect(
          valueOf(parseTableRows([...above, ['2017', '814'], ['2023', '473']], ONE, ',')),
          JSON.stringify(above),
        ).to.deep.equal([
          { year: 2017, value: 814 },
          { year: 2023, value: 473 },
        ]);
      // Only above the figures: a row of text among them is reported.
      expectError(
        parseTableRows(
          [
            ['År', 'Antal'],
            ['2017', '814'],
            ['Totalt', ''],
            ['2023', '473'],
          ],
          ONE,
          ',',
        ),
        'invalidYear',
        {
          row: 2,
          value: 'Totalt',
        },
      );
    });

    it('takes an empty first header cell as a header', () => {
      expect(
        valueOf(
          parseTableRows(
            [
              ['', 'Antal'],
              ['2017', '814'],
            ],
            ONE,
            ',',
          ),
        ),
      ).to.deep.equal([{ year: 2017, value: 814 }]);
    });

    it('skips blank rows anywhere, also before the header', () => {
      const cells = [[], ['', ' '], ['År', 'Antal'], ['2017', '814'], ['\u00a0', ''], ['2023', '473'], []];
      expect(valueOf(parseTableRows(cells, ONE, ','))).to.deep.equal([
        { year: 2017, value: 814 },
        { year: 2023, value: 473 },
      ]);
    });

    it('skips lines of text above and below the figures, the other cells empty: a title, the source, a note', () => {
      const cells = [
        ['Personer i hemlöshet', ''],
        ['Tabell 3'],
        ['År', 'Personer'],
        ['2017', '814'],
        ['2023', '473'],
        ['Källa: Socialstyrelsen 2023', ' '],
        ['Uppgifterna för 2023 är preliminära.', '\u200b'],
      ];
      expect(valueOf(parseTableRows(cells, ONE, ','))).to.deep.equal([
        { year: 2017, value: 814 },
        { year: 2023, value: 473 },
      ]);
      // Rows are numbered from the first row of figures, as before.
      expectError(parseTableRows([...cells.slice(0, 3), ['2017', 'x']], ONE, ','), 'notANumber', { row: 1 });
      expectError(parseTableRows([['Källa: SCB', '', '']], ['a', 'b'] as const, ','), 'empty');
    });

    it('reports a line of text between rows of figures, a total, and a first cell that begins with a digit', () => {
      const figures = [
        ['2017', '814'],
        ['2023', '473'],
      ];
      for (const [row, at] of [
        [['Kvinnor', ''], 2],
        [['Totalt', '1 287'], 3],
        [['Summa', '1287'], 3],
        [['2O24', ''], 3],
        [['2024 (prel.)', ''], 3],
      ] as const) {
        const cells = at === 2 ? [figures[0]!, row, figures[1]!] : [...figures, row];
        expectError(parseTableRows(cells, ONE, ','), 'invalidYear', { row: at, value: row[0] });
      }
    });

    it('skips rows of invisible characters only, as blank', () => {
      const cells = [['\u200b', '\ufeff'], ['2017', '814'], ['\u200e ', '\u00ad\u2060'], ['2023', '473'], ['\u200b']];
      expect(valueOf(parseTableRows(cells, ONE, ','))).to.deep.equal([
        { year: 2017, value: 814 },
        { year: 2023, value: 473 },
      ]);
    });

    it('ignores extra columns', () => {
      expect(valueOf(parseTableRows([['2017', '814', 'note']], ONE, ','))).to.deep.equal([{ year: 2017, value: 814 }]);
    });

    it('reads dashes and blank cells as gaps', () => {
      expect(
        valueOf(
          parseTableRows(
            [
              ['2017', '–', '1', ''],
              ['2018', '..', '2', '3'],
            ],
            THREE,
            ',',
          ),
        ),
      ).to.deep.equal([
        { year: 2017, a: null, b: 1, c: null },
        { year: 2018, a: null, b: 2, c: 3 },
      ]);
    });

    it('reports a mistyped year in the first row rather than taking the row as a header', () => {
      const cells = [
        ['2O17', '814'],
        ['2023', '473'],
      ];
      expectError(parseTableRows(cells, ONE, ','), 'invalidYear', { row: 1, value: '2O17' });
    });

    it('reports a first row whose first cell has a year in it, mistyped, rather than taking it for a header', () => {
      for (const year of ['2011*', '2016/17', 'år 2023', '2023 (prel.)']) {
        const cells = [
          [year, 'ca 900'],
          ['2023', '473'],
        ];
        expectError(parseTableRows(cells, ONE, ','), 'invalidYear', { row: 1, value: year });
        expect(isHeaderRow([year, 'Personer'], '.'), year).to.equal(false);
      }
      expect(isHeaderRow(['År', 'Personer 2023'], ','), 'a year in a later cell').to.equal(true);
    });

    it('refuses a number in a column after the fields (NC119), naming the row, its year and the column', () => {
      const cells = [
        ['År', 'Kvinnor', 'Män'],
        ['2017', '300', '514'],
      ];
      expect(parseTableRows(cells, ONE, ',')).to.deep.equal({
        ok: false,
        error: { kind: 'extraColumn', code: 'NC119', row: 1, year: 2017, value: '514', detail: '3' },
      });
      expectError(parseTableRows([['2017', '1', '2', '3', 'x', '1,234']], THREE, ','), 'extraColumn', {
        detail: '6',
      });
    });

    it('reads a row with text, gaps or nothing in the columns after the fields', () => {
      const cells = [
        ['2017', '814', 'Socialstyrelsen 2017', ''],
        ['2023', '473', '–', 'prel.'],
      ];
      expect(valueOf(parseTableRows(cells, ONE, ','))).to.deep.equal([
        { year: 2017, value: 814 },
        { year: 2023, value: 473 },
      ]);
    });

    it('refuses "1,234" in Swedish as ambiguous (NC110), but reads it in English', () => {
      const cells = [
        ['År', 'Antal'],
        ['2017', '814'],
        ['2023', '1,234'],
      ];
      expectError(parseTableRows(cells, ONE, ','), 'ambiguousNumber', { row: 2, field: 'value', value: '1,234' });
      expect(valueOf(parseTableRows(cells, ONE, '.'))[1]).to.deep.equal({ year: 2023, value: 1234 });
    });

    it('takes a first row with a number read two ways, or a negative one, for figures, not a header', () => {
      for (const value of ['1,234', '1.234', '-5']) {
        const cells = [
          ['Totalt', value],
          ['2017', '814'],
        ];
        expectError(parseTableRows(cells, ONE, ','), 'invalidYear', { row: 1, value: 'Totalt' });
      }
    });

    it('numbers rows from the first body row, after the header', () => {
      const cells = [
        ['År', 'Antal'],
        ['2017', '814'],
        ['2023', 'many'],
      ];
      expectError(parseTableRows(cells, ONE, ','), 'notANumber', { row: 2, field: 'value', value: 'many' });
      expectError(
        parseTableRows(
          [
            ['2017', '814'],
            ['2023', 'many'],
          ],
          ONE,
          ',',
        ),
        'notANumber',
        { row: 2 },
      );
    });

    it('refuses a missing cell (NC106)', () => {
      expectError(parseTableRows([['2017']], ONE, ','), 'missingField', { row: 1, field: 'value' });
      expectError(parseTableRows([['2017', '1', '2']], THREE, ','), 'missingField', { row: 1, field: 'c' });
    });

    it('refuses a body row whose year is not a year (NC104)', () => {
      expectError(
        parseTableRows(
          [
            ['År', 'Antal'],
            ['2017', '1'],
            ['Summa', '2'],
          ],
          ONE,
          ',',
        ),
        'invalidYear',
        {
          row: 2,
          field: 'year',
          value: 'Summa',
        },
      );
    });

    it('refuses duplicate years (NC105), naming the later body row', () => {
      const cells = [
        ['År', 'Antal'],
        ['2017', '1'],
        ['2023', '2'],
        ['2017', '3'],
      ];
      expectError(parseTableRows(cells, ONE, ','), 'duplicateYear', {
        row: 3,
        field: 'year',
        year: 2017,
        value: '2017',
      });
    });

    it('refuses negative counts (NC109)', () => {
      expectError(parseTableRows([['2017', '\u22125']], ONE, ','), 'negative', {
        row: 1,
        field: 'value',
        value: '\u22125',
      });
    });

    it('says where the years are when they are not down the first column, as SCB exports have them (NC104)', () => {
      const afterRegion = [
        ['region', 'år', 'Antal'],
        ['0581 Norrköping', '2017', '814'],
        ['0581 Norrköping', '2023', '473'],
      ];
      expectError(parseTableRows(afterRegion, ONE, ','), 'invalidYear', {
        row: 1,
        field: 'year',
        value: '0581 Norrköping',
        detail: '2',
      });
      const across = [
        ['Region', '2017', '2020', '2023'],
        ['0581 Norrköping', '814', '640', '473'],
      ];
      expectError(parseTableRows(across, ONE, ','), 'invalidYear', { row: 1, value: 'Region', detail: 'across' });
      // A year, then a figure that reads as the same year: a column of years, not years across.
      expectError(parseTableRows([['0581 Norrköping', '2017', '2017']], ONE, ','), 'invalidYear', {
        value: '0581 Norrköping',
        detail: '2',
      });
      // Digits before the years that are no years: SCB's age group, a Kolada KPI id, a region code after the name.
      for (const [before, column] of [
        [['0581 Norrköping', '18-24 år'], '3'],
        [['Norrköping', 'U00405'], '3'],
        [['Norrköping', '0581', 'Kvinnor 18+'], '4'],
      ] as const) {
        const cells = [
          [...before, '2017', '814'],
          [...before, '2023', '473'],
        ];
        expectError(parseTableRows(cells, ONE, ','), 'invalidYear', { row: 1, value: before[0], detail: column });
      }
      expectError(parseTableRows([['Norrköping', 'U00405', '2017', '2020', '2023']], ONE, ','), 'invalidYear', {
        value: 'Norrköping',
        detail: 'across',
      });
      expect(misplacedYears(['Norrköping', '18-24 år', '2017', '814'])?.ok).to.equal(false);
      expect(misplacedYears(['2017', '18-24 år', '2017', '814'])).to.equal(null);
      expect(misplacedYears(['Norrköping', '18-24 år', '814'])).to.equal(null);
      // A year mistyped, with one figure after it, is the year's error as before.
      for (const row of [
        ['2O17', '1 200'],
        ['2O17', '53', '109'],
      ])
        expect(errorOf(parseTableRows([row], THREE.slice(0, row.length - 1), ',')).detail, row.join()).to.equal(
          undefined,
        );
    });

    it('refuses an empty table, a header alone, or only gaps (NC107)', () => {
      for (const cells of [
        [],
        [[]],
        [['År', 'Antal']],
        [
          ['2017', '–'],
          ['2023', ''],
        ],
        [[''], [' ']],
      ]) {
        expectError(parseTableRows(cells, ONE, ','), 'empty');
      }
    });

    it('never throws for any cells; the error is well formed (property)', () => {
      const cell = fc.oneof(
        fc.string(),
        fc.integer({ min: 990, max: 10_010 }).map(String),
        fc.constantFrom('', '–', '1 234', '1,5', '1.234'),
      );
      fc.assert(
        fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 8 }), decimals, (cells, decimal) => {
          const result = parseTableRows(cells, ONE, decimal);
          if (!result.ok) expectWellFormedError(result.error);
        }),
        { numRuns: 500 },
      );
    });

    it('reads a table alike with lines of text added above and below it, its other cells empty (property)', () => {
      const note = fc
        .tuple(
          fc.string({ unit: fc.constantFrom('a', 'Å', ':', ' ', '1', ','), minLength: 1 }),
          fc.constantFrom('', ' '),
        )
        .filter(([text]) => /^\s*\D/.test(text) && /\p{L}/u.test(text));
      const row = fc.tuple(fc.integer({ min: 1000, max: 9999 }).map(String), figureCell);
      fc.assert(
        fc.property(
          fc.array(note, { maxLength: 2 }),
          fc.array(row, { minLength: 1, maxLength: 6 }),
          fc.array(note, { maxLength: 2 }),
          decimals,
          (above, rows, below, decimal) => {
            const alone = parseTableRows([['År', 'Antal'], ...rows], ONE, decimal);
            const noted = parseTableRows([...above, ['År', 'Antal'], ...rows, ...below], ONE, decimal);
            expect(JSON.stringify(noted)).to.equal(JSON.stringify(alone));
          },
        ),
        { numRuns: 300 },
      );
    });

    it('gives a table’s rows sorted, one a year, with a figure somewhere, or a well-formed error (property)', () => {
      const yearCell = fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 1000, max: 9999 }).map(String) },
        { weight: 1, arbitrary: fc.constantFrom(' 2017 ', '999', '10000', '2017,5', 'x') },
      );
      const tables = fc
        .tuple(fc.boolean(), fc.array(fc.tuple(yearCell, figureCell), { maxLength: 8 }))
        .map(([header, rows]) => ({ cells: [...(header ? [['År', 'Antal']] : []), ...rows], header, rows }));
      let read = 0;
      fc.assert(
        fc.property(tables, decimals, ({ cells, header, rows: given }, decimal) => {
          // Text with the other cells empty ("x", "") above (under no header row) or below the figures is a note,
          // and skipped; then the first rows with no year and no figure ("x", "–") are headers, though the
          // generator meant rows.
          const end = given.findLastIndex((row) => !isNote(row)) + 1;
          const start = header
            ? 0
            : Math.max(
                0,
                given.findIndex((row) => !isNote(row)),
              );
          const kept = given.slice(start, end);
          const headers = kept.findIndex((row) => !isHeaderRow(row, decimal));
          const count = headers < 0 ? 0 : kept.length - headers;
          const result = parseTableRows(cells, ONE, decimal);
          if (!result.ok) {
            expectWellFormedError(result.error);
            return;
          }
          const rows: YearRow<'value'>[] = result.value;
          if (rows.length > 1) read++;
          expect(isSorted(rows), 'sorted, no year twice').to.equal(true);
          expect(rows, 'a row for every row given').to.have.length(count);
          expect(rows.some((row) => row.value !== null)).to.equal(true);
        }),
        { numRuns: 500 },
      );
      expect(read, 'runs that read two rows or more').to.be.at.least(50);
    });
  });
});
