import { movePoint, type PointPosition } from '../a11y/point-navigation.js';
import type { Chart, Element, Plugin } from 'chart.js';
import { sourceIndex } from './decimation.js';
import { keepForeignPluginsOff } from './foreign-plugins.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from './nc-element.js';

export interface PointTooltipHost extends ReactiveControllerHost {
  readonly chart: Chart | undefined;
  /** The HTML tooltip inside the plot; it exists after the first render. */
  readonly tooltipElement: HTMLElement | null;
  /**
   * What the tooltip and the live region say for a point: "2023: 473 personer". The live region passes the
   * point the keys came from, for what lies between; or, where a key went no further, the side it pressed
   * towards, for what lies beyond.
   */
  describePoint(position: PointPosition, from?: PointPosition | null, beyond?: Beyond): string;
}

/**
 * The side of a point a key pressed towards, where it found no further point with a figure: along its
 * series, or to the series above or below (↑/↓) at the same place.
 */
export type Beyond = 'before' | 'after' | 'up' | 'down';

/** What a component's tooltip and keys say of its points, given its model (in its drawing code). */
export interface PointTexts<M> {
  /** "2023: 473 personer". */
  point(model: M, position: PointPosition, locale: Locale): string;
  /** The years with no figure between two points the keys moved across, or nothing. */
  skipped(model: M, from: PointPosition, to: PointPosition, locale: Locale): string;
  /** What has no figure beyond a point where a key went no further (years, another series' point), or nothing. */
  beyond(model: M, position: PointPosition, side: Beyond, locale: Locale): string;
}

