import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePrevention, parsePreventionTable } from '../../src/data/prevention.js';
import type { PreventionModel } from '../../src/data/model.js';
import type { Result } from '../../src/data/errors.js';
import {
  anyText,
  anyValue,
  decimals,
  expectError,
  expectWellFormedError,
  prototypeKeys,
  valueOf,
} from './expect-result.js';

const MODEL: PreventionModel = {
  rows: [
    { year: 2022, families: 40, children: 85 },
    { year: 2023, families: 53, children: 109 },
  ],
};

/** A prevention model as documented: whole years strictly increasing, counts or gaps, some count. */
function expectPreventionModel(model: PreventionModel): void {
  expect(Object.keys(model)).to.deep.equal(['rows']);
  expect(model.rows.length).to.be.greaterThan(0);
  model.rows.forEach((row, index) => {
    expect(Object.keys(row)).to.deep.equal(['year', 'families', 'children']);
    expect(Number.isInteger(row.year) && row.year >= 1000 && row.year <= 9999).to.equal(true);
    if (index > 0) expect(row.year).to.be.greaterThan(model.rows[index - 1]!.year);
    for (const count of [row.families, row.children]) {
      if (count !== null) expect(Number.isFinite(count) && count >= 0).to.equal(true);
    }
  });
  expect(model.rows.some((row) => row.families !== null || row.children !== null)).to.equal(true);
}

function expectWellFormed(result: Result<PreventionModel>): void {
  if (result.ok) expectPreventionModel(result.value);
  else expectWellFormedError(result.error);
}

const uniqueRows = fc.uniqueArray(
  // Every family counted has a child: as many children as families or more (else NC118).
  fc
    .record({ year: fc.integer({ min: 1000, max: 9999 }), families: fc.nat(), more: fc.nat() })
    .map(({ year, families, more }) => ({ year, families, children: families + more })),
  { selector: (row) => row.year, minLength: 1, maxLength: 10 },
);

