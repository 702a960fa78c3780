import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { NcChartElement, type ChartContext, type TableBody } from '../../core/chart-element.js';
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
import { homelessTrendStyles } from './homeless-trend.styles.js';
import { DEFAULT_TREND, DEFAULT_TREND_MARKERS } from '../../data/defaults.js';
import { markerPosition, parseMarkers } from '../../data/markers.js';
import { parseTrend, parseTrendTable, percentChange, trendEnds } from '../../data/trend.js';
import type { ChartConfiguration, ScriptableLineSegmentContext } from 'chart.js';
import type { Locale, View } from '../../core/nc-element.js';
import type { PointPosition } from '../../a11y/point-navigation.js';
import type { DataError } from '../../data/errors.js';
import type { DecimalSeparator } from '../../data/number.js';
import type { Marker, TrendModel } from '../../data/model.js';
import type { Strings } from '../../i18n/index.js';

/**
 * People in homelessness per year, as a line (default) or bars, with the change over the period as a
 * headline figure and optional markers such as the start of Housing First. With no data it shows
 * Norrköping's figures from Socialstyrelsen's mapping: 814 people in 2017, 473 in 2023.
 *
 * @tagname homeless-trend
 * @summary Homelessness trend chart.
 *
 * @fires chart-render - After each draw. `detail.chart` is the Chart.js instance.
 * @fires data-error - When the input is invalid. `detail: { code, message, input }`.
 *
 * @csspart heading - The title.
 * @csspart figure - The headline change.
 * @csspart chart - The plot area (`role="img"`).
 * @csspart summary - The text summary.
 * @csspart tooltip - The tooltip of the point under the pointer or the keyboard focus.
 * @csspart actions - The buttons: show the table, download CSV, download PNG.
 * @csspart table - The data table (visually hidden until shown; always read by screen readers).
 * @csspart source - The source line.
 * @csspart error - The message shown for invalid input.
 *
 * @cssprop --nc-font-family - Font of all text; default `inherit` (the page's font).
 * @cssprop --nc-color-text - Text colour.
 * @cssprop --nc-color-text-muted - Secondary text: axes, source.
 * @cssprop --nc-color-background - Background.
 * @cssprop --nc-color-axis - Axis lines.
 * @cssprop --nc-color-link - Links and the buttons' text.
 * @cssprop --nc-color-error - The error message's border.
 * @cssprop --nc-color-error-background - The error message's background.
 * @cssprop --nc-space - The spacing unit; default `4px`.
 * @cssprop --nc-radius - Corner radius of the box and the buttons; default `4px`.
 * @cssprop --nc-heading-size - Size of the heading; default `1.25rem`.
 * @cssprop --nc-figure-size - Size of the headline figure; default `2rem`.
 * @cssprop --nc-chart-min-height - Smallest height of the plot; default `12rem`.
 * @cssprop --nc-color-grid - Grid lines.
 * @cssprop --nc-color-series-1 - The line or bars.
 * @cssprop --nc-color-marker - Marker rules and labels.
 * @cssprop --nc-color-focus - Focus ring of the plot and the buttons.
 * @cssprop --nc-aspect-ratio - Width to height of the plot; default `16 / 9`.
 */
export class HomelessTrend extends NcChartElement<TrendModel> {
  static override styles = [...NcChartElement.styles, homelessTrendStyles];

  /** `line` (default) or `bar`. */
  @property() type: 'line' | 'bar' = 'line';

  /** Events to mark on the time axis, as JSON: `[{"date":"2022-05","label":"Bostad först"}]`. With no data and no markers, Housing First (May 2022) is marked. */
  @property() markers?: string;

  protected readonly defaults = DEFAULT_TREND;

  /** One series: ↑/↓ have nothing to move between. */
  protected readonly multipleSeries = false;

  private markerList: readonly Marker[] = [];

  protected override prepare(view: View<TrendModel> | null): DataError | null {
    if (!this.markers) {
      this.markerList = view?.provenance === DEFAULT_TREND.provenance ? DEFAULT_TREND_MARKERS : [];
      return null;
    }
    const markers = parseMarkers(this.markers);
    this.markerList = markers.ok ? markers.value : [];
    return markers.ok ? null : markers.error;
  }

  protected parseData(input: unknown, decimal: DecimalSeparator) {
    return parseTrend(input, decimal);
  }

  protected parseTable(cells: readonly (readonly string[])[], decimal: DecimalSeparator) {
    return parseTrendTable(cells, decimal);
  }

  protected defaultHeading(strings: Strings): string {
    return strings.trend.heading;
  }

  protected summaryText(model: TrendModel, heading: string, locale: Locale): string {
    const { strings, format } = locale;
    const markers = this.markerList.map((marker) =>
      strings.trend.markerSentence(marker.label ?? strings.trend.housingFirst, format.month(marker.year, marker.month)),
    );
    return [this.changeSentence(model, heading, locale), measuredSentence(model, locale), ...markers]
      .filter(Boolean)
      .join(' ');
  }

  /** The change from the first to the last measurement, with numbers a screen reader reads whole. */
  private changeSentence(model: TrendModel, heading: string, { strings, format }: Locale): string {
    const ends = trendEnds(model);
    if (!ends) {
      const only = model.points.find((point) => point.value !== null);
      return only ? strings.trend.summaryOne(heading, format.year(only.year), format.spoken(only.value ?? 0)) : heading;
    }
    const change = percentChange(ends.first.value, ends.last.value);
    return strings.trend.summary({
      heading,
      firstYear: format.year(ends.first.year),
      first: format.spoken(ends.first.value),
      lastYear: format.year(ends.last.year),
      last: format.spoken(ends.last.value),
      change: change === null ? null : format.change(change),
      fell: ends.last.value < ends.first.value,
    });
  }

