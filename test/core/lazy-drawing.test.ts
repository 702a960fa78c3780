import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../../src/index.js';
import { watchPageChanges, type PageChange } from '../../src/core/page-changes.js';
import { postponeIfBusy, SLICE_MILLISECONDS } from '../../src/core/time-slices.js';
import { busy, canvasOf, chromiumOnly, nextFrame, paintedPixels, reduceMotion, rendered } from '../helpers.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';
import type { PreventionStats } from '../../src/components/prevention-stats/prevention-stats.component.js';

before(reduceMotion);

/** Whether a Chart.js chart lives on the element's canvas, read without `chart` (which would draw it). */
const hasChart = (element: Element): boolean => Chart.getChart(canvasOf(element)) !== undefined;

const settle = async (): Promise<void> => {
  // The IntersectionObserver and the ResizeObserver each report in a later frame.
  for (let frame = 0; frame < 4; frame++) await nextFrame();
};

/** A page with `before` px of other content above a chart; the chart is returned once rendered (not drawn). */
async function chartBelow(before: number, attributes = ''): Promise<HomelessTrend> {
  const page = await fixture<HTMLDivElement>(
    html`<div style="width: 480px">
      <div class="spacer" style="height: ${before}px"></div>
      <homeless-trend></homeless-trend>
    </div>`,
  );
  const element = page.querySelector<HomelessTrend>('homeless-trend')!;
  for (const name of attributes.split(' ').filter(Boolean)) element.toggleAttribute(name, true);
  await element.updateComplete;
  await settle();
  return element;
}

