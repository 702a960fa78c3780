import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { readChildData } from './child-data.js';
import { NcElement, type Locale, type View } from './nc-element.js';
import type { Beyond, PointTexts, PointTooltipController } from './point-tooltip.js';
import { onDemand } from './on-demand.js';
import { chartStyles } from './chart-styles.js';
import { prefersReducedMotion } from './media.js';
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import type { ChartController, Drawing } from './chart-controller.js';
import type { ChartTheme } from './chart-theme.js';
import type { NcChartEventMap } from './events.js';
import type { OnDemand } from './on-demand.js';
import type { SourceController } from './source-controller.js';
import type * as SourceCode from './source-controller.js';
import { renderDataTable, type DataTable, type TableBody } from '../a11y/data-table.js';
import type { PointPosition } from '../a11y/point-navigation.js';
import type { DecimalSeparator } from '../data/number.js';
import { dataError, fail, type DataError, type Result } from '../data/errors.js';
import { chartStrings } from '../i18n/chart-strings.js';
import type { ErrorTitles, Lang, Strings } from '../i18n/index.js';
import { switchAttribute, textAttribute } from './attribute-converters.js';

/**
 * What the figures are read from, and whether they are still loading: they change the chart only through the
 * view. Not the error: a chart drawn again when it goes (or comes) says so with `chart-render`, as pages (and
 * the builder) expect.
 */
const INPUTS: ReadonlySet<PropertyKey> = new Set([
  'data',
  'src',
  'timeout',
  'refresh',
  'childVersion',
  'sourceVersion',
  'loading',
]);

const given = (data: unknown): boolean => data !== undefined && data !== null && data !== '';

/** The `src` controller with the loader: fetched only by pages that use `src`, when the first asks for it. */
const sourceCode = onDemand(() => import('./source-controller.js'));

/** Everything a component needs to describe its chart. */
export interface ChartContext extends Locale {
  readonly theme: ChartTheme;
  /** Inline plugins every chart must carry (events, the points' tooltip). */
  readonly plugins: Plugin[];
  readonly animate: boolean;
}

/**
 * The base of the components that draw a Chart.js chart. Data comes, in order of precedence, from the
 * `data` property or attribute, a child `<script type="application/json">`, a child `<table>`, `src`, or
 * the embedded defaults. Every chart comes with what WCAG 2.1 AA asks of it: a text alternative, its data
 * as a table (visually hidden until shown), keyboard access to its points, and downloads.
 *
 * The text, the table and the chart's reserved box need no Chart.js: a component's drawing code (its
 * `D`, with Chart.js) is a module of its own, fetched when an element is connected and not waited for.
 *
 * @fires {CustomEvent<{ chart: Chart }>} chart-render - After each draw, once complete (an animated one when its animation has ended). `detail.chart` is the Chart.js instance.
 *
 * @csspart chart - The plot area (`role="img"`).
 * @csspart tooltip - The tooltip of the point under the pointer or the keyboard focus.
 * @csspart actions - The buttons: show the table, download CSV, download PNG, and with `refresh` pause the reloads.
 * @csspart table - The data table (visually hidden until shown; always read by screen readers).
 *
 * @cssprop --nc-color-axis - Axis lines.
 * @cssprop --nc-color-grid - Grid lines and the table's rules.
 * @cssprop --nc-figure-size - Size of the headline figure; default `2em`.
 * @cssprop --nc-chart-min-height - Smallest height of the plot; default `12em`.
 * @cssprop --nc-chart-max-height - Greatest height of the plot, below what its width gives; `--nc-chart-min-height` wins over it, `none` lifts it; default the viewport's height less `10em`, so that a phone turned sideways shows the heading and the whole plot.
 * @cssprop --nc-aspect-ratio - Width to height of the plot; default `16 / 9`.
 * @cssprop --nc-content-visibility - `auto` on a page of many charts: a chart far from the viewport is not styled, laid out or painted until it comes near (its text stays for screen readers); default `visible`.
 */
export abstract class NcChartElement<
  M,
  D extends Drawing & { readonly pointTexts: PointTexts<M> },
  E extends NcChartEventMap,
