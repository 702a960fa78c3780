import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/homeless-trend/homeless-trend.js';
import '../../src/components/prevention-stats/prevention-stats.js';
import { renderChart } from '../helpers.js';
import type { Chart } from 'chart.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';
import type { PreventionStats } from '../../src/components/prevention-stats/prevention-stats.component.js';

/** The options every element was drawn with, dataset by dataset, as Chart.js holds them. */
const elementOptions = (chart: Chart): Record<string, unknown>[][] =>
  chart.data.datasets.map((_, index) =>
    chart
      .getDatasetMeta(index)
      .data.map((element) => (element as unknown as { options: Record<string, unknown> }).options),
  );

/** Until what the elements were drawn with is what the update asked for: an animation ends within 1 s. */
const settled = (what: string, done: () => boolean): Promise<void> => waitUntil(done, what, { timeout: 5000 });

// Chart.js sets a style given for a whole series on the elements that share it; elements once styled one
// by one (an array, a function) would keep their old style. The other tests run with reduced motion.
describe('a chart updated in place, animated', () => {
  before(() => emulateMedia({ reducedMotion: 'no-preference' }));
  after(() => emulateMedia({ reducedMotion: 'reduce' }));

  it('<prevention-stats>: every bar in its series’ style, from one year to several and in a new theme', async () => {
    const element = await renderChart<PreventionStats>(html`<prevention-stats></prevention-stats>`);
    const styles = () =>
      elementOptions(element.chart!).map((bars) =>
        bars.map(({ backgroundColor }) => (backgroundColor instanceof CanvasPattern ? 'stripes' : backgroundColor)),
      );
    element.data = [2019, 2020, 2021, 2022, 2023].map((year, index) => ({
      year,
      families: 40 + index,
      children: 90 + index,
    }));
    await element.updateComplete;
    const light = element.chart!.data.datasets[0]!.backgroundColor as string;
    const lightBars = [Array(5).fill(light), Array(5).fill('stripes')];
    await settled('the bars in the series’ styles', () => JSON.stringify(styles()) === JSON.stringify(lightBars));
    expect(styles()).to.deep.equal(lightBars);
    element.theme = 'dark';
    await element.updateComplete;
    const dark = element.chart!.data.datasets[0]!.backgroundColor as string;
    expect(dark).to.not.equal(light);
    const darkBars = [Array(5).fill(dark), Array(5).fill('stripes')];
    await settled('the bars in the dark styles', () => JSON.stringify(styles()) === JSON.stringify(darkBars));
    expect(styles()).to.deep.equal(darkBars);
  });

  it('<homeless-trend>: no point drawn on a long series that came after a short one with points', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    element.data = Array.from({ length: 2000 }, (_, index) => ({ year: 1000 + index, value: index % 50 }));
    await element.updateComplete;
    const drawnPoints = () => elementOptions(element.chart!)[0]!.filter(({ radius }) => radius !== 0);
    await settled('no point drawn', () => drawnPoints().length === 0);
    expect(drawnPoints()).to.have.length(0);
  });
});
