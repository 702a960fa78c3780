import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { NcChartElement, type ChartContext } from '../../core/chart-element.js';
import type { TableBody } from '../../a11y/data-table.js';
import { onDemand } from '../../core/on-demand.js';
import { preventionStatsStyles } from './prevention-stats.styles.js';
import { DEFAULT_PREVENTION } from '../../data/defaults.js';
import { oneYear, parsePrevention, parsePreventionTable } from '../../data/prevention.js';
import type { ChartConfiguration } from 'chart.js';
import type { Locale, View } from '../../core/nc-element.js';
import type { NcChartEventMap } from '../../core/events.js';
import type { DecimalSeparator } from '../../data/number.js';
import type { PreventionInput, PreventionModel, PreventionRow } from '../../data/model.js';
import { preventionStrings } from '../../i18n/prevention-strings.js';
import { chartStrings } from '../../i18n/chart-strings.js';
import type { Strings } from '../../i18n/index.js';
import type * as PreventionDrawingModule from './prevention-stats.chart.js';

type PreventionDrawing = typeof PreventionDrawingModule;

/** The drawing code (with Chart.js), fetched when the first <prevention-stats> is connected. */
const preventionDrawing = onDemand<PreventionDrawing>(() => import('./prevention-stats.chart.js'));

/**
 * Eviction-prevention outcomes per year: families with children who kept their home, and the children
 * among them, as grouped bars. With no data it shows Norrköping's 2023 figures: 53 families, 109 children.
 *
 * @tagname prevention-stats
 * @summary Eviction-prevention chart.
 *
 * @slot - A `<table>` of figures (years, families, children), read as data; shown as written under the message when its figures cannot be read.
 *
 * @csspart figure - The latest year's figures.
 * @csspart legend - The legend of the two series (HTML, below the plot).
 *
 * @cssprop --nc-color-series-1 - Bars for families.
 * @cssprop --nc-color-series-2 - Bars for children.
 */
export class PreventionStats extends NcChartElement<PreventionModel, PreventionDrawing, PreventionStatsEventMap> {
  static override styles = [...NcChartElement.styles, preventionStatsStyles];
  static override properties: PropertyDeclarations = {
    barNamesFit: { state: true },
  };

  protected static override readonly presentationOnly: ReadonlySet<PropertyKey> = new Set([
    ...NcChartElement.presentationOnly,
    'barNamesFit',
  ]);

  /** The figures: JSON text (attribute), or rows, a year map or the model as a value (property). */
  declare data?: PreventionInput | null | undefined;

  protected readonly defaults = DEFAULT_PREVENTION;

  protected get drawing() {
    return preventionDrawing;
  }

  /** One year: false when the bars' names do not fit under them (narrow, large text); the legend names them. */
  private barNamesFit = true;
  /** Several years: ↑/↓ move between families and children. One year: the two are side by side (←/→). */
  protected override get multipleSeries(): boolean {
    return !this.view || !oneYear(this.view.model);
  }

  protected parseData(input: unknown, decimal: DecimalSeparator) {
    return parsePrevention(input, decimal);
  }

  protected parseTable(cells: readonly (readonly string[])[], decimal: DecimalSeparator) {
    return parsePreventionTable(cells, decimal);
  }

  protected defaultHeading(strings: Strings): string {
    return preventionStrings[strings.lang].heading;
  }

  /** The latest year's figures, and, where the chart shows several years, which. */
  protected summaryText(model: PreventionModel, heading: string, { strings, format }: Locale): string {
    const row = latest(model);
    if (!row) return heading;
    const texts = preventionStrings[strings.lang];
    const latestYear = texts.summary(
      heading,
      row.families === null ? null : format.spoken(row.families),
      row.children === null ? null : format.spoken(row.children),
      format.year(row.year),
    );
    // The years that have bars: a period where they follow one another, else each ("2019 och 2023").
    const { rows } = model;
    const [first, last] = [rows[0], rows[rows.length - 1]];
    if (!first || !last || first === last) return latestYear;
    const years =
      last.year - first.year === rows.length - 1
        ? format.span(first.year, last.year)
        : format.list(rows.map((row) => format.year(row.year)));
    return `${latestYear} ${texts.years(years)}`;
  }

  protected tableLength(model: PreventionModel): number {
    return model.rows.length;
  }

  protected tableBody({ rows: years }: PreventionModel, locale: Locale): TableBody {
    const { strings, format } = locale;
    const texts = preventionStrings[strings.lang];
    return {
      columns: [chartStrings[strings.lang].year, texts.families, texts.children],
      rows: years.map(({ year, families, children }) => [
        format.year(year),
        count(families, locale),
        count(children, locale),
      ]),
      values: years.map(({ year, families, children }) => [year, families, children]),
    };
  }

  /** The latest year's two counts; one not known is said in words beside its unit ("barnfamiljer: uppgift saknas"). */
  protected renderFigure(model: PreventionModel, locale: Locale): TemplateResult {
    const row = latest(model);
    const texts = preventionStrings[locale.strings.lang];
    const group = (figure: number | null = null, unit: (count: string) => string, after: unknown) => {
      const shown = count(figure, locale);
      return html`<span class="figure-group"
        >${figure === null ? nothing : html`<span class="figure-value">${shown}</span> `}<span class="figure-detail"
          >${unit(shown)}${figure === null ? `: ${shown}` : ''}${after}</span
        ></span
      >`;
    };
    return html`<p class="figure" part="figure" aria-hidden=${this.summarySaysFigure ? 'true' : nothing}>
      ${group(row?.families, texts.familiesUnit, html`<span class="spoken">,</span>`)}
      ${group(row?.children, texts.childrenUnit, row ? `, ${locale.format.year(row.year)}` : '')}
    </p>`;
  }

  /**
   * The legend is HTML, not drawn: real text that zooms, wraps and takes forced colours; swatches match the
   * bars. One year needs none while the two bars are named on the axis. It says which bars are which in the
   * picture, which screen readers get as text (its name, summary, table and keys): hidden from them, it is
   * not read as a list of two names out of context.
   */
  protected override renderBody(view: View<PreventionModel>, summary: string, locale: Locale): TemplateResult {
    const texts = preventionStrings[locale.strings.lang];
    return html`${super.renderBody(view, summary, locale)}
    ${
      oneYear(view.model) && this.barNamesFit
        ? nothing
        : html`<ul class="legend" part="legend" aria-hidden="true">
            <li><span class="swatch families" aria-hidden="true"></span>${texts.families}</li>
            <li><span class="swatch children" aria-hidden="true"></span>${texts.children}</li>
          </ul>`
    }`;
  }

  protected chartConfig(drawing: PreventionDrawing, model: PreventionModel, context: ChartContext): ChartConfiguration {
    return drawing.preventionChart(model, context, this.#onBarNamesFit);
  }

  readonly #onBarNamesFit = (fit: boolean): void => {
    this.barNamesFit = fit;
  };
}

/** The latest year with any figure. */
function latest(model: PreventionModel): PreventionRow | undefined {
  return model.rows.findLast((row) => row.families !== null || row.children !== null);
}

/** A count as the table and the figure show it: a gap in words, since a dash reads as 0 in official statistics. */
const count = (value: number | null, { format, strings }: Locale): string =>
  value === null ? chartStrings[strings.lang].noValue : format.number(value);

/** The events of `<prevention-stats>` as its `addEventListener` types them: `chart-render`'s `detail.chart` is a Chart. */
export type PreventionStatsEventMap = NcChartEventMap;

declare global {
  interface HTMLElementTagNameMap {
    'prevention-stats': PreventionStats;
  }
}
