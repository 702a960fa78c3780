import { movePoint, type PointPosition } from '../a11y/point-navigation.js';
import type { Chart } from 'chart.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PointKeyboardHost extends ReactiveControllerHost {
  readonly chart: Chart | undefined;
  /** What the live region says for a point: "2023: 473 personer". */
  describePoint(position: PointPosition): string;
}

/**
 * Keyboard access to the data points (WCAG 2.1.1): the plot is one tab stop; arrow keys, Home and End
 * move between points; the focused point shows its tooltip and is announced in a polite live region;
 * Escape hides the tooltip (1.4.13) and leaving the plot hides it too.
 */
export class PointKeyboardController implements ReactiveController {
  /** The text of the live region. */
  announcement = '';
  private focused: PointPosition | null = null;

  constructor(private readonly host: PointKeyboardHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.focused = null;
    this.announcement = '';
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const { chart } = this.host;
    if (!chart) return;
    if (event.key === 'Escape') {
      this.show(chart, null);
      return;
    }
    const datasets = chart.data.datasets;
    const next = movePoint(this.focused, event.key, {
      series: datasets.length,
      points: Math.max(0, ...datasets.map((dataset) => dataset.data.length)),
      hasValue: ({ series, index }) => hasValue(datasets[series]?.data[index]),
    });
    if (!next) return;
    event.preventDefault();
    this.focused = next;
    this.show(chart, next);
    this.announcement = this.host.describePoint(next);
    this.host.requestUpdate();
  };

  readonly onBlur = (): void => {
    if (this.host.chart) this.show(this.host.chart, null);
  };

  private show(chart: Chart, position: PointPosition | null): void {
    const active = position ? [{ datasetIndex: position.series, index: position.index }] : [];
    chart.setActiveElements(active);
    chart.tooltip?.setActiveElements(active, { x: 0, y: 0 });
    chart.update();
  }
}

function hasValue(point: unknown): boolean {
  if (point === null || point === undefined) return false;
  if (typeof point === 'object' && 'y' in point) return point.y !== null;
  return true;
}
