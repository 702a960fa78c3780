import {
  categoryAxis,
  commonOptions,
  countAxis,
  smallFont,
  smallFontSize,
  smallCanvasFont,
  valueLabelOptions,
  yearLabelSlot,
} from '../../core/chart-options.js';
import { labelledIndexes, valueLabelPlugin, type ValueLabel } from '../../core/value-labels.js';
import { markerLabelSpace, markerPlugin } from './marker-plugin.js';
import { decimationPlugin } from '../../core/decimation.js';
import { markerPosition } from '../../data/markers.js';
import { trendStrings } from '../../i18n/trend-strings.js';
import type { ChartArea, ChartConfiguration, ScriptableContext, ScriptableLineSegmentContext } from 'chart.js';
import type { ChartContext } from '../../core/chart-element.js';
import type { Marker, TrendModel } from '../../data/model.js';

// <homeless-trend>'s drawing code, with Chart.js: fetched when an element is connected, not waited for.
export * from '../../core/drawing.js';
export { trendPointTexts as pointTexts } from './point-texts.js';

export interface TrendSettings {
  /** Bars instead of a line (`type="bar"`). */
  readonly bars: boolean;
  readonly markers: readonly Marker[];
}

/** The line (or bars) of people per year, with its value labels and marker rules. */
export function trendChart(
  model: TrendModel,
  context: ChartContext,
  { bars, markers }: TrendSettings,
): ChartConfiguration {
  const { theme, strings, format } = context;
  const texts = trendStrings[strings.lang];
  const years = model.points.map((point) => point.year);
  const values = model.points.map((point) => point.value);
  const fontSize = smallFontSize(context);
  const many = model.points.length > MANY_POINTS;
  const lines = markers.map((marker) => ({
    position: bars ? categoryPosition(years, markerPosition(marker)) : markerPosition(marker),
    label: marker.label ?? format.month(marker.year, marker.month),
  }));
  const options = commonOptions(context);
  const labels: ValueLabel[] = labelledIndexes(values).map((index, rank) => ({
    dataset: 0,
    index,
    text: format.number(values[index] ?? 0),
    // The latest and the first value: the change the headline figure states.
    essential: rank < 2,
  }));
  const plugins = {
    ...options.plugins,
    ncMarkers: { lines, color: theme.marker, font: smallCanvasFont(context), fontSize },
    ncValueLabels: valueLabelOptions(labels, context),
  };
  const layout = { padding: { top: lines.length > 0 ? markerLabelSpace(fontSize) : 8, right: 8 } };
  const label = texts.series;
  const color = theme.series[0];
  // The value labels come last: drawn over the marker's rule, never under it.
  const drawing = [...context.plugins, markerPlugin, valueLabelPlugin];
  if (bars) {
    return {
      type: 'bar',
      data: {
        labels: years.map(format.year),
        datasets: [{ label, data: values, backgroundColor: color }],
      },
      options: { ...options, layout, plugins, scales: { x: categoryAxis(context), y: countAxis(context) } },
      plugins: drawing,
    };
  }
  // Years between two measurements were not measured: the line across them is dashed and lighter, so
  // it does not read as a steady year-by-year change. A series with no such gap gets no segment styles:
  // Chart.js would resolve them for every pair of points (a fifth of the time of 9000 points) to find none.
  const unmeasured = (segment: ScriptableLineSegmentContext): boolean =>
    (segment.p1.parsed.x ?? 0) - (segment.p0.parsed.x ?? 0) > 1;
  const segment = {
    borderColor: (context: ScriptableLineSegmentContext) => (unmeasured(context) ? theme.unmeasured : undefined),
    borderDash: (context: ScriptableLineSegmentContext) => (unmeasured(context) ? [6, 5] : undefined),
  };
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label,
          data: model.points.map((point) => ({ x: point.year, y: point.value })),
          borderColor: color,
          backgroundColor: color,
          borderWidth: many ? 1.5 : 3,
          ...(hasGaps(years) ? { segment } : {}),
          // Thousands of point markers would hide the line and cost most of the drawing time; fewer are
          // drawn smaller where they crowd (124 years in 190 px made a beaded band of the line).
          pointRadius: many
            ? 0
            : (point: ScriptableContext<'line'>) => pointRadius(point.chart.chartArea, values.length),
          pointHoverRadius: many ? 4 : 7,
          pointStyle: 'circle',
        },
      ],
    },
    options: {
      ...options,
      parsing: false,
      normalized: true,
      layout,
      plugins,
      scales: {
        x: yearAxis(
          years,
          lines.map((line) => line.position),
          context,
        ),
        y: countAxis(context),
      },
    },
    // Long series are thinned to what the pixels can show (min and max per column): fast, and no peak lost.
    plugins: [decimationPlugin, ...drawing],
  };
}

