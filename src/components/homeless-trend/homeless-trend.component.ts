import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { NcChartElement, type ChartContext } from '../../core/chart-element.js';
import type { TableBody } from '../../a11y/data-table.js';
import { onDemand } from '../../core/on-demand.js';
import { optionAttribute } from '../../core/option-attribute.js';
import { homelessTrendStyles } from './homeless-trend.styles.js';
import { DEFAULT_TREND, DEFAULT_TREND_MARKERS } from '../../data/defaults.js';
import { markersWithin, parseMarkers } from '../../data/markers.js';
import { parseTrend, parseTrendTable, percentChange, trendEnds, type Measured } from '../../data/trend.js';
import type { ChartConfiguration } from 'chart.js';
import type { Locale, View } from '../../core/nc-element.js';
import type { NcChartEventMap } from '../../core/events.js';
import { ok, unknownOption, type DataError } from '../../data/errors.js';
import type { DecimalSeparator } from '../../data/number.js';
import type { Marker, MarkersInput, TrendInput, TrendModel } from '../../data/model.js';
import { trendStrings } from '../../i18n/trend-strings.js';
import { chartStrings } from '../../i18n/chart-strings.js';
import type { Lang, Strings } from '../../i18n/index.js';
import type { Format } from '../../i18n/format.js';
import type * as TrendDrawingModule from './homeless-trend.chart.js';

type TrendDrawing = typeof TrendDrawingModule;

const TYPES = ['line', 'bar'];

/** The drawing code (with Chart.js), fetched when the first <homeless-trend> is connected. */
const trendDrawing = onDemand<TrendDrawing>(() => import('./homeless-trend.chart.js'));

/**
 * People in homelessness per year, as a line (default) or bars, with the change over the period as a
 * headline figure and optional markers such as the start of Housing First. With no data it shows
 * Norrköping's figures from Socialstyrelsen's mapping: 814 people in 2017, 473 in 2023.
 *
 * @tagname homeless-trend
 * @summary Homelessness trend chart.
 *
 * @slot - A `<table>` of figures (years, people), read as data; shown as written under the message when its figures cannot be read.
 *
 * @csspart figure - The headline change.
 *
 * @cssprop --nc-color-series-1 - The line or bars.
 * @cssprop --nc-color-unmeasured - The dashed line across years that were not measured; default a lighter blue, or `--nc-color-series-1` where the page sets that.
 * @cssprop --nc-color-marker - Marker rules and labels.
 */
export class HomelessTrend extends NcChartElement<TrendModel, TrendDrawing, HomelessTrendEventMap> {
  static override styles = [...NcChartElement.styles, homelessTrendStyles];
  static override properties: PropertyDeclarations = {
    type: { converter: optionAttribute },
    markers: {},
  };

  /** The figures: JSON text (attribute), or rows, a year map or the model as a value (property). */
  declare data?: TrendInput | null | undefined;

  /** `line` (default) or `bar`. */
  type: 'line' | 'bar' = 'line';

  /**
   * Events to mark on the time axis: `[{"date":"2022-05","label":"Bostad först"}]`, as JSON (the attribute)
   * or an array (the property). With no data and no markers, Housing First (May 2022) is marked.
   */
  markers?: MarkersInput | undefined;

  protected readonly defaults = DEFAULT_TREND;

  /** One series: ↑/↓ have nothing to move between. */
  protected readonly multipleSeries = false;

  #markerList: readonly Marker[] = [];
  /** Whether the markers are the embedded one, Housing First, named in the page's language. */
  #markersEmbedded = false;

  protected get drawing() {
    return trendDrawing;
  }

  protected override prepare(view: View<TrendModel> | null): DataError | null {
    this.#markersEmbedded = !this.markers && view?.provenance === DEFAULT_TREND.provenance;
    const markers = this.markers ? parseMarkers(this.markers) : ok(this.#markersEmbedded ? DEFAULT_TREND_MARKERS : []);
    const points = view?.model.points ?? [];
    const within = markersWithin(markers.ok ? markers.value : [], points[0]?.year ?? 0, points.at(-1)?.year ?? 0);
    this.#markerList = within.markers;
    return (
      (markers.ok ? null : markers.error) ??
      within.error ??
      unknownOption('type', this.type, TYPES) ??
      super.prepare(view)
    );
  }

  protected parseData(input: unknown, decimal: DecimalSeparator) {
    return parseTrend(input, decimal);
  }

  protected parseTable(cells: readonly (readonly string[])[], decimal: DecimalSeparator) {
    return parseTrendTable(cells, decimal);
  }

  protected defaultHeading(strings: Strings): string {
    return trendStrings[strings.lang].heading;
  }

  /** Where `heading=""` hides the heading, the series, not "… i Norrköping": the figures may be any place's. */
  protected override subjectText(strings: Strings): string {
    return this.headingText(strings) || trendStrings[strings.lang].series;
  }

  protected summaryText(model: TrendModel, heading: string, locale: Locale): string {
    return [this.#changeSentence(model, heading, locale), this.#note(model, locale)].filter(Boolean).join(' ');
  }

  /**
   * What a reader needs to read the figures right, in the summary and under the table (also where a
   * page's `description` replaces the summary): which years were measured, and the markers.
   */
  #note(model: TrendModel, locale: Locale): string {
    const { strings, format } = locale;
    const texts = trendStrings[strings.lang];
    const markers = this.#markers(strings.lang).map((marker) =>
      texts.markerSentence(marker.label, format.month(marker.year, marker.month)),
    );
    return [measuredSentence(model, locale), ...markers].filter(Boolean).join(' ');
  }

