import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ChartController, type ChartHost } from './chart-controller.js';
import { ChildDataController } from './child-data.js';
import { NcElement, type Locale, type View } from './nc-element.js';
import { chartStyles } from './styles.js';
import { prefersReducedMotion, readChartTheme, type ChartTheme } from './theme.js';
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import type { DecimalSeparator } from '../data/number.js';
import type { Result } from '../data/errors.js';
import type { Strings } from '../i18n/index.js';

/** Everything a component needs to describe its chart. */
export interface ChartContext extends Locale {
  readonly theme: ChartTheme;
  /** Inline plugins every chart must carry (events). */
  readonly plugins: Plugin[];
  readonly animate: boolean;
}

/**
 * The base of the components that draw a Chart.js chart. Data comes, in order of precedence, from the
 * `data` property or attribute, a child `<script type="application/json">`, a child `<table>`, or the
 * embedded defaults.
 */
export abstract class NcChartElement<M> extends NcElement<M> implements ChartHost {
  static override styles = [...NcElement.styles, chartStyles];

  /** The figures: JSON text (attribute) or an already-parsed value (property). */
  @property({ attribute: 'data' }) data?: unknown;

  private readonly chartController = new ChartController(this);
  private readonly childData = new ChildDataController(this);

  /** The live Chart.js instance, or undefined while there is none (not yet shown, no valid data, disconnected). */
  get chart(): Chart | undefined {
    return this.chartController.chart;
  }

  /** @internal */
  get chartContainer(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.chart');
  }

  protected abstract parseData(input: unknown, decimal: DecimalSeparator): Result<M>;
  protected abstract parseTable(cells: readonly (readonly string[])[], decimal: DecimalSeparator): Result<M>;
  protected abstract chartConfig(model: M, context: ChartContext): ChartConfiguration;

  protected parseInput(strings: Strings): Result<M> | null {
    if (this.data !== undefined && this.data !== null && this.data !== '')
      return this.parseData(this.data, strings.decimal);
    const child = this.childData.read();
    if (child.json !== null) return this.parseData(child.json, strings.decimal);
    if (child.table !== null) return this.parseTable(child.table, strings.decimal);
    return null;
  }

  protected renderBody(_view: View<M>, summary: string): TemplateResult {
    return html`<div class="chart" part="chart" role="img" aria-label=${summary}>
      <canvas aria-hidden="true"></canvas>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const container = this.chartContainer;
    if (!this.view || !container) {
      this.chartController.setConfig(null);
      return;
    }
    const emitRender: Plugin = { id: 'nc-render-event', afterRender: (chart) => this.emit('chart-render', { chart }) };
    this.chartController.setConfig(
      this.chartConfig(this.view.model, {
        ...this.locale,
        theme: readChartTheme(container),
        plugins: [emitRender],
        animate: !prefersReducedMotion(),
      }),
    );
  }
}
