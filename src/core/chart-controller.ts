import type { Chart, ChartConfiguration } from 'chart.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenNearViewport } from './near-viewport.js';
import { watchPageChanges, type PageChange } from './page-changes.js';
import { observeSize } from './resize.js';
import { printing } from './media.js';
import { postponeIfBusy } from './time-slices.js';
import { ifStillRemoved } from './removed.js';
import { cssZoom } from './chart-options.js';
import type * as DrawingModule from './drawing.js';

/** The code that draws a component's chart: Chart.js and ours (core/drawing), and the component's own. */
export type Drawing = typeof DrawingModule;

export interface ChartHost extends ReactiveControllerHost, HTMLElement {
  /** The element whose content box the chart fills; it exists after the first render. */
  readonly chartContainer: HTMLElement | null;
  /** Draw at once instead of when the host comes near the viewport. */
  readonly eager: boolean;
}

/**
 * Owns the Chart.js instance: creates it when the host is connected, shown, near the viewport (or wherever
 * it is: `eager`, `draw()`, printing) and has a configuration, each chart in its turn when many are created
 * together (time-slices.ts), but for `draw()` and printing; updates it in place when the configuration changes;
 * resizes it from one shared ResizeObserver; and destroys it when the host is removed (not when it is moved). Chart.js's own
 * `responsive` mode is off because it cannot see elements attached inside a shadow root (chartjs issue 10924).
 * Part of the drawing code (core/drawing), with Chart.js: the host makes it once that code has arrived, and
 * shows its text without it.
 */
export class ChartController<D extends Drawing> implements ReactiveController {
  #instance: Chart | undefined;
  /** Builds what to draw; called only when a chart is drawn, so charts out of view cost nothing. */
  #config: ((drawing: D) => ChartConfiguration) | null = null;
  #observed: HTMLElement | null = null;
  #stopObserving: (() => void) | undefined;
  #stopWatchingPage: (() => void) | undefined;
  #stopWaitingForViewport: (() => void) | undefined;
  /** True once the host has come near the viewport or drawing was forced; until then nothing is drawn. */
  #started = false;
  #size = { width: 0, height: 0 };
  /**
   * A configuration came while the chart had no size (hidden: `display: none`, a closed `<details>`) and could not be
   * drawn: applied when it has one again, in the same draw as the new size.
   */
  #stale = false;
  /** The canvas while `new Chart()` runs: its first draw already fires events whose handlers read `chart`. */
  #creating: HTMLCanvasElement | undefined;
  /** Creates the chart when its turn comes, if nothing has created it meanwhile (see time-slices.ts). */
  readonly #createInTurn = (): void => {
    if (!this.#instance) this.#sync(true);
  };

  readonly #host: ChartHost;
  readonly #drawing: D;

  constructor(host: ChartHost, drawing: D) {
    this.#host = host;
    this.#drawing = drawing;
    host.addController(this);
  }

  get chart(): Chart | undefined {
    return this.#instance ?? (this.#creating && this.#drawing.chartOn(this.#creating));
  }