> extends NcElement<M, E> {
  static override styles = [...NcElement.styles, chartStyles];
  static override properties: PropertyDeclarations = {
    data: {},
    src: { converter: textAttribute },
    timeout: { type: Number },
    refresh: { type: Number },
    eager: { converter: switchAttribute },
    noActions: { converter: switchAttribute, attribute: 'no-actions' },
    tableOpen: { state: true },
    sourceVersion: { state: true },
  };
  protected static override readonly presentationOnly: ReadonlySet<PropertyKey> = new Set(['tableOpen', 'eager']);

  /** True when ↑/↓ move between series (the keyboard hint says so). */
  protected abstract get multipleSeries(): boolean;

  /** The figures: JSON text (attribute) or an already-parsed value (property). */
  data?: unknown;

  /** URL of JSON (same shapes as `data`) or CSV (`year,value` / `year,families,children`) to fetch the figures from. */
  src?: string | undefined;

  /** Seconds to wait for `src` before giving up; default 10. */
  timeout?: number | undefined;

  /**
   * Seconds between reloads of `src`; at least 60. Off by default. While on, and the figures come from `src` (no
   * `data` or child outranks it), the chart has a button that pauses and resumes the reloads (WCAG 2.2.2), also
   * with `no-actions`; they are also held back while keyboard focus or the pointer is in the chart.
   */
  refresh?: number | undefined;

  /** Draws at once instead of when the element comes within 200 px of the viewport. */
  eager = false;

  /** Hides the table button and the downloads (the table stays available to screen readers); not `refresh`'s pause button. */
  noActions = false;

  private tableOpen = false;
  /** Counts answers to `src`, so that they redraw. */
  private sourceVersion = 0;

  /** Draws the chart: part of the drawing code, made when it has arrived (see connectedCallback). */
  #chartController: ChartController<D> | undefined;
  /** What to draw, kept for the chart controller until it is made. */
  #chartConfig: ((drawing: D) => ChartConfiguration) | null = null;
  /** The points' tooltip and keyboard access: drawing code, made once there is a chart to point at. */
  #pointer: PointTooltipController | undefined;
  /** Made when the element first has a `src` (see #source). */
  #remote: SourceController | undefined;
  #remoteAsked = false;
  /** `src` when the last parse read the figures from it; see srcInUse. */
  #srcInUse: string | undefined;
  /** The `src` the loader's code could not be fetched for, and why; asked again for another `src` or connect. */
  #remoteFailed: { readonly src: string; readonly error: DataError } | null = null;
  /** Every chart's `chart-render` event, after each draw. */
  readonly #eventsPlugin: Plugin = {
    id: 'nc-events',
    afterRender: (chart) => this.emit('chart-render', { chart }),
  };
  readonly #onPlotKeydown = (event: KeyboardEvent): void => this.#tooltip()?.onKeydown(event);
  readonly #onPlotBlur = (): void => this.#tooltip()?.onBlur();

  /**
   * The live Chart.js instance; reading it draws a chart that waits to come into view. Undefined while
   * there can be none: not yet rendered, hidden, no valid data, disconnected, or the drawing code not
   * yet loaded (`await element.updateComplete` loads it).
   */
  get chart(): Chart | undefined {
    this.#chartController?.draw();
    return this.#chartController?.chart;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#remoteFailed = null;
    // Fetched at once but not waited for: the text needs none of it; the chart, `chart` and printing do.
    this.drawing.load().then(
      (drawing) => {
        if (this.#chartController) return;
        // Added to a connected, rendered host, the controller is told so at once (Lit's addController) and
        // starts: an update of the host's text here would only render it again unchanged.
        this.#chartController = new drawing.ChartController(this, drawing);
        this.#chartController.setConfig(this.#chartConfig);
      },
      (error: unknown) => console.warn('[norrkoping-charts] The chart could not be loaded:', error),
    );
  }

  #tooltip(drawing: D): PointTooltipController;
  #tooltip(drawing?: D): PointTooltipController | undefined;
  #tooltip(drawing = this.drawing.value): PointTooltipController | undefined {
    return drawing && (this.#pointer ??= new drawing.PointTooltipController(this));
  }

  /** @internal */
  get tooltipElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.tooltip');
  }

  /**
   * `src` while the figures are read from it: undefined while `data` or a child outranks it, which the
   * source controller then neither fetches nor reloads.
   * @internal
   */
  get srcInUse(): string | undefined {
    return this.#srcInUse;
  }

  /** @internal */
  get chartContainer(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.chart');
  }

  /** The component's drawing code, loaded on demand (one per component class, shared by its elements). */
  protected abstract get drawing(): OnDemand<D>;

  /** The code that fetches `src`, loaded on demand by the first element with a `src`. */
  protected get sourceCode(): OnDemand<typeof SourceCode> {
    return sourceCode;
  }

  protected abstract parseData(input: unknown, decimal: DecimalSeparator): Result<M>;
  protected abstract parseTable(cells: readonly (readonly string[])[], decimal: DecimalSeparator): Result<M>;
  protected abstract chartConfig(drawing: D, model: M, context: ChartContext): ChartConfiguration;
  /** How many rows the table has, without building them. */
  protected abstract tableLength(model: M): number;
  /** The table's body: its columns, rows and their values, and a note under it. */
  protected abstract tableBody(model: M, locale: Locale): TableBody;
  /**
   * What is said of a point; given `from`, the point the keys came from, also the years with no figure that
   * they crossed ("2023: 473 personer. Åren 2018 till 2022 mättes inte."); given `beyond`, those on that side of
   * the point, where a key could go no further. The texts are the drawing code's, which shows the points.
   * @internal
   */
  describePoint(position: PointPosition, from?: PointPosition | null, beyond?: Beyond): string {
    const texts = this.drawing.value?.pointTexts;
    if (!this.view || !texts) return '';
    const { model } = this.view;
    const { locale } = this;
    const text = texts.point(model, position, locale);
    const more = beyond
      ? texts.beyond(model, position, beyond, locale)
      : from
        ? texts.skipped(model, from, position, locale)
        : '';
    return more ? `${text}. ${more}` : text;
  }

  protected parseInput(strings: Strings): Result<M> | null | 'loading' {
    this.#srcInUse = undefined;
    // The property and the attribute are one: the last set wins, and a property set back to undefined leaves
    // the attribute, still on the element, to be read again.
    const data = given(this.data) ? this.data : this.getAttribute('data');
    if (given(data)) return this.parseData(data, strings.decimal);
    const child = readChildData(this);
    if (child.json !== null) return this.parseData(child.json, strings.decimal);
    if (child.table !== null) return this.parseTable(child.table, strings.decimal);
    // Else Norrköping's figures would be shown under the editor's heading.
    if (!this.src) return child.rowsAsText ? fail('rowsAsText') : null;
    this.#srcInUse = this.src;
    const source = this.#source();
    switch (source.status) {
      case 'failed':
        return { ok: false, error: source.error };
      case 'loaded':
        return source.data.format === 'json'
          ? this.parseData(source.data.text, strings.decimal)
          : this.parseTable(source.data.cells, strings.decimal);
      default:
        return 'loading';
    }
  }

  /**
   * What has come of `src`; loading while the code that fetches it is fetched (it then updates the element).
   * That code failing to arrive is the network failing: the element says the data could not be fetched.
   */
  #source(): SourceController['state'] {
    if (this.#remote) return this.#remote.state;
    const src = this.src ?? '';
    if (this.#remoteFailed?.src === src) return { status: 'failed', error: this.#remoteFailed.error };
    // Asked once: each parse while the code loads would otherwise wait on it again.
    if (!this.#remoteAsked) {
      this.#remoteAsked = true;
      this.sourceCode.load().then(
        ({ SourceController }) => {
          this.#remote = new SourceController(this, () => this.sourceVersion++);
        },
        (error: unknown) => {
          this.#remoteAsked = false;
          this.#remoteFailed = { src, error: dataError('fetchFailed', { value: src }) };
          console.warn('[norrkoping-charts] The src loader could not be loaded:', error);
          this.sourceVersion++;
        },
      );
    }
    return { status: 'loading' };
  }

  protected errorTitles(lang: Lang): ErrorTitles {
    return chartStrings[lang];
  }

  protected override renderLoading(strings: Strings): TemplateResult {
    return html`<div class="chart-placeholder" part="chart" aria-busy="true">
      <p class="loading" role="status">${chartStrings[strings.lang].loading}</p>
    </div>`;
  }

  /** With `no-summary` the summary is the plot's name, read all the same. */
  protected override get summarySaysFigure(): boolean {
    return !this.description;
  }

  /**
   * The plot is named by the summary; where the summary is shown under it, by the heading, and the summary
   * is read next. Not described by it as well: a screen reader reading the page reads a description with
   * the plot, and then the summary again (Orca). Its description is the keys' hint.
   */
  protected renderBody(_view: View<M>, summary: string, locale: Locale): TemplateResult {
    const { strings } = locale;
    const shown = !this.noSummary;
    return html`
      <div
        class="chart"
        part="chart"
        role="img"
        tabindex="0"
        aria-label=${shown ? this.subjectText(strings) : summary}
        aria-describedby="keyboard-hint"
        @keydown=${this.#onPlotKeydown}
        @blur=${this.#onPlotBlur}
      >
        <canvas aria-hidden="true"></canvas>
        <div class="tooltip" part="tooltip" aria-hidden="true" hidden></div>
      </div>
      <p id="keyboard-hint" hidden>${chartStrings[strings.lang].keyboardHint(this.multipleSeries)}</p>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.#pointer?.announcement}</div>
    `;
  }

  protected override renderDetails(view: View<M> | null, locale: Locale): TemplateResult {
    const { actions } = chartStrings[locale.strings.lang];
    const buttons = view && !this.noActions;
    // With `refresh`, its pause button also under `no-actions`, and under an error with no figures while the
    // reloads go on: WCAG 2.2.2 asks for it, the others are extras. In the same group with figures or without,
    // so that it is the same button, and keeps the focus, when they come.
    const pause = this.#remote?.pauseButton(locale.strings.lang);
    return html`
      ${
        buttons || pause
          ? html`<div class="actions" part="actions" role="group" aria-label=${actions.label}>
              ${
                buttons
                  ? html`<button
                        type="button"
                        aria-expanded=${String(this.tableOpen)}
                        aria-controls="data-table"
                        @click=${this.#toggleTable}
                      >
                        ${this.tableOpen ? actions.hideTable : actions.showTable}
                      </button>
                      <button type="button" @click=${this.#onDownloadCsv}>${actions.downloadCsv}</button>
                      <button type="button" @click=${this.#onDownloadImage}>${actions.downloadImage}</button>`
                  : nothing
              }
              ${pause}
            </div>`
          : nothing
      }
      ${
        view
          ? renderDataTable(this.tableOpen, this.noActions, this.tableLength(view.model), () =>
              this.#dataTable(view, locale),
            )
          : nothing
      }
    `;
  }

  // The buttons' handlers are made once: new ones at each render would be re-attached each time.
  readonly #toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
  };

  readonly #onDownloadCsv = (): void => void this.#download('csv');
  readonly #onDownloadImage = (): void => void this.#download('png');

  #dataTable(view: View<M>, locale: Locale): DataTable {
    const source = this.sourceText(view.provenance);
    return {
      ...this.tableBody(view.model, locale),
      caption: this.subjectText(locale.strings),
      source: source ? `${locale.strings.source}: ${source}` : null,
    };
  }

  /** Saves the table as the last render showed it, with every row (built when a download asks for it). */
  async #download(format: 'csv' | 'png'): Promise<void> {
    const { view } = this;
    if (!view) return;
    const locale = this.locale;
    const table = this.#dataTable(view, locale);
    const heading = this.headingText(locale.strings);
    const { download } = await import('./downloads.js');
    await download(format, this, this.drawing.value, table, heading, locale.strings.decimal);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Showing the table or announcing a point changes nothing in the chart: updating it would also
    // reset the point the keyboard is on. Nor do inputs that gave the same figures (the view stayed).
    if (this.inputUnchanged(changed) || this.#viewKept(changed)) return;
    const container = this.chartContainer;
    if (!this.view || !container) {
      this.#setChartConfig(null);
      return;
    }
    const { model } = this.view;
    const locale = this.locale;
    this.#setChartConfig((drawing) => {
      const config = this.chartConfig(drawing, model, {
        ...locale,
        theme: drawing.readChartTheme(container),
        plugins: [this.#eventsPlugin, this.#tooltip(drawing).plugin],
        animate: !prefersReducedMotion(),
      });
      return { ...config, plugins: [drawing.combinePlugins(config.plugins ?? [])] };
    });
  }

  /** Whether only inputs (and presentation) changed, and gave the same figures: the view was kept. */
  #viewKept(changed: PropertyValues<this>): boolean {
    const { presentationOnly } = this.constructor as typeof NcChartElement;
    // `view` is protected, which PropertyValues<this> does not list.
    return (
      !(changed as Map<PropertyKey, unknown>).has('view') &&
      [...changed.keys()].every((key) => INPUTS.has(key) || presentationOnly.has(key))
    );
  }

  #setChartConfig(config: ((drawing: D) => ChartConfiguration) | null): void {
    this.#chartConfig = config;
    this.#chartController?.setConfig(config);
  }

  /** Also waits for the drawing code while there is something to draw, so that `chart` can draw at once. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (this.view && this.isConnected) await this.drawing.load().catch(() => undefined);
    return complete;
  }
}
