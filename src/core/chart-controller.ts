import { Chart, type ChartConfiguration } from 'chart.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { registerChartParts } from './chart-parts.js';
import { watchPageChanges } from './page-changes.js';
import { observeSize } from './resize.js';

export interface ChartHost extends ReactiveControllerHost, HTMLElement {
  /** The element whose content box the chart fills; it exists after the first render. */
  readonly chartContainer: HTMLElement | null;
}

/**
 * Owns the Chart.js instance: creates it when the host is connected, shown and has a configuration;
 * updates it in place when the configuration changes; resizes it from one shared ResizeObserver; and
 * destroys it when the host is disconnected. Chart.js's own `responsive` mode is off because it cannot
 * see elements attached inside a shadow root (chartjs issue 10924).
 */
export class ChartController implements ReactiveController {
  private instance: Chart | undefined;
  private config: ChartConfiguration | null = null;
  private observed: HTMLElement | null = null;
  private stopObserving: (() => void) | undefined;
  private stopWatchingPage: (() => void) | undefined;
  private size = { width: 0, height: 0 };

  constructor(private readonly host: ChartHost) {
    host.addController(this);
  }

  get chart(): Chart | undefined {
    return this.instance;
  }

  hostConnected(): void {
    this.observe();
    this.stopWatchingPage ??= watchPageChanges(() => this.refit());
  }

  hostUpdated(): void {
    this.observe();
  }

  hostDisconnected(): void {
    this.stopObserving?.();
    this.stopObserving = undefined;
    this.stopWatchingPage?.();
    this.stopWatchingPage = undefined;
    this.observed = null;
    // The size is measured again where the host is attached next: drawing at the old one would be wrong.
    this.size = { width: 0, height: 0 };
    this.destroy();
  }

  /** Sets what to draw; null removes the chart (e.g. when there is no valid data). */
  setConfig(config: ChartConfiguration | null): void {
    this.config = config;
    this.sync();
  }

  private observe(): void {
    const container = this.host.chartContainer;
    if (container === this.observed) return;
    this.stopObserving?.();
    this.observed = container;
    this.stopObserving = container ? observeSize(container, (width, height) => this.resize(width, height)) : undefined;
    if (!container) this.destroy();
  }

  /** Redraws at the container's size now, without waiting for the ResizeObserver (printing, pixel ratio). */
  private refit(): void {
    const box = this.observed?.getBoundingClientRect();
    if (box) this.resize(box.width, box.height);
  }

  private resize(width: number, height: number): void {
    this.size = { width: Math.floor(width), height: Math.floor(height) };
    if (this.instance && this.size.width > 0 && this.size.height > 0)
      this.instance.resize(this.size.width, this.size.height);
    else this.sync();
  }

  private sync(): void {
    const canvas = this.observed?.querySelector('canvas');
    const { width, height } = this.size;
    if (!this.config || !canvas || !this.host.isConnected) {
      this.destroy();
      return;
    }
    if (width === 0 || height === 0) return;
    const { config, instance } = this;
    if (instance?.canvas === canvas && (instance.config as { type?: string }).type === config.type) {
      instance.data = config.data;
      instance.options = config.options ?? {};
      instance.update();
      return;
    }
    this.destroy();
    registerChartParts();
    // Sized before construction, so the first frame is drawn at the final size.
    canvas.width = width;
    canvas.height = height;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    this.instance = new Chart(canvas, config);
  }

  private destroy(): void {
    this.instance?.destroy();
    this.instance = undefined;
  }
}