/** A point's radius: 5 px where points are at least 12 px apart, smaller where closer, none under 4 px. */
function pointRadius(area: ChartArea | undefined, count: number): number {
  const spacing = (area?.width ?? Infinity) / count;
  return spacing < 4 ? 0 : Math.min(5, Math.max(2, (spacing - 2) / 2));
}

/** True when some years between the first and the last were not measured. */
const hasGaps = (years: readonly number[]): boolean =>
  years.some((year, index) => index > 0 && year - (years[index - 1] ?? year) > 1);

/** Above this many points, the line is drawn without point markers (thinning is by pixel column: core/decimation). */
const MANY_POINTS = 200;

/**
 * A linear axis of years, so that uneven gaps between measurements take their true width; it reaches as
 * far as the markers, which are dated within the years (a marker late in the last year is after its
 * point). Few years: a tick at each measured year, as many as fit (the first and the last always). Many:
 * Chart.js's ticks, as many as the width holds. Labels are never grouped ("2017", not "2 017").
 */
function yearAxis(years: readonly number[], markers: readonly number[], context: ChartContext) {
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  const pad = Math.max(0.5, (last - first) * 0.06);
  const min = first - pad;
  const max = Math.max(last + pad, ...markers.map((position) => position + pad / 2));
  const slot = yearLabelSlot(context);
  return {
    type: 'linear' as const,
    min,
    max,
    grid: { display: false },
    border: { color: context.theme.axis },
    afterBuildTicks: (axis: { ticks: { value: number }[]; width: number }) => {
      // The smallest distance, in years, that keeps two year labels apart at this width.
      const distance = slot / Math.max(axis.width / (max - min), Number.EPSILON);
      const ticks = years.length <= 12 ? spaced(years, distance) : roundYears(first, last, distance);
      axis.ticks = ticks.map((value) => ({ value }));
    },
    ticks: {
      color: context.theme.textMuted,
      font: smallFont(context),
      callback: (value: number | string) => String(value),
    },
  };
}

/** Years that are multiples of a round step (1, 2, 5, 10, 20, 25, 50…) at least `distance` apart. */
function roundYears(first: number, last: number, distance: number): number[] {
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
  const step = steps.find((candidate) => candidate >= distance) ?? Math.ceil(distance / 1000) * 1000;
  const years: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) years.push(year);
  return years;
}

/** The years, less those closer than `distance` to the one kept before; the last year always stays. */
function spaced(years: readonly number[], distance: number): number[] {
  const kept: number[] = [];
  for (const year of years) {
    const previous = kept[kept.length - 1];
    if (previous === undefined || year - previous >= distance) kept.push(year);
  }
  const last = years[years.length - 1];
  if (last !== undefined && kept[kept.length - 1] !== last) {
    if (kept.length > 1) kept.pop();
    kept.push(last);
  }
  return kept;
}

/**
 * On a category axis of years (bars), the gap before the first bar of the date's year or later: a bar
 * stands for a whole year, so May 2022 between the bars of 2017 and 2023 is drawn between them (0.5), and
 * a date in 2022 where 2022 has a bar at the start of that bar. A rule drawn through a bar would cross it
 * at less than 3:1. NaN (not drawn) outside the years shown.
 */
function categoryPosition(years: readonly number[], position: number): number {
  const year = Math.floor(position);
  const index = years.findIndex((shown) => shown >= year);
  return index < 0 || year < (years[0] ?? 0) ? Number.NaN : index - 0.5;
}