  hostConnected(): void {
    this.#observe();
    this.#stopWatchingPage ??= watchPageChanges((change) => this.#onPageChange(change));
    if (this.#started) return;
    // An eager host put back in the page after it lost its chart draws again, though nothing updates it; a
    // page laid out for print already (a PDF made by a headless browser) gets no print event to draw on.
    if (this.#host.eager || printing()) this.#start();
    else this.#stopWaitingForViewport ??= whenNearViewport(this.#host, () => this.#start());
  }

  hostUpdated(): void {
    // An update after the host left the page (removing a focused plot blurs it first, which asks for one)
    // would watch its container again, and the shared observer would keep the host for good.
    if (!this.#host.isConnected) return;
    this.#observe();
    // Sized by the shared ResizeObserver in the next frame, with the other charts: measuring each one
    // now would force a layout per chart.
    if (this.#host.eager && !this.#started) this.#start();
  }

  hostDisconnected(): void {
    this.#stopObserving?.();
    this.#stopObserving = undefined;
    this.#stopWatchingPage?.();
    this.#stopWatchingPage = undefined;
    this.#stopWaitingForViewport?.();
    this.#stopWaitingForViewport = undefined;
    this.#observed = null;
    // The size is measured again where the host is attached next: drawing at the old one would be wrong.
    this.#size = { width: 0, height: 0 };
    // A moved host keeps its chart, resized where it lands.
    ifStillRemoved(this.#host, () => {
      this.#started = false;
      this.#destroy();
    });
  }

  /**
   * Draws now if there is no chart yet, wherever the host is: for the `chart` getter and printing. The size
   * is read from the container, not waited for from the ResizeObserver.
   */
  draw(): void {
    if (this.#instance || this.#creating) return;
    this.#start(false);
    this.#refit(true);
  }

  /** Sets how to build what to draw; null removes the chart (e.g. when there is no valid data). */
  setConfig(config: ((drawing: D) => ChartConfiguration) | null): void {
    this.#config = config;
    this.#sync();
  }

  #observe(): void {
    const container = this.#host.chartContainer;
    if (container === this.#observed) return;
    this.#stopObserving?.();
    this.#observed = container;
    this.#stopObserving = container ? this.#watch(container) : undefined;
    if (!container) this.#destroy();
  }

  /**
   * Resizes the chart with its container, and redraws its text at the text size the container inherits
   * when that changes (WCAG 1.4.4: the browser's font size, text-only zoom, a page's "larger text" that
   * sets the root's or a parent's font size), which need not resize the container. Told by a ruler 1em
   * wide in the container, watched by the same ResizeObserver: no polling, and no style read for a page
   * whose text keeps its size. The theme, its font size with it, is read again by the configuration.
   */
  #watch(container: HTMLElement): () => void {
    const ruler = document.createElement('span');
    ruler.style.cssText = 'position:absolute;width:1em';
    container.append(ruler);
    let em = 0;
    const stops = [
      observeSize(container, (width, height) => this.#resize(width, height)),
      // 0 while hidden: the text size is the one before or after.
      observeSize(ruler, (width) => {
        if (!width) return;
        if (em && width !== em && this.#instance) this.#sync();
        em = width;
      }),
    ];
    return () => {
      stops.forEach((stop) => stop());
      ruler.remove();
    };
  }

  #start(sync = true): void {
    this.#started = true;
    this.#stopWaitingForViewport?.();
    this.#stopWaitingForViewport = undefined;
    if (sync) this.#sync();
  }

  #onPageChange(change: PageChange): void {
    // Chart.js keeps the pixel ratio it read last (at the last resize) until its next update: updated first,
    // the chart reads the new one when it is fitted.
    if (change === 'pixel-ratio' && this.#instance) this.#drawing.redrawChart(this.#instance);
    this.#refit();
    if (change !== 'print') return;
    // A printed page shows every chart, also those never scrolled into view, at its final frame, not
    // the first of an animation.
    this.draw();
    this.#instance?.stop();
    if (this.#instance) this.#drawing.redrawChart(this.#instance);
  }

  /** Redraws at the container's size now, without waiting for the ResizeObserver (printing, pixel ratio). */
  #refit(skipTurn = false): void {
    const container = this.#observed;
    if (!container) return;
    // In the container's own CSS px, as the ResizeObserver gives them: a CSS zoom round it scales its box.
    const box = container.getBoundingClientRect();
    const zoom = cssZoom(container);
    this.#resize(box.width / zoom, box.height / zoom, skipTurn);
  }

  #resize(width: number, height: number, skipTurn = false): void {
    this.#size = { width: Math.floor(width), height: Math.floor(height) };
    if (!this.#instance || this.#stale) this.#sync(skipTurn);
    else if (this.#size.width > 0 && this.#size.height > 0)
      this.#drawing.resizeChart(this.#instance, this.#size.width, this.#size.height);
  }

  /**
   * Creates, updates or removes the chart as the configuration, size and page say. Creating waits its turn
   * when many charts are created at once (see time-slices.ts), unless `skipTurn` (the `chart` getter,
   * `draw()`) or printing.
   */
  #sync(skipTurn = false): void {
    const canvas = this.#observed?.querySelector('canvas');
    const { width, height } = this.#size;
    if (!this.#config || !canvas || !this.#host.isConnected) {
      this.#destroy();
      return;
    }
    if (!this.#started || width === 0 || height === 0) {
      this.#stale = true;
      return;
    }
    this.#stale = false;
    const drawing = this.#drawing;
    const instance = this.#instance;
    if (instance?.canvas !== canvas && !skipTurn && !printing() && postponeIfBusy(this.#createInTurn)) {
      // Sized now, with the charts drawn in this frame, though drawn in a later turn: the frames between the
      // turns then lay out and paint nothing but the new drawings.
      sizeCanvas(canvas, width, height);
      return;
    }
    const config = this.#config(drawing);
    if (instance?.canvas === canvas && (instance.config as { type?: string }).type === config.type) {
      drawing.updateChart(instance, config, width, height);
      return;
    }
    this.#destroy();
    // Sized before construction, so the first frame is drawn at the final size.
    sizeCanvas(canvas, width, height);
    this.#creating = canvas;
    try {
      this.#instance = drawing.createChart(canvas, config);
    } finally {
      this.#creating = undefined;
    }
    // A web font still loading (the page's `--nc-font-family`) has the canvas's text drawn in a fallback
    // font, which the browser does not redraw as it does HTML text: drawn once more when the fonts loading
    // now have come (each font's own promise: WebKit resolves `document.fonts.ready` while one still loads).
    const created = this.#instance;
    const loading = [...document.fonts].filter((font) => font.status === 'loading').map((font) => font.loaded);
    if (loading.length)
      void Promise.allSettled(loading).then(() => {
        if (this.#instance === created) drawing.redrawChart(created);
      });
  }

  #destroy(): void {
    this.#instance?.destroy();
    this.#instance = undefined;
  }
}

/**
 * Gives a canvas its size in pixels and in CSS px, touching only what differs: a new size makes the browser
 * lay the canvas out again and repaint around it.
 */
function sizeCanvas(canvas: HTMLCanvasElement, width: number, height: number): void {
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
}
