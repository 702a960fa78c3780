import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../../src/index.js';
import { observedElements } from '../../src/core/resize.js';
import { canvasOf, chromiumOnly, nextFrame, paintedPixels, reduceMotion, renderChart, rendered } from '../helpers.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';

before(reduceMotion);

/** The id of the chart drawn on the element's canvas, read without `chart` (which would draw it). */
const drawnChartId = (element: Element): string | undefined => Chart.getChart(canvasOf(element))?.id;

describe('chart lifecycle', () => {
  it('destroys the Chart.js instance when the element is removed', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const chart = element.chart!;
    element.remove();
    // At the end of the task: one that puts the element back (a move) keeps its chart.
    await Promise.resolve();
    expect(element.chart).to.equal(undefined);
    // A destroyed Chart.js chart has released its canvas context.
    expect(chart.ctx).to.equal(null);
  });

  it('keeps its chart when moved to another parent, fitted to it, without "Canvas is already in use"', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
      const first = element.chart!;
      const target = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
      const redrawn = rendered(element);
      target.append(element);
      await redrawn;
      expect(element.chart).to.equal(first);
      expect(first.width).to.equal(400 - 32, 'the new container width, less the padding');
      expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
      // Moved as a framework reorders a list: removed, then put back in the same task.
      const list = await fixture<HTMLDivElement>(html`<div style="width: 500px"><p>before</p></div>`);
      const moved = rendered(element);
      element.remove();
      list.prepend(element);
      await moved;
      expect(element.chart).to.equal(first);
      expect(first.width).to.equal(500 - 32);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  describe('removed after a key moved to a point on its chart', () => {
    /**
     * Draws a chart in `container`, moves to a point with a real → on its plot, and removes it while the plot
     * has the focus: the browser blurs the plot, which empties the live region and asks for an update, run
     * once the element is out of the page. Returns a WeakRef to it, holding nothing else.
     */
    async function removedAfterKey(container: HTMLElement): Promise<WeakRef<HTMLElement>> {
      const element = document.createElement('homeless-trend');
      const drawn = rendered(element);
      container.append(element);
      await drawn;
      element.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      element.remove();
      await element.updateComplete;
      return new WeakRef(element);
    }

    it('leaves nothing of it watched for a size', async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
      const observed = observedElements();
      await removedAfterKey(container);
      await nextFrame();
      expect(observedElements()).to.equal(observed);
    });

    // A garbage collection is asked for over the DevTools protocol: Chromium's.
    chromiumOnly('is freed', async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
      const removed = await removedAfterKey(container);
      await nextFrame();
      await executeServerCommand('collect-garbage');
      expect(removed.deref() === undefined, 'freed').to.equal(true);
    });
  });

  it('draws a new chart when put back in the page after it was removed', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const first = element.chart!;
    const parent = element.parentElement!;
    element.remove();
    await new Promise((resolve) => setTimeout(resolve));
    expect(first.ctx, 'destroyed').to.equal(null);
    const drawn = rendered(element);
    parent.append(element);
    await drawn;
    expect(element.chart).to.exist.and.not.equal(first);
    expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
  });

  it('draws a new chart when put back after it was removed, with eager too, which nothing else redraws', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend eager></homeless-trend>`);
    const first = drawnChartId(element);
    const parent = element.parentElement!;
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(drawnChartId(element), 'destroyed').to.equal(undefined);
    const drawn = rendered(element);
    parent.append(element);
    await drawn;
    // Read without the `chart` getter, which would draw it.
    expect(drawnChartId(element)).to.exist.and.not.equal(first);
    expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
  });

  it('draws at its new place’s width when put back elsewhere after it was removed, not at the old one first', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend eager></homeless-trend>`, 640);
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const narrow = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const widths: string[] = [];
    element.addEventListener('chart-render', () => widths.push(canvasOf(element).style.width));
    const drawn = rendered(element);
    narrow.append(element);
    await drawn;
    await nextFrame();
    await nextFrame();
    const final = canvasOf(element).style.width;
    expect(parseFloat(final), 'inside 320 px').to.be.at.most(320);
    expect(widths[0], 'the first draw').to.equal(final);
  });

  it('reserves its height from its width before drawing, and keeps it after', async () => {
    // Not capped by the window's height (test/a11y/reflow.test.ts tests the cap).
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px; --nc-chart-max-height: none"></div>`);
    const element = document.createElement('homeless-trend');
    const drawn = rendered(element);
    wrapper.append(element);
    await element.updateComplete;
    const plot = element.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    const before = plot.getBoundingClientRect().height;
    expect(before).to.be.closeTo(((640 - 32) * 9) / 16, 1);
    await drawn;
    expect(plot.getBoundingClientRect().height).to.equal(before);
    expect(element.chart!.height).to.equal(Math.floor(before));
  });

  it('draws once a hidden parent (display: none) is shown', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="display: none; width: 500px"><homeless-trend></homeless-trend></div>`,
    );
    const element = wrapper.querySelector('homeless-trend')!;
    await element.updateComplete;
    await nextFrame();
    expect(drawnChartId(element)).to.equal(undefined);
    const drawn = rendered(element);
    wrapper.style.display = 'block';
    await drawn;
    expect(element.chart!.width).to.equal(500 - 32);
    expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
  });

  it('draws once a closed <details> is opened', async () => {
    const details = await fixture<HTMLDetailsElement>(
      html`<details style="width: 500px">
        <summary>Diagram</summary>
        <prevention-stats></prevention-stats>
      </details>`,
    );
    const element = details.querySelector('prevention-stats')!;
    await element.updateComplete;
    await nextFrame();
    expect(drawnChartId(element)).to.equal(undefined);
    const drawn = rendered(element);
    details.open = true;
    await drawn;
    expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
  });

  it('draws what changed while it was hidden once, when shown at another width: the chart it then is', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`, 600);
    const chart = element.chart;
    const box = element.parentElement!;
    box.style.display = 'none';
    // Hidden for a frame: it has no size.
    await nextFrame();
    await nextFrame();
    element.data = { 2019: 500, 2020: 520, 2021: 480, 2022: 470, 2023: 473 };
    element.lang = 'en';
    await element.updateComplete;
    await nextFrame();
    const drawn: number[] = [];
    element.addEventListener('chart-render', () => drawn.push(element.chart!.data.datasets[0]!.data.length));
    box.style.display = 'block';
    box.style.width = '400px';
    await rendered(element);
    await nextFrame();
    await nextFrame();
    expect(element.chart === chart, 'the same chart, updated').to.equal(true);
    expect(element.chart!.width).to.equal(400 - 32);
    // Drawn once, with the five years: not first with the two it had, at the new width.
    expect(drawn).to.deep.equal([5]);
  });

  it('resizes with its container', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`, 600);
    const resized = rendered(element);
    element.parentElement!.style.width = '360px';
    await resized;
    expect(element.chart!.width).to.equal(360 - 32);
  });

  it('updates the existing chart when the data changes', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const chart = element.chart;
    const drawn = rendered(element);
    element.data = { 2017: 814, 2020: 600, 2023: 473 };
    await drawn;
    expect(element.chart).to.equal(chart);
    expect(element.chart!.data.datasets[0]!.data).to.have.length(3);
  });

  it('leaves the chart as it is when new data gives the same figures (a new array at each render of a framework)', async () => {
    const figures = () => [
      { year: 2017, value: 814 },
      { year: 2020, value: 600 },
    ];
    const element = await renderChart<HomelessTrend>(html`<homeless-trend .data=${figures()}></homeless-trend>`);
    const chart = element.chart!;
    let updates = 0;
    const update = chart.update.bind(chart);
    chart.update = (mode) => {
      updates++;
      update(mode);
    };
    let renders = 0;
    element.addEventListener('chart-render', () => renders++);
    element.data = figures();
    await element.updateComplete;
    element.data = JSON.stringify(figures());
    await element.updateComplete;
    await nextFrame();
    expect([updates, renders]).to.deep.equal([0, 0]);
    const drawn = rendered(element);
    element.data = [...figures(), { year: 2023, value: 473 }];
    await drawn;
    expect(updates).to.equal(1);
    expect(element.chart).to.equal(chart);
    expect(chart.data.datasets[0]!.data).to.have.length(3);
    // Mistyped, then the same figures again: the message goes, and `chart-render` says the chart is valid.
    element.data = [{ year: 2017, value: 'many' }];
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="error"]')).to.exist;
    const valid = rendered(element);
    element.data = [...figures(), { year: 2023, value: 473 }];
    await valid;
    expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('updates the existing chart, not a new one, when the theme or the language changes', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const chart = element.chart;
    let drawn = rendered(element);
    element.theme = 'dark';
    await drawn;
    drawn = rendered(element);
    element.lang = 'en';
    await drawn;
    expect(element.chart).to.equal(chart);
    expect(element.chart!.options.plugins?.ncMarkers?.lines?.[0]?.label).to.equal('Housing First');
  });
});

describe('theme', () => {
  it('reads colours from --nc-* custom properties', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend style="--nc-color-series-1: rgb(255, 0, 0)"></homeless-trend>`,
    );
    expect(element.chart!.data.datasets[0]!.borderColor).to.equal('rgb(255, 0, 0)');
  });

  it('takes a colour the page changed at the next update, also when charts of that colour were drawn', async () => {
    const other = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const before = element.chart!.data.datasets[0]!.borderColor;
    expect(before).to.equal(other.chart!.data.datasets[0]!.borderColor);
    element.style.setProperty('--nc-color-series-1', '#00ff00');
    const drawn = rendered(element);
    element.data = { 2017: 814, 2023: 500 };
    await drawn;
    expect(element.chart!.data.datasets[0]!.borderColor).to.equal('rgb(0, 255, 0)');
    // A colour that depends on where it is used: the chart's text colour.
    element.style.setProperty('--nc-color-series-1', 'currentcolor');
    element.style.setProperty('--nc-color-text', 'rgb(1, 2, 3)');
    const again = rendered(element);
    element.data = { 2017: 814, 2023: 501 };
    await again;
    expect(element.chart!.data.datasets[0]!.borderColor).to.equal('rgb(1, 2, 3)');
    expect(other.chart!.data.datasets[0]!.borderColor).to.equal(before);
  });

  it("takes the page's new colours at requestUpdate('theme'), as an app's own dark mode needs", async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const chart = element.chart;
    document.documentElement.style.setProperty('--nc-color-series-1', 'rgb(0, 0, 255)');
    try {
      const redrawn = rendered(element);
      element.requestUpdate('theme');
      await redrawn;
      expect(element.chart!.data.datasets[0]!.borderColor).to.equal('rgb(0, 0, 255)');
      expect(element.chart, 'updated in place').to.equal(chart);
    } finally {
      document.documentElement.style.removeProperty('--nc-color-series-1');
    }
  });

  it('redraws in dark colours when theme changes', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const light = element.chart!.data.datasets[0]!.borderColor;
    const redrawn = rendered(element);
    element.theme = 'dark';
    await redrawn;
    const dark = element.chart!.data.datasets[0]!.borderColor;
    expect(dark).to.not.equal(light);
    const background = getComputedStyle(element.shadowRoot!.querySelector('.nc')!).backgroundColor;
    expect(background).to.equal('rgb(23, 25, 30)');
  });

  // The colour scheme switched in a running page: only Chromium gives a test media emulation.
  chromiumOnly('follows the colour scheme with theme="auto"', async () => {
    const { emulateMedia } = await import('@web/test-runner-commands');
    await emulateMedia({ colorScheme: 'light' });
    const element = await renderChart<HomelessTrend>(html`<homeless-trend theme="auto"></homeless-trend>`);
    const light = element.chart!.data.datasets[0]!.borderColor;
    const redrawn = rendered(element);
    await emulateMedia({ colorScheme: 'dark' });
    await redrawn;
    expect(element.chart!.data.datasets[0]!.borderColor).to.not.equal(light);
    await emulateMedia({ colorScheme: 'light' });
  });

  it('uses the page font by default', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<div style="font-family: 'DejaVu Serif', serif"><homeless-trend></homeless-trend></div>`,
    );
    const ticks = element.chart!.options.scales!.x!.ticks as unknown as { font: { family: string } };
    expect(ticks.font.family).to.contain('DejaVu Serif');
  });
});

describe('language', () => {
  it("takes the nearest ancestor's lang, else the document's", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><key-figure></key-figure></div>`);
    const element = wrapper.querySelector('key-figure')!;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Need for emergency housing');
  });

  it('follows a change of the document language', async () => {
    const original = document.documentElement.lang;
    const element = await fixture(html`<key-figure></key-figure>`);
    try {
      document.documentElement.lang = 'en';
      await oneEvent(element, 'chart-render');
      expect(element.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Need for emergency housing');
    } finally {
      document.documentElement.lang = original;
    }
  });

  it('lets its own lang win over the ancestors', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><key-figure lang="sv"></key-figure></div>`);
    const element = wrapper.querySelector('key-figure')!;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Behovet av jourboende');
  });
});

describe('events', () => {
  it('fire chart-render bubbling and composed, with the chart', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const element = document.createElement('homeless-trend');
    const event = rendered(host);
    shadow.append(element);
    const { detail, bubbles, composed } = await event;
    expect(bubbles && composed).to.equal(true);
    // Compared by identity: chai's message for two different Chart instances takes the renderer down.
    expect(detail.chart).to.be.an('object');
    expect(detail.chart === element.chart).to.equal(true);
  });
});