const BEYOND: Readonly<Record<string, Beyond>> = {
  ArrowLeft: 'before',
  Home: 'before',
  ArrowRight: 'after',
  End: 'after',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const GAP = 8;

/**
 * The points' tooltip, for the pointer and the keyboard alike (WCAG 2.1.1, 1.4.13). The plot is one tab
 * stop; arrow keys, Home and End move between points; the point is highlighted, its tooltip shown and
 * its text announced in a polite live region. Escape hides the tooltip; so does leaving the plot. A
 * tooltip shown by the pointer is hidden by Escape wherever the focus is: the plot need not have it.
 * The tooltip is HTML, not drawn: real text that zooms, reflows and takes forced colours.
 */
export class PointTooltipController implements ReactiveController {
  /** The text of the live region. */
  announcement = '';
  #focused: PointPosition | null = null;
  /** The point whose tooltip is shown, by the pointer or the keys. */
  #shown: PointPosition | null = null;

  /** The chart's plugin: the tooltip follows the pointer, and stays on its point as the chart changes. */
  readonly plugin: Plugin = {
    id: 'ncPointTooltip',
    // A new chart (another `src`'s figures, another type) has none of the points the keys or the pointer were on;
    // Firefox and WebKit do not blur a focused plot a render removes, which would have forgotten them. A plot
    // kept (another type) would keep showing the tooltip, and the live region saying it, over no point.
    beforeInit: (chart) => {
      this.#focused = this.#shown = null;
      this.#place(chart);
    },
    // A pointer on the tooltip is there to read it (WCAG 1.4.13): not a move to the point nearest it, which
    // a tooltip wider than the space between points may reach over. It lets the pointer through, so that
    // leaving the plot still hides it.
    beforeEvent: (_chart, { event }) => event.type !== 'mousemove' || !this.#over(event.native as MouseEvent),
    afterEvent: (chart, { event }) => {
      const [active] = chart.getActiveElements();
      this.#shown = active && event.type !== 'mouseout' ? { series: active.datasetIndex, index: active.index } : null;
      this.#place(chart);
      // Adding the same listener again is a no-op: no need to know whether it is there.
      if (this.#shown) document.addEventListener('keydown', this.#onDocumentKeydown);
    },
    // A resized chart (a turned phone, zoomed text) would replay the pointer's last position, now over
    // another point, or the tap that showed the tooltip: the point shown stays, and Chart.js forgets that
    // position when its active points are set.
    resize: (chart) => {
      const shown = this.#shown;
      if (!shown) return;
      chart.setActiveElements([]);
      // Not a point gone since (fewer figures): Chart.js would keep it active, and fail on it.
      if (elementAt(chart, shown)) chart.setActiveElements([{ datasetIndex: shown.series, index: shown.index }]);
      else this.#shown = null;
    },
    // Its point may have moved: new figures, a new size. A series made anew (restyled: many points drawn without
    // dots) has new elements, and Chart.js would highlight the old ones, not drawn: the point the keys are on is
    // highlighted on the new (the array is Chart.js's own). A point gone with fewer figures keeps its old one.
    afterUpdate: (chart) => {
      for (const active of chart.getActiveElements())
        active.element = elementAt(chart, { series: active.datasetIndex, index: active.index }) ?? active.element;
      if (this.#shown) this.#place(chart);
    },
  };

  readonly #host: PointTooltipHost;

  constructor(host: PointTooltipHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#focused = null;
    this.#shown = null;
    // Put back in the page, the element would show it over its old point, with Escape no longer listened for.
    const tooltip = this.#host.tooltipElement;
    if (tooltip) tooltip.hidden = true;
    this.announcement = '';
    document.removeEventListener('keydown', this.#onDocumentKeydown);
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const { chart } = this.#host;
    if (!chart) return;
    if (event.key === 'Escape') {
      this.#show(chart, null);
      return;
    }
    // With a modifier the key is the browser's or the reader's (Alt+← goes back, Ctrl+End to the page's end).
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const datasets = chart.data.datasets;
    const next = movePoint(this.#focused, event.key, {
      series: datasets.length,
      points: Math.max(0, ...datasets.map((dataset) => dataset.data.length)),
      hasValue: ({ series, index }) => hasValue(datasets[series]?.data[index]),
    });
    if (!next) return;
    event.preventDefault();
    const from = this.#focused;
    this.#focused = next;
    this.#show(chart, next);
    // A key at the first or last point keeps it: said again, with what lies beyond it, if the chart goes on
    // with no figures there; and so that the reader knows the key was heard (a live region says only what
    // changes, so the text changes by a no-break space).
    const kept = from?.series === next.series && from.index === next.index;
    const text = kept
      ? this.#host.describePoint(source(chart, next), null, BEYOND[event.key])
      : this.#host.describePoint(source(chart, next), from && source(chart, from));
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
    this.#host.requestUpdate();
  };

  readonly onBlur = (): void => {
    if (this.#host.chart) this.#show(this.#host.chart, null);
  };

  /** Not prevented nor stopped: the page's own Escape handlers (a dialog, a menu) still get it. */
  readonly #onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#host.chart) this.#show(this.#host.chart, null);
  };

  /** Whether the pointer is over the tooltip shown. */
  #over({ clientX: x, clientY: y }: MouseEvent): boolean {
    const tooltip = this.#host.tooltipElement;
    if (!tooltip || tooltip.hidden) return false;
    const { left, right, top, bottom } = tooltip.getBoundingClientRect();
    return x >= left && x <= right && y >= top && y <= bottom;
  }

  /** Highlights the point (or none) on the chart and shows its tooltip. */
  #show(chart: Chart, position: PointPosition | null): void {
    this.#shown = position;
    chart.setActiveElements(position ? [{ datasetIndex: position.series, index: position.index }] : []);
    // Its update places the tooltip of a point shown (afterUpdate); none is hidden here.
    keepForeignPluginsOff(chart);
    chart.update();
    if (!position) this.#place(chart);
  }

  /**
   * Shows the tooltip of the point shown above it, kept inside the plot; none hides it. The live region is
   * emptied when the tooltip goes or changes (Escape, leaving the plot, new figures, the pointer; a key then
   * says its point): what it said would otherwise stay in the reading order between the plot and the
   * summary, out of context or out of date.
   */
  #place(chart: Chart): void {
    const tooltip = this.#host.tooltipElement;
    const position = this.#shown;
    if (!tooltip) return;
    const element = position && elementAt(chart, position);
    const text = element ? this.#host.describePoint(source(chart, position)) : '';
    if (this.announcement && (tooltip.hidden || text !== tooltip.textContent)) {
      this.announcement = '';
      this.#host.requestUpdate();
    }
    if (!position || !element) {
      // A point gone with new figures is no longer shown.
      this.#shown = null;
      tooltip.hidden = true;
      document.removeEventListener('keydown', this.#onDocumentKeydown);
      return;
    }
    tooltip.textContent = text;
    tooltip.hidden = false;
    const { x, y } = element.tooltipPosition(true);
    const half = tooltip.offsetWidth / 2;
    // Its left edge wins, where it is as wide as the plot.
    const left = Math.max(Math.min(x ?? 0, chart.width - half), half);
    const above = (y ?? 0) - tooltip.offsetHeight - GAP >= 0;
    tooltip.style.left = `${left}px`;
    tooltip.style.top = above ? `${(y ?? 0) - tooltip.offsetHeight - GAP}px` : `${(y ?? 0) + GAP}px`;
  }
}

/** The drawn element of a point; none for a point gone with new figures. */
const elementAt = (chart: Chart, { series, index }: PointPosition): Element | undefined =>
  chart.getDatasetMeta(series).data[index];

/** The point in the chart's data that is drawn at `position`: a long line is drawn thinned (core/decimation). */
const source = (chart: Chart, position: PointPosition): PointPosition => ({
  ...position,
  index: sourceIndex(chart.data.datasets[position.series], position.index),
});

function hasValue(point: unknown): boolean {
  if (point === null || point === undefined) return false;
  if (typeof point === 'object' && 'y' in point) return point.y !== null;
  return true;
}