describe('data/prevention', () => {
  describe('parsePrevention', () => {
    it('reads the same model from an array and a year map, as text or value', () => {
      const forms: unknown[] = [
        [
          { year: 2023, families: 53, children: 109 },
          { year: 2022, families: 40, children: 85 },
        ],
        { 2022: { families: 40, children: 85 }, 2023: { families: 53, children: 109 } },
        { 2023: { children: '109', families: '53' }, 2022: { families: '40', children: '85' } },
      ];
      for (const form of forms) {
        for (const decimal of [',', '.'] as const) {
          expect(valueOf(parsePrevention(form, decimal))).to.deep.equal(MODEL);
          expect(valueOf(parsePrevention(JSON.stringify(form), decimal))).to.deep.equal(MODEL);
        }
      }
    });

    it('keeps gaps in one field when the other is given', () => {
      expect(valueOf(parsePrevention('[{"year":2023,"families":53,"children":null}]', ','))).to.deep.equal({
        rows: [{ year: 2023, families: 53, children: null }],
      });
      expect(valueOf(parsePrevention('{"2023":{"families":"–","children":"1 109"}}', ','))).to.deep.equal({
        rows: [{ year: 2023, families: null, children: 1109 }],
      });
    });

    it('ignores unknown keys', () => {
      const model = valueOf(
        parsePrevention('[{"year":2023,"families":53,"children":109,"evictions":12,"note":"x"}]', ','),
      );
      expect(model).to.deep.equal({ rows: [{ year: 2023, families: 53, children: 109 }] });
      expectPreventionModel(model);
    });

    it('refuses a missing field (NC106), naming it', () => {
      expectError(parsePrevention('[{"year":2023,"families":53}]', ','), 'missingField', { row: 1, field: 'children' });
      expectError(parsePrevention('[{"year":2023,"children":109}]', ','), 'missingField', {
        row: 1,
        field: 'families',
      });
      expectError(parsePrevention('{"2023":{"families":53}}', ','), 'missingField', { row: 1, field: 'children' });
      expectError(parsePrevention('{"2023":53}', ','), 'missingField', { row: 1, field: 'families' });
    });

    it('refuses a bad count with its field (NC103, NC109, NC110)', () => {
      expectError(parsePrevention('[{"year":2023,"families":53,"children":"many"}]', ','), 'notANumber', {
        row: 1,
        field: 'children',
        value: 'many',
      });
      expectError(parsePrevention('[{"year":2023,"families":-1,"children":1}]', ','), 'negative', {
        row: 1,
        field: 'families',
        value: '-1',
      });
      expectError(parsePrevention('[{"year":2023,"families":"1,5","children":1}]', '.'), 'ambiguousNumber', {
        row: 1,
        field: 'families',
        value: '1,5',
      });
    });

    it('refuses duplicates, bad years, no data and wrong shapes', () => {
      expectError(
        parsePrevention(
          '[{"year":2022,"families":1,"children":2},{"year":2023,"families":1,"children":2},{"year":2022,"families":3,"children":4}]',
          ',',
        ),
        'duplicateYear',
        { row: 3, field: 'year', value: '2022' },
      );
      // A year map's key twice, between an editor's curly quotes.
      expectError(
        parsePrevention(
          '{\u201c2022\u201d:{\u201cfamilies\u201d:1,\u201cchildren\u201d:2},\u201c2022\u201d:{\u201cfamilies\u201d:3,\u201cchildren\u201d:4}}',
          ',',
        ),
        'duplicateYear',
        { row: 2, field: 'year', year: 2022, value: '2022' },
      );
      expectError(parsePrevention('[{"year":"twenty","families":1,"children":2}]', ','), 'invalidYear', {
        row: 1,
        value: 'twenty',
      });
      expectError(parsePrevention('[]', ','), 'empty');
      expectError(parsePrevention('[{"year":2023,"families":null,"children":null}]', ','), 'empty');
      expectError(parsePrevention('{"2023":{"families":"","children":"-"}}', ','), 'empty');
      expectError(parsePrevention('53', ','), 'shape');
      expectError(parsePrevention('"53"', ','), 'shape');
      expectError(parsePrevention('[[2023,53,109]]', ','), 'shape', { row: 1 });
      expectError(parsePrevention('{"2023":', ','), 'jsonSyntax');
    });

    it('ignores __proto__, constructor and prototype keys without polluting, as text and as value, in both forms', () => {
      const before = prototypeKeys();
      expectError(parsePrevention('{"__proto__":{"polluted":1}}', ','), 'empty');
      expectError(parsePrevention(JSON.parse('{"__proto__":{"polluted":1}}') as unknown, ','), 'empty');
      const texts = [
        '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"2022":{"families":40,"children":85},"2023":{"families":53,"children":109}}',
        '[{"__proto__":{"polluted":1},"year":2022,"families":40,"children":85},{"prototype":{"polluted":1},"year":2023,"families":53,"children":109}]',
        '{"2022":{"__proto__":{"families":1,"polluted":1},"families":40,"children":85},"2023":{"families":53,"children":109}}',
      ];
      for (const text of texts) {
        expect(valueOf(parsePrevention(text, ','))).to.deep.equal(MODEL);
        expect(valueOf(parsePrevention(JSON.parse(text) as unknown, ','))).to.deep.equal(MODEL);
      }
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(prototypeKeys()).to.deep.equal(before);
    });

    it('never reads a count from __proto__ inside a year-map entry', () => {
      expectError(parsePrevention('{"2023":{"__proto__":{"families":1,"children":2}}}', ','), 'missingField', {
        row: 1,
        field: 'families',
      });
    });

    it('never throws for any value, JSON value, JSON text or text (property)', () => {
      fc.assert(
        fc.property(fc.oneof(anyValue, fc.jsonValue(), fc.json(), anyText), decimals, (input, decimal) => {
          expectWellFormed(parsePrevention(input, decimal));
        }),
        { numRuns: 500 },
      );
    });

    it('reads the same sorted model from an array, a year map and their JSON texts (property)', () => {
      fc.assert(
        fc.property(uniqueRows, decimals, (rows, decimal) => {
          const expected = { rows: [...rows].sort((a, b) => a.year - b.year) };
          const yearMap = Object.fromEntries(
            rows.map(({ year, families, children }) => [String(year), { children, families }]),
          );
          for (const form of [rows, yearMap, { rows }]) {
            expect(valueOf(parsePrevention(form, decimal))).to.deep.equal(expected);
            expect(valueOf(parsePrevention(JSON.stringify(form), decimal))).to.deep.equal(expected);
          }
          // A model read back, e.g. from another chart, is its own model.
          expect(valueOf(parsePrevention(expected, decimal))).to.deep.equal(expected);
        }),
      );
    });

    it('reads the model, `{ rows }`, checking its rows', () => {
      const model = { rows: [{ year: 2023, families: 53, children: 109 }] };
      expect(valueOf(parsePrevention(model, ','))).to.deep.equal(model);
      expectError(parsePrevention({ rows: [{ year: 2023, families: 53 }] }, ','), 'missingField', {
        row: 1,
        field: 'children',
      });
    });
  });

  describe('parsePreventionTable', () => {
    it('reads cells with and without a header row', () => {
      const body = [
        ['2023', '53', '109'],
        ['2022', '40', '85'],
      ];
      expect(valueOf(parsePreventionTable(body, ','))).to.deep.equal(MODEL);
      expect(valueOf(parsePreventionTable([['År', 'Barnfamiljer', 'Barn'], ...body], ','))).to.deep.equal(MODEL);
      expect(
        valueOf(parsePreventionTable([['Year', 'Families', 'Children'], [], ...body, ['', '', '']], '.')),
      ).to.deep.equal(MODEL);
    });

    it('reads grouped numbers and gaps', () => {
      expect(valueOf(parsePreventionTable([['2023', '1\u00a0053', '–']], ','))).to.deep.equal({
        rows: [{ year: 2023, families: 1053, children: null }],
      });
      expect(valueOf(parsePreventionTable([['2023', '1,053', '..']], '.'))).to.deep.equal({
        rows: [{ year: 2023, families: 1053, children: null }],
      });
    });

    it('refuses a row with a missing cell (NC106), naming the field', () => {
      expectError(
        parsePreventionTable(
          [
            ['År', 'Familjer', 'Barn'],
            ['2023', '53'],
          ],
          ',',
        ),
        'missingField',
        { row: 1, field: 'children' },
      );
    });

    it('refuses bad cells with the body row and field', () => {
      expectError(
        parsePreventionTable(
          [
            ['År', 'F', 'B'],
            ['2022', '1', '2'],
            ['2023', '53', 'x'],
          ],
          ',',
        ),
        'notANumber',
        {
          row: 2,
          field: 'children',
          value: 'x',
        },
      );
      expectError(
        parsePreventionTable(
          [
            ['2022', '1', '2'],
            ['2022', '3', '4'],
          ],
          ',',
        ),
        'duplicateYear',
        { row: 2 },
      );
      expectError(parsePreventionTable([['2022', '\u22121', '2']], ','), 'negative', { row: 1, field: 'families' });
      expectError(parsePreventionTable([['Year', 'F', 'C']], '.'), 'empty');
    });

    it('refuses a year with more families than children (NC118), naming the year and both figures', () => {
      const swapped = [
        ['År', 'Barn', 'Familjer'],
        ['2022', '85', '40'],
        ['2023', '109', '53'],
      ];
      expect(parsePreventionTable(swapped, ',')).to.deep.equal({
        ok: false,
        error: {
          kind: 'moreFamiliesThanChildren',
          code: 'NC118',
          year: 2022,
          field: 'families',
          value: '85',
          detail: '40',
        },
      });
      expectError(parsePrevention('{"2023":{"families":110,"children":109}}', ','), 'moreFamiliesThanChildren', {
        year: 2023,
      });
    });

    it('takes as many children as families, and a gap on either side', () => {
      for (const row of [
        ['2023', '53', '53'],
        ['2023', '53', ''],
        ['2023', '', '109'],
      ])
        expect(parsePreventionTable([row], ',').ok, row.join('|')).to.equal(true);
    });

    it('never throws for any 2-D array of texts (property)', () => {
      const cell = fc.oneof(
        anyText,
        fc.integer({ min: 990, max: 10_010 }).map(String),
        fc.constantFrom('', '–', '1 234', '1,5', '1.234'),
      );
      fc.assert(
        fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 8 }), decimals, (cells, decimal) => {
          expectWellFormed(parsePreventionTable(cells, decimal));
        }),
        { numRuns: 500 },
      );
    });

    it('reads what Intl writes in sv-SE and en-GB as the JSON forms do (property)', () => {
      const sv = new Intl.NumberFormat('sv-SE');
      const en = new Intl.NumberFormat('en-GB');
      fc.assert(
        fc.property(uniqueRows, fc.boolean(), (rows, header) => {
          const expected = { rows: [...rows].sort((a, b) => a.year - b.year) };
          const table = (format: Intl.NumberFormat): string[][] => [
            ...(header ? [['År', 'Familjer', 'Barn']] : []),
            ...rows.map(({ year, families, children }) => [
              String(year),
              format.format(families),
              format.format(children),
            ]),
          ];
          expect(valueOf(parsePreventionTable(table(sv), ','))).to.deep.equal(expected);
          expect(valueOf(parsePreventionTable(table(en), '.'))).to.deep.equal(expected);
        }),
      );
    });
  });
});
