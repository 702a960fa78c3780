import { expect, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { Chart, Filler, Title, Tooltip, type Plugin } from 'chart.js';
import '../../src/components/homeless-trend/homeless-trend.js';
import '../../src/components/prevention-stats/prevention-stats.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';
import type { PreventionStats } from '../../src/components/prevention-stats/prevention-stats.component.js';
import { canvasOf, nextFrame, reduceMotion, renderChart } from '../helpers.js';

// npm users' bundlers give the page one Chart.js, shared with the app's own charts: what the app registers
// and sets as Chart.js's defaults for its charts must not change ours.

/** A gap in 2020, so that a line across it would show; the 2023 point is hovered. */
const TREND = html`<homeless-trend data='{"2017":814,"2019":700,"2020":null,"2021":560,"2023":473}'></homeless-trend>`;
const STATS = html`<prevention-stats
  data='[{"year":2022,"families":40,"children":90},{"year":2023,"families":53,"children":109}]'
></prevention-stats>`;

/** The canvas's pixels with the pointer over the chart's last point (its tooltip, if any, drawn too). */
async function pixelsWithPointer(element: HomelessTrend | PreventionStats): Promise<Uint8ClampedArray> {
  const canvas = canvasOf(element);
  const box = canvas.getBoundingClientRect();
  const points = element.chart!.getDatasetMeta(0).data;
  const point = points[points.length - 1]!;
  await sendMouse({ type: 'move', position: [Math.round(box.left + point.x), Math.round(box.top + point.y + 2)] });
  await nextFrame();
  await nextFrame();
  const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  await resetMouse();
  return pixels;
}

/** How many pixels differ. */
function differing(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  expect(a.length).to.equal(b.length);
  let count = 0;
  for (let index = 0; index < a.length; index += 4)
    if (a[index] !== b[index] || a[index + 1] !== b[index + 1] || a[index + 2] !== b[index + 2]) count++;
  return count;
}

describe("an app's own Chart.js set-up", () => {
  const appDrew: Chart[] = [];
  const appPlugin: Plugin = { id: 'appWatermark', afterDraw: (chart) => void appDrew.push(chart) };
  const { defaults } = Chart;
  /** Chart.js's defaults before the app set its own; the line's exist once a component has drawn a chart. */
  let saved: (Pick<typeof defaults, 'indexAxis'> & { tension: unknown; spanGaps: unknown }) | undefined;

  before(reduceMotion);

  function setUpLikeAnApp(): void {
    Chart.register(Tooltip, Title, Filler, appPlugin);
    saved ??= {
      tension: defaults.elements.line.tension,
      spanGaps: defaults.datasets.line.spanGaps,
      indexAxis: defaults.indexAxis,
    };
    defaults.plugins.title.display = true;
    defaults.plugins.title.text = 'APP TITLE';
    defaults.elements.line.tension = 0.4;
    defaults.datasets.line.spanGaps = true;
    defaults.indexAxis = 'y';
  }

  afterEach(() => {
    Chart.unregister(Tooltip, Title, Filler, appPlugin);
    if (!saved) return;
    // Unregistering the title plugin took its defaults.
    Object.assign(defaults.elements.line, { tension: saved.tension });
    Object.assign(defaults.datasets.line, { spanGaps: saved.spanGaps });
    defaults.indexAxis = saved.indexAxis;
  });

  for (const [name, template] of [
    ['<homeless-trend>', TREND],
    ['<prevention-stats>', STATS],
  ] as const) {
    it(`leaves ${name} drawn as without it, also under the pointer`, async () => {
      const alone = await renderChart<HomelessTrend>(template);
      const expected = await pixelsWithPointer(alone);
      alone.remove();
      setUpLikeAnApp();
      const shared = await renderChart<HomelessTrend>(template);
      const pixels = await pixelsWithPointer(shared);
      expect(appDrew, "the app's plugin").to.not.include(shared.chart);
      expect(differing(pixels, expected), 'pixels that differ').to.equal(0);
      shared.remove();
    });
  }

  it('keeps what the app registers after a chart was drawn off it, when it is resized or printed', async () => {
    const element = await renderChart<HomelessTrend>(TREND);
    const chart = element.chart!;
    setUpLikeAnApp();
    const resized = new Promise((resolve) => element.addEventListener('chart-render', resolve, { once: true }));
    element.parentElement!.style.width = '560px';
    await resized;
    expect(chart.width, 'resized').to.equal(element.chart!.width);
    expect(element.chart, 'the same chart').to.equal(chart);
    expect(appDrew, "the app's plugin").to.not.include(chart);
    expect((chart as unknown as { titleBlock?: unknown }).titleBlock, "the app's title").to.equal(undefined);
    element.remove();
  });

  it('keeps what the app registers after a chart was drawn off it, when the keys move along its points', async () => {
    const element = await renderChart<HomelessTrend>(TREND);
    const chart = element.chart!;
    setUpLikeAnApp();
    element.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!.focus();
    await sendKeys({ press: 'End' });
    await nextFrame();
    expect(chart.getActiveElements(), 'a point shown').to.have.length(1);
    expect(appDrew, "the app's plugin").to.not.include(chart);
    expect((chart as unknown as { titleBlock?: unknown }).titleBlock, "the app's title").to.equal(undefined);
    element.remove();
  });

  it('still lets the app draw its own charts with its set-up', () => {
    setUpLikeAnApp();
    const canvas = document.createElement('canvas');
    document.body.append(canvas);
    const chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: ['a'], datasets: [{ data: [1] }] },
      options: { animation: false },
    });
    expect(appDrew).to.include(chart);
    expect(chart.options.plugins?.title?.display).to.equal(true);
    chart.destroy();
    canvas.remove();
  });
});