describe('lazy drawing', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('does not draw a chart far below the viewport, and draws it when scrolled near', async () => {
    const element = await chartBelow(window.innerHeight + 600);
    expect(hasChart(element), 'drawn while far below the viewport').to.equal(false);
    expect(paintedPixels(canvasOf(element))).to.equal(0);
    const drawn = rendered(element);
    element.scrollIntoView();
    await drawn;
    expect(hasChart(element)).to.equal(true);
    expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
  });

  it('draws a chart that is within 200 px below the viewport, before it is scrolled to', async () => {
    const element = await chartBelow(window.innerHeight + 150);
    expect(element.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
    expect(hasChart(element)).to.equal(true);
  });

  it('reserves the same size before drawing as it has once drawn', async () => {
    const element = await chartBelow(window.innerHeight + 600);
    const box = (): DOMRect => element.getBoundingClientRect();
    const plot = (): DOMRect => element.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect();
    const before = { host: box().height, plot: plot().height, width: plot().width };
    expect(before.plot).to.be.greaterThan(100);
    const drawn = rendered(element);
    element.scrollIntoView();
    await drawn;
    await nextFrame();
    expect({ host: box().height, plot: plot().height, width: plot().width }).to.deep.equal(before);
  });

  it('draws at once with the eager attribute, wherever it is', async () => {
    const element = await chartBelow(window.innerHeight + 2000, 'eager');
    expect(hasChart(element)).to.equal(true);
    expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
  });

  it('draws at once when the chart property is read, and fires chart-render with that chart', async () => {
    const element = await chartBelow(window.innerHeight + 2000);
    expect(hasChart(element)).to.equal(false);
    let fired: Chart | undefined;
    element.addEventListener('chart-render', (event) => (fired = event.detail.chart), { once: true });
    const chart = element.chart;
    expect(chart, 'the chart property').to.exist;
    expect(hasChart(element)).to.equal(true);
    expect(fired === chart, 'chart-render carries the same chart').to.equal(true);
    expect(chart!.width).to.equal(480 - 32);
    expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
  });

  /** A chart far below the viewport, and another further down. */
  const twoChartsFarBelow = (): Promise<HTMLDivElement> =>
    fixture<HTMLDivElement>(
      html`<div style="width: 480px">
        <div style="height: ${window.innerHeight + 600}px"></div>
        <homeless-trend></homeless-trend>
        <div style="height: 3000px"></div>
        <prevention-stats></prevention-stats>
      </div>`,
    );

  it('draws every chart before printing, also those never scrolled into view', async () => {
    const page = await twoChartsFarBelow();
    const elements = [...page.querySelectorAll<HomelessTrend | PreventionStats>('homeless-trend, prevention-stats')];
    // Their drawing code is fetched when they are connected (one request, in the bundle none).
    await Promise.all(elements.map((element) => element.updateComplete));
    await settle();
    expect(elements.map(hasChart)).to.deep.equal([false, false]);
    window.dispatchEvent(new Event('beforeprint'));
    expect(elements.map(hasChart)).to.deep.equal([true, true]);
    expect(elements.map((element) => paintedPixels(canvasOf(element)) > 1000)).to.deep.equal([true, true]);
  });

  it('draws a chart never scrolled into view before printing, after another chart left the page', async () => {
    const page = await twoChartsFarBelow();
    const [gone, kept] = [
      ...page.querySelectorAll<HomelessTrend | PreventionStats>('homeless-trend, prevention-stats'),
    ];
    await Promise.all([gone!.updateComplete, kept!.updateComplete]);
    await settle();
    gone!.remove();
    await settle();
    expect(hasChart(kept!)).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(hasChart(kept!)).to.equal(true);
    expect(paintedPixels(canvasOf(kept!))).to.be.greaterThan(1000);
  });

  // Motion switched on in a running page: Firefox and WebKit keep the reduced motion they were launched with.
  chromiumOnly('draws the final frame at once before printing, also where charts animate', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const element = await chartBelow(window.innerHeight + 600);
      expect(hasChart(element)).to.equal(false);
      window.dispatchEvent(new Event('beforeprint'));
      // The browser lays the page out for paper right after the event: no frame runs in between.
      const chart = Chart.getChart(canvasOf(element))!;
      const points = chart.getDatasetMeta(0).data.map((point) => Math.round(point.y));
      expect(points).to.deep.equal(
        chart.getDatasetMeta(0).data.map((point) => Math.round((point.getProps(['y'], true) as { y: number }).y)),
      );
      expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
    } finally {
      await reduceMotion();
    }
  });

  // Print media emulated: only Chromium gives a test media emulation.
  chromiumOnly('draws every chart when the page is laid out for print, also without beforeprint', async () => {
    const element = await chartBelow(window.innerHeight + 600);
    expect(hasChart(element)).to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      await settle();
      expect(hasChart(element)).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  // Print media emulated: only Chromium gives a test media emulation.
  chromiumOnly(
    'draws a chart far below that comes while the page is laid out for print (a PDF made headless)',
    async () => {
      await emulateMedia({ media: 'print' });
      try {
        const element = await chartBelow(window.innerHeight + 600);
        await settle();
        expect(hasChart(element)).to.equal(true);
        expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    },
  );

  it('creates only the charts near the viewport on a page of 100 charts', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
    const before = Object.keys(Chart.instances).length;
    const elements = Array.from({ length: 100 }, () => document.createElement('homeless-trend'));
    page.append(...elements);
    await Promise.all(elements.map((element) => element.updateComplete));
    await settle();
    const height = elements[0]!.getBoundingClientRect().height;
    const near = Math.ceil((window.innerHeight + 200) / height);
    const created = Object.keys(Chart.instances).length - before;
    expect(created).to.be.within(1, near);
    expect(elements.slice(near).some(hasChart), 'a chart far below was drawn').to.equal(false);
  });

  it('creates many charts that come into view together in tasks of a slice each, not in one long task', async () => {
    await withSlowCreation(async (inFirstTask) => {
      const page = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const elements = await eagerCharts(page, 6);
      expect(elements.every(hasChart)).to.equal(true);
      expect(inFirstTask.length).to.equal(6);
      expect(inFirstTask.filter(Boolean).length, 'charts created in the first task').to.be.within(1, 2);
      // The `chart` property draws at once, also when this task's slice is spent and other work waits.
      const another = document.createElement('homeless-trend');
      page.append(another);
      await another.updateComplete;
      if (!postponeIfBusy(() => undefined)) busy(SLICE_MILLISECONDS + 5);
      expect(
        postponeIfBusy(() => undefined),
        'other work waits',
      ).to.equal(true);
      expect(another.chart, 'the chart property').to.exist;
    });
  });

  it('sizes the canvases of the charts that wait their turn with those drawn at once', async () => {
    await withSlowCreation(async () => {
      const page = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const elements = Array.from({ length: 4 }, () => document.createElement('homeless-trend'));
      elements.forEach((element) => element.toggleAttribute('eager', true));
      let waiting: { width: number; height: number; style: string }[] = [];
      // Microtasks run once the task's callbacks have returned: when the first turn is over.
      elements[0]!.addEventListener(
        'chart-render',
        () =>
          queueMicrotask(() => {
            waiting = elements
              .filter((element) => !hasChart(element))
              .map((element) => {
                const canvas = canvasOf(element);
                const { display, boxSizing } = getComputedStyle(canvas);
                return { width: canvas.width, height: canvas.height, style: `${display} ${boxSizing}` };
              });
          }),
        { once: true },
      );
      const drawn = Promise.all(elements.map(rendered));
      page.append(...elements);
      await drawn;
      const { width, height } = elements[0]!.chart!;
      // The frames between the turns then lay out no canvas anew (a canvas is 300 × 150 until sized), nor does
      // Chart.js's setting the display and box-sizing it finds already.
      expect(waiting.length, 'charts waiting after the first turn').to.be.within(2, 3);
      expect(waiting.every((size) => size.width === width && size.height === height)).to.equal(true);
      expect([...new Set(waiting.map((size) => size.style))].join()).to.equal('block border-box');
    });
  });

  // Print media emulated: only Chromium gives a test media emulation.
  chromiumOnly('creates every chart at once while the page is laid out for print (a PDF made headless)', async () => {
    await emulateMedia({ media: 'print' });
    // The change to print reaches the page's watchers in a later frame: there, it draws every chart at once
    // through another path. These charts come after it, as into a page loaded for print.
    await settle();
    const changes: PageChange[] = [];
    const stopWatching = watchPageChanges((change) => changes.push(change));
    try {
      await withSlowCreation(async (inFirstTask) => {
        const page = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
        await eagerCharts(page, 4);
        expect(inFirstTask).to.deep.equal([true, true, true, true]);
      });
      expect(changes, 'page changes while the charts came').to.deep.equal([]);
    } finally {
      stopWatching();
      await emulateMedia({ media: 'screen' });
    }
  });
});

