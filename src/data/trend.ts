import { ok, type Result } from './errors.js';
import { parseJsonYearRows, parseTableRows, type YearRow } from './rows.js';
import type { DecimalSeparator } from './number.js';
import type { Dataset, Marker, TrendModel } from './model.js';

const FIELDS = ['value'] as const;

// The rows are the points: `{ year, value }` each.
const toModel = (rows: readonly YearRow<'value'>[]): TrendModel => ({ points: rows });

/** `[{"year":2017,"value":814},…]`, `{"2017":814,…}` or the model, `{"points":[…]}`, as JSON text or an already-parsed value. */
export function parseTrend(input: unknown, decimal: DecimalSeparator): Result<TrendModel> {
  const rows = parseJsonYearRows(input, FIELDS, decimal, 'points');
  return rows.ok ? ok(toModel(rows.value)) : rows;
}

/** Table cell texts: years in the first column, values in the second; an optional header row. */
export function parseTrendTable(cells: readonly (readonly string[])[], decimal: DecimalSeparator): Result<TrendModel> {
  const rows = parseTableRows(cells, FIELDS, decimal);
  return rows.ok ? ok(toModel(rows.value)) : rows;
}

/** The first and last measured points, for the headline change; null when fewer than two are measured. */
export function trendEnds(model: TrendModel): { first: Measured; last: Measured } | null {
  const { points } = model;
  const first = points.find(isMeasured);
  const last = points.findLast(isMeasured);
  return first && last && first !== last ? { first, last } : null;
}

export interface Measured {
  readonly year: number;
  readonly value: number;
}

const isMeasured = (point: TrendModel['points'][number]): point is Measured => point.value !== null;

/** Change from `from` to `to` in per cent, or null when it is undefined (from zero). */
export function percentChange(from: number, to: number): number | null {
  return from === 0 ? null : ((to - from) / Math.abs(from)) * 100;
}

/**
 * Norrköping's figures, from the municipality's 2023 news item on Socialstyrelsen's
 * "Kartläggning av hemlösheten 2023". <homeless-trend> shows them when given no data
 * (the other components' are in their own data modules; data/defaults.ts names them all).
 */
const MAPPING = {
  publisher: 'Socialstyrelsen',
  title: 'Kartläggning av hemlösheten 2023',
  via: 'Norrköpings kommun',
  year: 2023,
} as const;

/** People in homelessness in Norrköping (mainly acute or temporary homelessness). */
export const DEFAULT_TREND: Dataset<TrendModel> = {
  model: {
    points: [
      { year: 2017, value: 814 },
      { year: 2023, value: 473 },
    ],
  },
  provenance: MAPPING,
};

/** Housing First ("Bostad först") has been in use in Norrköping since May 2022. */
export const DEFAULT_TREND_MARKERS: readonly Marker[] = [{ year: 2022, month: 5, label: null }];
