import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type {
  Dataset,
  KeyFigureModel,
  Marker,
  PreventionModel,
  Provenance,
  TrendModel,
  TrendPoint,
} from '../../src/data/model.js';
import {
  DEFAULT_KEY_FIGURE,
  DEFAULT_PREVENTION,
  DEFAULT_TREND,
  DEFAULT_TREND_MARKERS,
} from '../../src/data/defaults.js';
import { parseTrend, parseTrendTable } from '../../src/data/trend.js';
import { parsePrevention, parsePreventionTable } from '../../src/data/prevention.js';
import { parseMarkers } from '../../src/data/markers.js';
import { parseKeyFigure } from '../../src/data/key-figure.js';
import { decimals, valueOf } from './expect-result.js';

/** The invariants model.ts documents, checked on any model. */
const increasing = (years: readonly number[]): boolean =>
  years.every((year, index) => index === 0 || years[index - 1]! < year);

const trendIsValid = (model: TrendModel): boolean =>
  increasing(model.points.map((point) => point.year)) &&
  model.points.every((point) => point.value === null || Number.isFinite(point.value));

const preventionIsValid = (model: PreventionModel): boolean => increasing(model.rows.map((row) => row.year));

const markerIsValid = (marker: Marker): boolean =>
  marker.month === null || (Number.isInteger(marker.month) && marker.month >= 1 && marker.month <= 12);

const keyFigureIsValid = (model: KeyFigureModel): boolean => model.value !== null || model.change !== null;

/** Years that repeat often, values that are often gaps: inputs most likely to break the invariants. */
const crowdedYears = fc.array(
  fc.record({
    year: fc.integer({ min: 2015, max: 2025 }),
    value: fc.option(fc.nat(1000), { nil: null }),
    families: fc.option(fc.nat(100), { nil: null }),
    children: fc.option(fc.nat(300), { nil: null }),
  }),
  { maxLength: 8 },
);

describe('data/model', () => {
  it('is what the defaults are made of (compile-time shapes, run-time invariants)', () => {
    const trend: Dataset<TrendModel> = DEFAULT_TREND;
    const prevention: Dataset<PreventionModel> = DEFAULT_PREVENTION;
    const figure: Dataset<KeyFigureModel> = DEFAULT_KEY_FIGURE;
    const provenances: Provenance[] = [trend.provenance, prevention.provenance, figure.provenance];
    expect(trendIsValid(trend.model)).to.equal(true);
    expect(preventionIsValid(prevention.model)).to.equal(true);
    expect(keyFigureIsValid(figure.model)).to.equal(true);
    expect(DEFAULT_TREND_MARKERS.every(markerIsValid)).to.equal(true);
    expect(provenances.every((provenance) => provenance.publisher.length > 0)).to.equal(true);
  });

  it('uses null for a gap, never 0 or NaN', () => {
    const points: readonly TrendPoint[] = valueOf(
      parseTrend('{"2017":814,"2020":"–","2021":null,"2022":"","2023":0}', ','),
    ).points;
    expect(points.map((point) => point.value)).to.deep.equal([814, null, null, null, 0]);
  });

  it('writes a change in per cent as a plain number: "−37 %" is -37', () => {
    const model = valueOf(parseKeyFigure({ value: null, unit: null, change: '\u221237 %', period: null }, ','));
    expect(model.change).to.equal(-37);
  });

  it('never lets a parser make a trend with repeated or unordered years (property)', () => {
    fc.assert(
      fc.property(crowdedYears, decimals, (rows, decimal) => {
        const points = rows.map(({ year, value }) => ({ year, value }));
        const results = [
          parseTrend(points, decimal),
          parseTrend(JSON.stringify(points), decimal),
          parseTrendTable(
            points.map(({ year, value }) => [String(year), value === null ? '–' : String(value)]),
            decimal,
          ),
        ];
        const years = new Set(points.map((point) => point.year));
        for (const result of results) {
          if (result.ok) expect(trendIsValid(result.value)).to.equal(true);
          // Repeated years are refused, never merged or dropped.
          if (years.size < points.length) expect(result.ok).to.equal(false);
          if (result.ok) expect(result.value.points).to.have.length(points.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a parser make a prevention model with repeated or unordered years (property)', () => {
    fc.assert(
      fc.property(crowdedYears, decimals, (rows, decimal) => {
        const data = rows.map(({ year, families, children }) => ({ year, families, children }));
        const cells = data.map(({ year, families, children }) => [
          String(year),
          String(families ?? ''),
          String(children ?? ''),
        ]);
        const years = new Set(data.map((row) => row.year));
        for (const result of [parsePrevention(data, decimal), parsePreventionTable(cells, decimal)]) {
          if (result.ok) expect(preventionIsValid(result.value)).to.equal(true);
          if (years.size < data.length) expect(result.ok).to.equal(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a parser make a marker with a month outside 1–12 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^\d{4}(-\d{1,2})?$/), { maxLength: 5 }), (dates) => {
        const result = parseMarkers(dates.map((date) => ({ date })));
        if (result.ok) expect(result.value.every(markerIsValid)).to.equal(true);
        else expect(result.error.code).to.equal('NC108');
      }),
    );
  });

  it('never lets a parser make a key figure without a value and a change (property)', () => {
    const text = fc.option(fc.constantFrom('', '–', '5', '-37 %', 'x', '1,5', '1.234'), { nil: null });
    fc.assert(
      fc.property(text, text, decimals, (value, change, decimal) => {
        const result = parseKeyFigure({ value, change, unit: null, period: null }, decimal);
        if (result.ok) expect(keyFigureIsValid(result.value)).to.equal(true);
      }),
    );
  });
});