  /** The change from the first to the last measurement, with numbers a screen reader reads whole. */
  #changeSentence(model: TrendModel, heading: string, { strings, format }: Locale): string {
    const texts = trendStrings[strings.lang];
    const ends = trendEnds(model);
    if (!ends) {
      const only = model.points.find((point) => point.value !== null);
      return only?.value != null
        ? texts.summaryOne(heading, format.year(only.year), texts.people(format.spoken(only.value)))
        : heading;
    }
    return texts.summary({
      heading,
      firstYear: format.year(ends.first.year),
      first: texts.people(format.spoken(ends.first.value)),
      lastYear: format.year(ends.last.year),
      last: texts.people(format.spoken(ends.last.value)),
      change: changeText(ends, format),
      direction: ends.last.value < ends.first.value ? 'fell' : ends.last.value > ends.first.value ? 'rose' : 'same',
    });
  }

  protected tableLength(model: TrendModel): number {
    return model.points.length;
  }

  protected tableBody(model: TrendModel, locale: Locale): TableBody {
    const { strings, format } = locale;
    const { points } = model;
    const { year: yearColumn, noValue } = chartStrings[strings.lang];
    return {
      note: this.#note(model, locale),
      columns: [yearColumn, trendStrings[strings.lang].series],
      rows: points.map(({ year, value }) => [format.year(year), value === null ? noValue : format.number(value)]),
      values: points.map(({ year, value }) => [year, value]),
    };
  }

  /**
   * The change, named by its period ("−42 % 2017–2023"), over the two measurements it is computed from. A
   * comma only screen readers get keeps the period's last year apart from the first figure ("2023, 814").
   */
  protected renderFigure(model: TrendModel, { strings, format }: Locale): TemplateResult | typeof nothing {
    const ends = trendEnds(model);
    if (!ends) return nothing;
    const change = changeText(ends, format);
    const texts = trendStrings[strings.lang];
    return html`<p class="figure" part="figure" aria-hidden=${this.summarySaysFigure ? 'true' : nothing}>
      ${change === null ? nothing : html`<span class="figure-value">${change}</span>`}
      <span class="figure-period">${format.period(ends.first.year, ends.last.year)}<span class="spoken">,</span></span>
      <span class="figure-detail figure-line">
        ${format.number(ends.first.value)}<span class="arrow" aria-hidden="true">&rarr;</span
        ><span class="spoken"> ${strings.notation.to} </span>${texts.people(format.number(ends.last.value))}
      </span>
    </p>`;
  }

  protected chartConfig(drawing: TrendDrawing, model: TrendModel, context: ChartContext): ChartConfiguration {
    return drawing.trendChart(model, context, {
      bars: this.type === 'bar',
      markers: this.#markers(context.strings.lang),
    });
  }

  /** The markers, the embedded one labelled; a marker given without a label has none (the chart shows its date). */
  #markers(lang: Lang): Marker[] {
    const housingFirst = trendStrings[lang].housingFirst;
    return this.#markerList.map((marker) => (this.#markersEmbedded ? { ...marker, label: housingFirst } : marker));
  }
}

/**
 * The change from the first figure to the last in whole per cent, or with as many decimals (up to three) as
 * it takes not to read −100 % unless it is: 1000 → 2 reads "−99,8 %", not "−100 %" beside 2 people. (Nor
 * does it read 0 % unless it is: format.change.)
 */
function changeText({ first, last }: { first: Measured; last: Measured }, format: Format): string | null {
  const change = percentChange(first.value, last.value);
  if (change === null) return null;
  for (const places of [0, 1, 2]) {
    const text = format.change(change, places);
    if (change === -100 || text !== format.change(-100)) return text;
  }
  return format.change(change, 3);
}

/**
 * "Uppmätt 2017 och 2023; åren däremellan mättes inte." when some years between the first and the last
 * measurement were not measured (Socialstyrelsen maps every six years); empty when every year was. Runs of
 * years in words, "2015 till 2017" (`format.span`).
 */
function measuredSentence(model: TrendModel, { strings, format }: Locale): string {
  const ends = trendEnds(model);
  if (!ends) return '';
  const [first, last] = [ends.first.year, ends.last.year];
  // Distinct years in order: as many measured as the period has years means none is missing.
  const count = model.points.reduce((measured, point) => measured + (point.value === null ? 0 : 1), 0);
  if (last - first + 1 === count) return '';
  const years = model.points.filter((point) => point.value !== null).map((point) => point.year);
  const runs: [number, number][] = [];
  for (const year of years) {
    const run = runs[runs.length - 1];
    if (run && year === run[1] + 1) run[1] = year;
    else runs.push([year, year]);
  }
  const texts = trendStrings[strings.lang];
  if (runs.length > MAX_LISTED_RUNS)
    return texts.measuredSome(format.spoken(years.length), format.spoken(last - first + 1), format.span(first, last));
  return texts.measured(
    format.list(runs.map(([from, to]) => (from === to ? format.year(from) : format.span(from, to)))),
    last - first - count === 0,
  );
}

/** Beyond this many runs of measured years, the sentence counts them instead of listing them. */
const MAX_LISTED_RUNS = 6;

/** The events of `<homeless-trend>` as its `addEventListener` types them: `chart-render`'s `detail.chart` is a Chart. */
export type HomelessTrendEventMap = NcChartEventMap;

declare global {
  interface HTMLElementTagNameMap {
    'homeless-trend': HomelessTrend;
  }
}
