import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../../src/index.js';
import { langWatchers } from '../../src/core/lang.js';
import { elementsWaitingForViewport } from '../../src/core/near-viewport.js';
import { pageChangeListeners } from '../../src/core/page-changes.js';
import { observedElements } from '../../src/core/resize.js';
import { canvasOf, nextFrame, paintedPixels, reduceMotion, rendered, renderChart } from '../helpers.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';
import type { PreventionStats } from '../../src/components/prevention-stats/prevention-stats.component.js';

before(reduceMotion);

const liveCharts = (): number => Object.keys(Chart.instances).length;
const heapUsage = (): Promise<number> => executeServerCommand<number, undefined>('heap-usage');

const createCharts = (count: number): (HomelessTrend | PreventionStats)[] =>
  Array.from({ length: count }, (_, index) =>
    index % 2 ? document.createElement('prevention-stats') : document.createElement('homeless-trend'),
  );

/** Creates `count` charts in one container, waits until each has drawn, then removes them all. */
async function cycle(container: HTMLElement, count: number): Promise<void> {
  const elements = createCharts(count);
  // Most of them are below the fold: `eager` draws them all the same.
  for (const element of elements) element.toggleAttribute('eager', true);
  const drawn = Promise.all(elements.map(rendered));
  container.append(...elements);
  await drawn;
  for (const element of elements) element.remove();
}

describe('lifecycle under stress', () => {
  it('leaves no charts, observers, listeners or heap growth after 1 000 create/append/remove cycles', async function () {
    this.timeout(120_000);
    const container = await fixture<HTMLDivElement>(html`<div style="width: 240px"></div>`);
    await cycle(container, 50);
    await nextFrame();
    const before = await heapUsage();
    for (let round = 0; round < 20; round++) await cycle(container, 50);
    // And charts removed before they ever came into view.
    const neverShown = createCharts(50);
    container.append(...neverShown);
    await Promise.all(neverShown.map((element) => element.updateComplete));
    expect(elementsWaitingForViewport(), 'charts waiting to come into view').to.be.greaterThan(0);
    for (const element of neverShown) element.remove();
    await nextFrame();
    expect(liveCharts(), 'live Chart.js instances').to.equal(0);
    expect(observedElements(), 'elements under the ResizeObserver').to.equal(0);
    expect(pageChangeListeners(), 'print and pixel-ratio listeners').to.equal(0);
    expect(langWatchers(), 'language watchers').to.equal(0);
    expect(elementsWaitingForViewport(), 'elements under the IntersectionObserver').to.equal(0);
    const growth = (await heapUsage()) - before;
    expect(growth, `heap grew by ${Math.round(growth / 1024)} KiB`).to.be.below(2 * 1024 * 1024);
  });

  it('redraws sharp when the device pixel ratio changes (another screen)', async () => {
    // Emulating a pixel ratio over CDP fires no media-query change in headless Chromium; a real screen
    // change does. So the resolution query is stubbed, and its change fired as the browser would.
    const originalMatchMedia = window.matchMedia.bind(window);
    const resolutionListeners: (() => void)[] = [];
    window.matchMedia = (query: string) => {
      const list = originalMatchMedia(query);
      if (!query.startsWith('(resolution:')) return list;
      return Object.assign(Object.create(list) as MediaQueryList, {
        addEventListener: (_type: string, listener: () => void) => resolutionListeners.push(listener),
        removeEventListener: () => undefined,
      });
    };
    try {
      const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`, 400);
      expect(element.chart!.currentDevicePixelRatio).to.equal(1);
      Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => 2 });
      const redrawn = rendered(element);
      resolutionListeners.forEach((listener) => listener());
      await redrawn;
      expect(element.chart!.currentDevicePixelRatio).to.equal(2);
      expect(canvasOf(element).width).to.equal(2 * element.chart!.width);
    } finally {
      window.matchMedia = originalMatchMedia;
      delete (window as { devicePixelRatio?: number }).devicePixelRatio;
    }
  });

  it('fits the chart to the page before printing, without waiting for a resize', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`, 600);
    element.parentElement!.style.width = '400px';
    window.dispatchEvent(new Event('beforeprint'));
    expect(element.chart!.width).to.equal(400 - 32);
  });

  it('keeps its chart through a zero-size parent and fits it again when the parent has a size', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`, 500);
    const parent = element.parentElement!;
    parent.style.width = '0';
    await nextFrame();
    await nextFrame();
    expect(element.chart).to.exist;
    parent.style.width = '300px';
    await nextFrame();
    await nextFrame();
    expect(element.chart!.width).to.equal(300 - 32);
    expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
  });
});