/**
 * Runs `test` with every chart taking more than half a slice to create, as on an old phone (two fit in no
 * slice), and gives it, for each chart created, whether the task that created the first one still ran.
 */
async function withSlowCreation(test: (inFirstTask: boolean[]) => Promise<void>): Promise<void> {
  const inFirstTask: boolean[] = [];
  let firstTaskRunning: boolean | undefined;
  // Chart.js takes each chart's canvas context as it creates the chart. Not a plugin: plugins registered
  // with Chart.js are off for our charts (an app's own set-up must not reach them).
  const created = new WeakSet<HTMLCanvasElement>();
  const prototype = HTMLCanvasElement.prototype;
  const original = Object.getOwnPropertyDescriptor(prototype, 'getContext')!;
  const getContext = original.value as (this: HTMLCanvasElement, ...args: unknown[]) => unknown;
  Object.defineProperty(prototype, 'getContext', {
    ...original,
    value(this: HTMLCanvasElement, ...args: unknown[]) {
      if (this.getRootNode() instanceof ShadowRoot && !created.has(this)) {
        created.add(this);
        if (firstTaskRunning === undefined) {
          firstTaskRunning = true;
          // Microtasks run once the task's callbacks have returned: the task is over when this has run.
          queueMicrotask(() => (firstTaskRunning = false));
        }
        inFirstTask.push(firstTaskRunning);
        busy(SLICE_MILLISECONDS / 2 + 5);
      }
      return getContext.apply(this, args);
    },
  });
  try {
    await test(inFirstTask);
  } finally {
    Object.defineProperty(prototype, 'getContext', original);
  }
}

/** Adds `count` eager charts to `page` together, and waits until each has drawn. */
async function eagerCharts(page: HTMLElement, count: number): Promise<HomelessTrend[]> {
  const elements = Array.from({ length: count }, () => document.createElement('homeless-trend'));
  elements.forEach((element) => element.toggleAttribute('eager', true));
  const drawn = Promise.all(elements.map(rendered));
  page.append(...elements);
  await drawn;
  return elements;
}
