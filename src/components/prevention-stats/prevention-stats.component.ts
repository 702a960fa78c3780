import { html, type TemplateResult } from 'lit';
import { NcChartElement, type ChartContext, type TableBody } from '../../core/chart-element.js';
import { stripes } from '../../core/patterns.js';
import { categoryAxis, commonOptions, countAxis } from '../../core/chart-options.js';
import { preventionStatsStyles } from './prevention-stats.styles.js';
import { DEFAULT_PREVENTION } from '../../data/defaults.js';
import { parsePrevention, parsePreventionTable } from '../../data/prevention.js';
import type { ChartConfiguration } from 'chart.js';
import type { Locale, View } from '../../core/nc-element.js';
import type { PointPosition } from '../../a11y/point-navigation.js';
import type { DecimalSeparator } from '../../data/number.js';
import type { PreventionModel, PreventionRow } from '../../data/model.js';
import type { Strings } from '../../i18n/index.js';

/**
 * Eviction-prevention outcomes per year: families with children who kept their home, and the children
 * among them, as grouped bars. With no data it shows Norrköping's 2023 figures: 53 families, 109 children.
 *
 * @tagname prevention-stats
 * @summary Eviction-prevention chart.
 *
 * @fires chart-render - After each draw. `detail.chart` is the Chart.js instance.
 * @fires data-error - When the input is invalid. `detail: { code, message, input }`.
 *
 * @csspart heading - The title.
 * @csspart figure - The latest year's figures.
 * @csspart chart - The plot area (`role="img"`).
 * @csspart summary - The text summary.
 * @csspart tooltip - The tooltip of the point under the pointer or the keyboard focus.
 * @csspart actions - The buttons: show the table, download CSV, download PNG.
 * @csspart table - The data table (visually hidden until shown; always read by screen readers).
 * @csspart legend - The legend of the two series (HTML, below the plot).
 * @csspart source - The source line.
 * @csspart error - The message shown for invalid input.
 *
 * @cssprop --nc-font-family - Font of all text; default `inherit` (the page's font).
 * @cssprop --nc-color-text - Text colour.
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
 * @cssprop --nc-color-series-1 - Bars for families.
 * @cssprop --nc-color-series-2 - Bars for children.
 * @cssprop --nc-color-focus - Focus ring of the plot and the buttons.
 * @cssprop --nc-aspect-ratio - Width to height of the plot; default `16 / 9`.
 */
export class PreventionStats extends NcChartElement<PreventionModel> {
  static override styles = [...NcChartElement.styles, preventionStatsStyles];

  protected readonly defaults = DEFAULT_PREVENTION;
  protected override readonly multipleSeries = true;

  protected parseData(input: unknown, decimal: DecimalSeparator) {
    return parsePrevention(input, decimal);
  }

  protected parseTable(cells: readonly (readonly string[])[], decimal: DecimalSeparator) {
    return parsePreventionTable(cells, decimal);
  }

  protected defaultHeading(strings: Strings): string {
    return strings.prevention.heading;
  }

  protected summaryText(model: PreventionModel, heading: string, { strings, format }: Locale): string {
    const row = latest(model);
    if (!row) return heading;
    return strings.prevention.summary(
      heading,
      count(row.families, format.spoken),
      count(row.children, format.spoken),
      format.year(row.year),
    );
  }

  protected tableBody(model: PreventionModel, { strings, format }: Locale): TableBody {
    return {
      columns: [strings.year, strings.prevention.families, strings.prevention.children],
      rows: model.rows.map(({ year, families, children }) => [
        format.year(year),
        count(families, format.number),
        count(children, format.number),
      ]),
      values: model.rows.map(({ year, families, children }) => [year, families, children]),
    };
  }

  protected pointText(model: PreventionModel, { series, index }: PointPosition, { strings, format }: Locale): string {
    const row = model.rows[index];
    if (!row) return '';
    const [label, value] =
      series === 0 ? [strings.prevention.families, row.families] : [strings.prevention.children, row.children];
    return `${format.year(row.year)}, ${label}: ${count(value, format.spoken)}`;
  }

  protected renderFigure(model: PreventionModel, { strings, format }: Locale): TemplateResult {
    const row = latest(model);
    return html`<p class="figure" part="figure">
      <span class="figure-group">
        <span class="figure-value">${count(row?.families ?? null, format.number)}</span>
        <span class="figure-detail">${strings.prevention.familiesUnit}</span>
      </span>
      <span class="figure-group">
        <span class="figure-value">${count(row?.children ?? null, format.number)}</span>
        <span class="figure-detail">${strings.prevention.childrenUnit}${row ? `, ${format.year(row.year)}` : ''}</span>
      </span>
    </p>`;
  }

  /** The legend is HTML, not drawn: real text that zooms, wraps and reads aloud; swatches match the bars. */
  protected override renderBody(view: View<PreventionModel>, summary: string, locale: Locale): TemplateResult {
    const { strings } = locale;
    return html`${super.renderBody(view, summary, locale)}
      <ul class="legend" part="legend">
        <li><span class="swatch families" aria-hidden="true"></span>${strings.prevention.families}</li>
        <li><span class="swatch children" aria-hidden="true"></span>${strings.prevention.children}</li>
      </ul>`;
  }

  protected chartConfig(model: PreventionModel, context: ChartContext): ChartConfiguration {
    const { theme, strings, format } = context;
    const options = commonOptions(context);
    const series = [
      {
        label: strings.prevention.families,
        data: model.rows.map((row) => row.families),
        backgroundColor: theme.series[0],
      },
      {
        label: strings.prevention.children,
        data: model.rows.map((row) => row.children),
        // Striped, and outlined in the series colour: told apart from families by pattern, not colour alone.
        backgroundColor: stripes(theme.series[1], theme.background),
        borderColor: theme.series[1],
        borderWidth: 2,
      },
    ];
    return {
      type: 'bar',
      data: { labels: model.rows.map((row) => format.year(row.year)), datasets: series },
      options: {
        ...options,
        layout: { padding: { top: 8, right: 8 } },
        plugins: options.plugins,
        scales: {
          x: categoryAxis(context),
          y: countAxis(context),
        },
      },
      plugins: context.plugins,
    };
  }
}

/** The latest year with any figure. */
function latest(model: PreventionModel): PreventionRow | undefined {
  return model.rows.findLast((row) => row.families !== null || row.children !== null);
}

const count = (value: number | null, format: (value: number) => string): string =>
  value === null ? '–' : format(value);

declare global {
  interface HTMLElementTagNameMap {
    'prevention-stats': PreventionStats;
  }
}