  protected tableLength(model: TrendModel): number {
    return model.points.length;
  }

  protected tableBody(model: TrendModel, locale: Locale, rows: boolean): TableBody {
    const { strings, format } = locale;
    const points = rows ? model.points : [];
    return {
      note: measuredSentence(model, locale),
      columns: [strings.year, strings.trend.series],
      rows: points.map(({ year, value }) => [format.year(year), value === null ? '–' : format.number(value)]),
      values: points.map(({ year, value }) => [year, value]),
    };
  }

  protected pointText(model: TrendModel, { index }: PointPosition, { strings, format }: Locale): string {
    const point = model.points[index];
    const value = point?.value ?? null;
    if (!point || value === null) return '';
    return `${format.year(point.year)}: ${strings.trend.people(format.spoken(value), value)}`;
  }

  /** The change, named by its period ("−42 % 2017–2023"), over the two measurements it is computed from. */
  protected renderFigure(model: TrendModel, { strings, format }: Locale): TemplateResult | typeof nothing {
    const ends = trendEnds(model);
    if (!ends) return nothing;
    const change = percentChange(ends.first.value, ends.last.value);
    return html`<p class="figure" part="figure">
      ${change === null ? nothing : html`<span class="figure-value">${format.change(change)}</span>`}
      <span class="figure-period nowrap">${format.period(ends.first.year, ends.last.year)}</span>
      <span class="figure-detail figure-line">
        ${format.number(ends.first.value)}<span class="arrow" aria-hidden="true">→</span
        ><span class="visually-hidden"> ${strings.trend.to} </span
        >${strings.trend.people(format.number(ends.last.value), ends.last.value)}
      </span>
    </p>`;
  }

  protected chartConfig(model: TrendModel, context: ChartContext): ChartConfiguration {
    const { theme, strings, format } = context;
    const years = model.points.map((point) => point.year);
    const values = model.points.map((point) => point.value);
    const fontSize = smallFontSize(context);
    const bars = this.type === 'bar';
    const many = model.points.length > MANY_POINTS;
    const lines = this.markerList.map((marker) => ({
      position: bars ? categoryPosition(years, markerPosition(marker)) : markerPosition(marker),
      label: marker.label ?? strings.trend.housingFirst,
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
    const label = strings.trend.series;
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
    // it does not read as a steady year-by-year change.
    const unmeasured = (segment: ScriptableLineSegmentContext): boolean =>
      (segment.p1.parsed.x ?? 0) - (segment.p0.parsed.x ?? 0) > 1;
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
            segment: {
              borderColor: (segment) => (unmeasured(segment) ? theme.unmeasured : undefined),
              borderDash: (segment) => (unmeasured(segment) ? [6, 5] : undefined),
            },
            // Thousands of point markers would hide the line and cost most of the drawing time.
            pointRadius: many ? 0 : 5,
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
        scales: { x: yearAxis(years, context), y: countAxis(context) },
      },
      // Long series are thinned to what the pixels can show (min and max per column): fast, and no peak lost.
      plugins: [decimationPlugin, ...drawing],
    };
  }
}

/**
 * "Uppmätt 2017 och 2023; åren däremellan mättes inte." when some years between the first and the last
 * measurement were not measured (Socialstyrelsen maps every six years); empty when every year was.
 */
function measuredSentence(model: TrendModel, { strings, format }: Locale): string {
  const years = model.points.filter((point) => point.value !== null).map((point) => point.year);
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined || last - first + 1 === years.length) return '';
  const runs: [number, number][] = [];
  for (const year of years) {
    const run = runs[runs.length - 1];
    if (run && year === run[1] + 1) run[1] = year;
    else runs.push([year, year]);
  }
  if (runs.length > MAX_LISTED_RUNS)
    return strings.trend.measuredSome(
      format.spoken(years.length),
      format.spoken(last - first + 1),
      format.period(first, last),
    );
  return strings.trend.measured(
    format.list(runs.map(([from, to]) => (from === to ? format.year(from) : format.period(from, to)))),
  );
}

/** Beyond this many runs of measured years, the sentence counts them instead of listing them. */
const MAX_LISTED_RUNS = 6;

/** Above this many points, the line is drawn without point markers and decimated. */
const MANY_POINTS = 200;

/**
 * A linear axis of years, so that uneven gaps between measurements take their true width. Few years: a
 * tick at each measured year, as many as fit (the first and the last always). Many: Chart.js's ticks, as
 * many as the width holds. Labels are never grouped ("2017", not "2 017").
 */
function yearAxis(years: readonly number[], context: ChartContext) {
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  const pad = Math.max(0.5, (last - first) * 0.06);
  const slot = yearLabelSlot(context);
  return {
    type: 'linear' as const,
    min: first - pad,
    max: last + pad,
    grid: { display: false },
    border: { color: context.theme.axis },
    afterBuildTicks: (axis: { ticks: { value: number }[]; width: number }) => {
      // The smallest distance, in years, that keeps two year labels apart at this width.
      const distance = slot / Math.max(axis.width / (last - first + 2 * pad), Number.EPSILON);
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

/** On a category axis of years, the fractional index where a date falls (May 2022 between 2017 and 2023 → 0.89). */
function categoryPosition(years: readonly number[], position: number): number {
  for (const [index, from] of years.entries()) {
    const to = years[index + 1];
    if (to !== undefined && position >= from && position <= to) return index + (position - from) / (to - from);
  }
  return Number.NaN;
}

declare global {
  interface HTMLElementTagNameMap {
    'homeless-trend': HomelessTrend;
  }
}
