import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { markerPosition, markersWithin, parseMarkers } from '../../src/data/markers.js';
import type { Marker } from '../../src/data/model.js';
import { anyText, anyValue, expectError, expectWellFormedError, prototypeKeys, valueOf } from './expect-result.js';

describe('data/markers', () => {
  describe('parseMarkers', () => {
    it('reads "2022-05" as May 2022, with or without a label', () => {
      expect(valueOf(parseMarkers('[{"date":"2022-05"}]'))).to.deep.equal([{ year: 2022, month: 5, label: null }]);
      expect(valueOf(parseMarkers('[{"date":"2022-05","label":"Bostad först"}]'))).to.deep.equal([
        { year: 2022, month: 5, label: 'Bostad först' },
      ]);
    });

    it('reads "2022" as a year without a month', () => {
      expect(valueOf(parseMarkers('[{"date":"2022"}]'))).to.deep.equal([{ year: 2022, month: null, label: null }]);
    });

    it('reads every month from 01 to 12', () => {
      for (let month = 1; month <= 12; month++) {
        const date = `2022-${String(month).padStart(2, '0')}`;
        expect(valueOf(parseMarkers([{ date }]))[0]!.month).to.equal(month);
      }
    });

    it('reads several markers in their order, as JSON text or as a value', () => {
      const data = [
        { date: '2023-01', label: 'B' },
        { date: '2019', label: 'A' },
      ];
      const expected: Marker[] = [
        { year: 2023, month: 1, label: 'B' },
        { year: 2019, month: null, label: 'A' },
      ];
      expect(valueOf(parseMarkers(data))).to.deep.equal(expected);
      expect(valueOf(parseMarkers(JSON.stringify(data)))).to.deep.equal(expected);
    });

    it('accepts no markers', () => {
      expect(valueOf(parseMarkers('[]'))).to.deep.equal([]);
      expect(valueOf(parseMarkers([]))).to.deep.equal([]);
    });

    it('ignores unknown keys and keeps only year, month and label', () => {
      const markers = valueOf(
        parseMarkers('[{"date":"2022-05","label":"x","color":"red","__proto__":{"polluted":1}}]'),
      );
      expect(markers).to.deep.equal([{ year: 2022, month: 5, label: 'x' }]);
      expect(Object.keys(markers[0]!)).to.deep.equal(['year', 'month', 'label']);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('refuses bad dates (NC108), naming the row and field', () => {
      for (const date of [
        '2022-13',
        '2022-00',
        '2022-5',
        '22-05',
        '2022-05-01',
        ' 2022-05',
        '2022/05',
        'May 2022',
        '',
      ]) {
        expectError(parseMarkers([{ date: '2020' }, { date }]), 'invalidMarker', {
          row: 2,
          field: 'date',
          value: date,
        });
      }
    });

    it('refuses a date given as a number (NC108)', () => {
      expectError(parseMarkers('[{"date":2022}]'), 'invalidMarker', { row: 1, field: 'date', value: '2022' });
    });

    it('refuses a marker without a date (NC108)', () => {
      const error = expectError(parseMarkers('[{"label":"Bostad först"}]'), 'invalidMarker', { row: 1, field: 'date' });
      expect(error).to.not.have.property('value');
    });

    it('refuses a label that is not a text (NC108)', () => {
      expectError(parseMarkers('[{"date":"2022-05","label":5}]'), 'invalidMarker', {
        row: 1,
        field: 'label',
        value: '5',
      });
      expectError(parseMarkers('[{"date":"2022-05","label":["a"]}]'), 'invalidMarker', {
        row: 1,
        field: 'label',
        value: '["a"]',
      });
    });

    it('takes a null label as the default label', () => {
      expect(valueOf(parseMarkers('[{"date":"2022-05","label":null}]'))).to.deep.equal([
        { year: 2022, month: 5, label: null },
      ]);
    });

    it('refuses years before 1000 (NC108), as years elsewhere', () => {
      expectError(parseMarkers('[{"date":"0999-05"}]'), 'invalidMarker', { row: 1, field: 'date', value: '0999-05' });
    });

    it('refuses items that are not objects (NC108)', () => {
      expectError(parseMarkers('["2022-05"]'), 'invalidMarker', { row: 1, value: '2022-05' });
      expectError(parseMarkers('[{"date":"2022-05"},null]'), 'invalidMarker', { row: 2, value: 'null' });
    });

    it('refuses anything but an array (NC108, no row)', () => {
      for (const input of [
        '{"date":"2022-05"}',
        '"2022-05"',
        '2022',
        'null',
        { date: '2022-05' },
        2022,
        null,
        undefined,
      ]) {
        const error = expectError(parseMarkers(input), 'invalidMarker');
        expect(error).to.not.have.property('row');
      }
    });

    it('refuses invalid JSON text (NC101)', () => {
      expectError(parseMarkers('[{"date":"2022-05"'), 'jsonSyntax');
      expectError(parseMarkers(''), 'jsonSyntax');
    });

    it('refuses a sparse array’s hole instead of throwing', () => {
      const sparse: unknown[] = [];
      sparse[1] = { date: '2022-05' };
      expectError(parseMarkers(sparse), 'invalidMarker', { row: 1 });
    });

    it('never throws for any value; the error is well formed (property)', () => {
      const before = prototypeKeys();
      fc.assert(
        fc.property(fc.oneof(anyValue, fc.jsonValue(), fc.json(), anyText), (input) => {
          const result = parseMarkers(input);
          if (!result.ok) expectWellFormedError(result.error);
        }),
        { numRuns: 500 },
      );
      expect(prototypeKeys()).to.deep.equal(before);
    });

    it('reads markers written from any year, month and label, and names the one spoilt (property)', () => {
      const marker = fc.record({
        year: fc.integer({ min: 1000, max: 9999 }),
        month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
        label: fc.option(fc.string(), { nil: null }),
      });
      // Each of these makes the marker it is put into wrong, whatever else the marker holds.
      const spoilt = fc.constantFrom<[string, (written: Record<string, unknown>) => unknown]>(
        ['date a number', (written) => ({ ...written, date: 2022 })],
        ['month 13', (written) => ({ ...written, date: `${String(written.date).slice(0, 4)}-13` })],
        ['month of one digit', (written) => ({ ...written, date: `${String(written.date).slice(0, 4)}-5` })],
        ['three-digit year', () => ({ date: '999' })],
        ['no date', ({ label }) => ({ label })],
        ['label a number', (written) => ({ ...written, label: 5 })],
        ['not an object', () => '2022-05'],
      );
      let spoiltRuns = 0;
      fc.assert(
        fc.property(
          fc.array(marker, { maxLength: 5 }),
          fc.option(fc.tuple(fc.nat(), spoilt), { nil: null }),
          fc.boolean(),
          (markers, spoil, asText) => {
            const written: unknown[] = markers.map(({ year, month, label }) => ({
              date: month === null ? String(year) : `${year}-${String(month).padStart(2, '0')}`,
              ...(label === null ? {} : { label }),
            }));
            const at = spoil && markers.length > 0 ? spoil[0] % markers.length : -1;
            if (spoil && at >= 0) written[at] = spoil[1][1](written[at] as Record<string, unknown>);
            const result = parseMarkers(asText ? JSON.stringify(written) : written);
            if (at < 0) {
              expect(valueOf(result)).to.deep.equal(markers);
              return;
            }
            spoiltRuns++;
            expectError(result, 'invalidMarker', { row: at + 1 });
          },
        ),
        { numRuns: 500 },
      );
      expect(spoiltRuns, 'runs with a marker spoilt').to.be.at.least(100);
    });

    it('gives back what it was given as "YYYY" or "YYYY-MM" (property)', () => {
      const marker = fc.record({
        year: fc.integer({ min: 1000, max: 9999 }),
        month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
        label: fc.option(fc.string(), { nil: null }),
      });
      fc.assert(
        fc.property(fc.array(marker, { maxLength: 6 }), (markers) => {
          const data = markers.map(({ year, month, label }) => ({
            date: month === null ? String(year) : `${year}-${String(month).padStart(2, '0')}`,
            ...(label === null ? {} : { label }),
          }));
          expect(valueOf(parseMarkers(JSON.stringify(data)))).to.deep.equal(markers);
        }),
      );
    });
  });

  describe('markerPosition', () => {
    it('places May 2022 in the middle of May: 2022 + 4.5/12', () => {
      expect(markerPosition({ year: 2022, month: 5, label: null })).to.equal(2022 + 4.5 / 12);
    });

    it('places January and December inside their year', () => {
      expect(markerPosition({ year: 2022, month: 1, label: null })).to.equal(2022 + 0.5 / 12);
      expect(markerPosition({ year: 2022, month: 12, label: null })).to.equal(2022 + 11.5 / 12);
    });

    it('places a marker without a month at the year itself', () => {
      expect(markerPosition({ year: 2022, month: null, label: 'x' })).to.equal(2022);
    });

    it('keeps every month inside its year, in month order (property)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 11 }), (year, month) => {
          const here = markerPosition({ year, month, label: null });
          const next = markerPosition({ year, month: month + 1, label: null });
          expect(here).to.be.greaterThan(year).and.lessThan(next);
          expect(next).to.be.lessThan(year + 1);
        }),
      );
    });
  });

  describe('markersWithin', () => {
    const marker = (year: number, month: number | null = null, label: string | null = null): Marker => ({
      year,
      month,
      label,
    });

    it('keeps markers dated in any month of the first to the last year', () => {
      const markers = [marker(2017, 1), marker(2017), marker(2023, 12), marker(2023)];
      expect(markersWithin(markers, 2017, 2023)).to.deep.equal({
        markers: [marker(2017), marker(2017, 1), marker(2023), marker(2023, 12)],
        error: null,
      });
    });

    it('reports the first marker before or after those years (NC122) and leaves out every such marker', () => {
      const markers = [marker(2022, 5), marker(2030, 1, 'Ny strategi'), marker(2016, 12), marker(2024)];
      expect(markersWithin(markers, 2017, 2023)).to.deep.equal({
        markers: [marker(2022, 5)],
        error: { kind: 'markerOutside', code: 'NC122', row: 2, field: 'date', year: 2030, detail: '2017–2023' },
      });
      expect(markersWithin([marker(2016)], 2017, 2023).error?.year).to.equal(2016);
      // Figures of one year: that year, not "2023–2023".
      expect(markersWithin([marker(2022)], 2023, 2023).error?.detail).to.equal('2023');
    });

    it('puts the markers in date order, the order the summary names them', () => {
      const markers = [marker(2023, 2, 'C'), marker(2019, null, 'A'), marker(2019, 6, 'B')];
      expect(markersWithin(markers, 2017, 2023).markers.map((kept) => kept.label)).to.deep.equal(['A', 'B', 'C']);
    });

    it('accepts no markers, and a single year', () => {
      expect(markersWithin([], 2017, 2023)).to.deep.equal({ markers: [], error: null });
      expect(markersWithin([marker(2023, 5)], 2023, 2023).markers).to.have.length(1);
    });

    it('keeps exactly the markers of those years, in order, and names the first other one (property)', () => {
      const anyMarker = fc.record({
        year: fc.integer({ min: 1000, max: 9999 }),
        month: fc.option(fc.integer({ min: 1, max: 12 })),
        label: fc.option(fc.string()),
      });
      fc.assert(
        fc.property(fc.array(anyMarker), fc.integer({ min: 1000, max: 9999 }), fc.nat(50), (markers, first, span) => {
          const last = first + span;
          const inside = (candidate: Marker): boolean => candidate.year >= first && candidate.year <= last;
          const { markers: kept, error } = markersWithin(markers, first, last);
          expect(kept).to.have.length(markers.filter(inside).length);
          for (const [index, one] of kept.entries()) {
            expect(inside(one)).to.equal(true);
            if (index > 0) expect(markerPosition(one)).to.be.at.least(markerPosition(kept[index - 1]!));
          }
          const firstOutside = markers.findIndex((candidate) => !inside(candidate));
          expect(error?.row).to.equal(firstOutside < 0 ? undefined : firstOutside + 1);
          if (error) expectWellFormedError(error);
        }),
      );
    });
  });
});
