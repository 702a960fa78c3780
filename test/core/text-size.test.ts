import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../../src/index.js';
import { canvasOf, chromiumOnly, nextFrame, reduceMotion, renderChart, rendered } from '../helpers.js';
import { placedMarkerLabels, placedValueLabels } from '../placed-labels.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';

// WCAG 1.4.4 Resize text: text enlarged while the page is open (the browser's font size, Firefox's
// "Zoom text only", a site's own "larger text" button) enlarges the text drawn on the canvas too, as it
// does the text around it, in the chart already drawn.

before(reduceMotion);

const frames = async (count: number): Promise<void> => {
  for (let frame = 0; frame < count; frame++) await nextFrame();
};

interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * How tall the text drawn in a box of the canvas is, in CSS px: the rows between the first and the last
 * with a dark pixel (the light theme's text on its background).
 */
function inkHeight(chart: Chart, box: Box): number {
  const ratio = chart.currentDevicePixelRatio;
  const width = Math.round(box.width * ratio);
  const height = Math.round(box.height * ratio);
  const { data } = chart.ctx.getImageData(Math.round(box.left * ratio), Math.round(box.top * ratio), width, height);
  const rows: number[] = [];
  for (let row = 0; row < height; row++)
    for (let column = 0; column < width; column++) {
      const offset = (row * width + column) * 4;
      if (data[offset + 3]! > 200 && data[offset]! + data[offset + 1]! + data[offset + 2]! < 300) {
        rows.push(row);
        break;
      }
    }
  return rows.length ? (rows.at(-1)! - rows[0]! + 1) / ratio : 0;
}

/** What a reader sees of the text on the canvas: its sizes, and the value labels' and the marker's boxes. */
function drawnText(element: HomelessTrend) {
  const chart = Chart.getChart(canvasOf(element))!;
  const [label] = placedValueLabels(chart).filter(({ text }) => text === '814');
  const [marker] = placedMarkerLabels(chart);
  const x = chart.options.scales!.x!.ticks as unknown as { font: { size: number } };
  const y = chart.options.scales!.y!.ticks as unknown as { font: { size: number } };
  return {
    ticks: [x.font.size, y.font.size],
    label: label && { width: label.width, height: label.height, ink: inkHeight(chart, label) },
    marker: marker && { text: marker.text, width: marker.width },
  };
}

/** The summary's font size in the page, in px: the HTML text the canvas text must keep up with. */
const summarySize = (element: HomelessTrend): number =>
  Number.parseFloat(getComputedStyle(element.shadowRoot!.querySelector('.summary')!).fontSize);

const root = document.documentElement;

describe('text enlarged while the page is open (WCAG 1.4.4)', () => {
  afterEach(() => {
    root.style.fontSize = '';
    window.scrollTo(0, 0);
  });

  it('draws the canvas text at 200 % when the root font size becomes 200 %, in the same chart', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const chart = element.chart!;
    const before = drawnText(element);
    expect(before.ticks).to.deep.equal([14, 14]);
    expect(before.label?.ink, 'the label "814" is drawn').to.be.greaterThan(5);
    expect(before.marker?.text).to.equal('Bostad först');

    root.style.fontSize = '200%';
    await frames(3);
    expect(summarySize(element), 'the HTML text').to.equal(32);
    expect(element.chart, 'the same Chart.js chart').to.equal(chart);
    const after = drawnText(element);
    expect(after.ticks, 'the axes').to.deep.equal([28, 28]);
    expect(after.label!.height, 'the label "814"').to.equal(before.label!.height + 14);
    expect(after.label!.width / before.label!.width).to.be.within(1.7, 2.3);
    expect(after.label!.ink / before.label!.ink, 'the drawn digits of "814"').to.be.within(1.7, 2.3);
    expect(after.marker!.width / before.marker!.width, '"Bostad först"').to.be.within(1.7, 2.3);

    // Drawn as the same chart is when the page is loaded with the larger text already set (eager: below
    // the first, it may be out of view).
    const loaded = await renderChart<HomelessTrend>(html`<homeless-trend eager></homeless-trend>`);
    expect(drawnText(element)).to.deep.equal(drawnText(loaded));
  });

  it('follows a parent whose font size changes, though the chart keeps its size', async () => {
    // Its height from its width alone: the least and greatest heights are in em, and follow the text too.
    const element = await renderChart<HomelessTrend>(
      html`<div style="font-size: 16px">
        <homeless-trend style="--nc-chart-min-height: 0; --nc-chart-max-height: none"></homeless-trend>
      </div>`,
    );
    const chart = element.chart!;
    const plot = element.shadowRoot!.querySelector('.chart')!;
    const size = (): [number, number] => [plot.clientWidth, plot.clientHeight];
    const box = size();
    const before = drawnText(element);

    element.parentElement!.style.fontSize = '32px';
    await frames(3);
    expect(summarySize(element), 'the HTML text').to.equal(32);
    expect(size(), 'the plot has the same size').to.deep.equal(box);
    expect(element.chart).to.equal(chart);
    const after = drawnText(element);
    expect(after.ticks).to.deep.equal([28, 28]);
    expect(after.label!.ink / before.label!.ink).to.be.within(1.7, 2.3);

    element.parentElement!.style.fontSize = '';
    await frames(3);
    expect(drawnText(element), 'back to the page’s size').to.deep.equal(before);
  });

  it('follows a change made while the chart is hidden, when it is shown again', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const chart = element.chart!;
    element.hidden = true;
    await frames(2);
    root.style.fontSize = '200%';
    await frames(2);
    element.hidden = false;
    await frames(3);
    expect(element.chart).to.equal(chart);
    expect(drawnText(element).ticks).to.deep.equal([28, 28]);
  });

  it('draws a chart that was not yet drawn (far below the viewport) at the new size when it comes into view', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div style="width: 640px">
        <div style="height: ${window.innerHeight + 800}px"></div>
        <homeless-trend></homeless-trend>
      </div>`,
    );
    const element = page.querySelector<HomelessTrend>('homeless-trend')!;
    await element.updateComplete;
    await frames(3);
    expect(Chart.getChart(canvasOf(element)), 'not drawn yet').to.equal(undefined);
    root.style.fontSize = '200%';
    await frames(3);
    const drawn = rendered(element);
    element.scrollIntoView();
    await drawn;
    expect(drawnText(element).ticks).to.deep.equal([28, 28]);
  });

  it('neither redraws nor reconfigures a chart whose text size stays as it was', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    // The configuration (with the theme read from the page's styles) is built only when something changed.
    const built = element as unknown as { chartConfig: (...args: unknown[]) => unknown };
    const chartConfig = built.chartConfig;
    let configs = 0;
    built.chartConfig = function (this: unknown, ...args: unknown[]) {
      configs++;
      return chartConfig.apply(this, args);
    };
    let renders = 0;
    element.addEventListener('chart-render', () => renders++);
    await frames(5);
    expect([renders, configs], 'at rest').to.deep.equal([0, 0]);
    // A resize only resizes.
    element.parentElement!.style.width = '500px';
    await frames(3);
    expect(renders, 'resized').to.be.greaterThan(0);
    expect(configs, 'reconfigured on a resize').to.equal(0);
  });

  chromiumOnly('follows the browser’s own font size setting (Chrome: Settings → Font size)', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    const chart = element.chart!;
    try {
      await executeServerCommand('font-sizes', { standard: 32 });
      await frames(3);
      expect(summarySize(element), 'the HTML text').to.equal(32);
      expect(element.chart).to.equal(chart);
      expect(drawnText(element).ticks).to.deep.equal([28, 28]);
    } finally {
      await executeServerCommand('font-sizes', { standard: 16 });
    }
  });
});
