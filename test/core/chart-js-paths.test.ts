import { expect, html } from '@open-wc/testing';
import { Ticks, type Chart } from 'chart.js';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { reduceMotion, renderChart } from '../helpers.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';

before(reduceMotion);

// The self-contained bundles leave out the paths of Chart.js that these options never take
// (scripts/bundle/only-reachable-chart-js.mjs). Read here as Chart.js resolves them, with all of Chart.js,
// for every kind of chart the components draw: an option of ours that took one of those paths would be
// drawn otherwise by the bundles.
const CHARTS: Record<string, TemplateResult> = {
  'a line': html`<homeless-trend theme="dark" lang="en"></homeless-trend>`,
  'a line with gaps and a marker': html`<homeless-trend
    data='{"2011":1200,"2017":814,"2018":700,"2023":473}'
    markers='[{"date":"2022-05","label":"Bostad först"}]'
  ></homeless-trend>`,
  'bars of a trend': html`<homeless-trend type="bar" data='{"2017":814,"2018":null,"2023":473}'></homeless-trend>`,
  'bars of one year': html`<prevention-stats></prevention-stats>`,
  'bars of several years': html`<prevention-stats
    data='[{"year":2022,"families":47,"children":97},{"year":2023,"families":53,"children":109}]'
  ></prevention-stats>`,
};

const LONG = Array.from({ length: 3000 }, (_, index) => ({ year: 1000 + index, value: index % 97 }));

async function chartOf(template: TemplateResult): Promise<Chart> {
  const element = await renderChart<HomelessTrend>(template);
  const { chart } = element;
  if (!chart) throw new Error('no chart');
  return chart;
}

interface ScaleOptions {
  stacked?: unknown;
  position: unknown;
  ticks: {
    showLabelBackdrop: unknown;
    textStrokeWidth: unknown;
    callback: unknown;
    mirror: unknown;
    crossAlign: unknown;
    align: unknown;
    major: { enabled?: unknown };
    sampleSize?: unknown;
    stepSize?: unknown;
    count?: unknown;
  };
}

const EDGES: readonly unknown[] = ['left', 'right', 'top', 'bottom'];

function expectOnlyReachablePaths(chart: Chart): void {
  expect(chart.options.responsive, 'responsive').to.equal(false);
  expect(chart.options.interaction?.mode, 'interaction mode').to.equal('nearest');
  expect(chart.options.hover?.mode, 'hover mode').to.equal('nearest');
  expect(chart.options.interaction?.intersect, 'interaction: not intersecting').to.equal(false);
  expect(chart.options.hover?.intersect, 'hover: not intersecting').to.equal(false);
  for (const scale of Object.values(chart.scales)) {
    const { stacked, position, ticks } = scale.options as unknown as ScaleOptions;
    expect(stacked, `${scale.id}: stacked`).to.not.be.ok;
    // At an edge of the plot, not at its centre or another axis's value.
    expect(EDGES.includes(position), `${scale.id}: at an edge`).to.equal(true);
    expect(ticks.mirror, `${scale.id}: labels outside the axis`).to.equal(false);
    expect(ticks.crossAlign, `${scale.id}: labels aligned to the axis`).to.equal('near');
    expect(ticks.align, `${scale.id}: labels centred on their ticks`).to.equal('center');
    expect(!ticks.major.enabled, `${scale.id}: no major ticks`).to.equal(true);
    expect(ticks.sampleSize === undefined, `${scale.id}: every label measured`).to.equal(true);
    expect(ticks.stepSize === undefined && ticks.count === undefined, `${scale.id}: nice ticks`).to.equal(true);
    expect(ticks.showLabelBackdrop, `${scale.id}: label backdrop`).to.equal(false);
    expect(ticks.textStrokeWidth, `${scale.id}: text stroke`).to.equal(0);
    if (scale.type === 'linear')
      // Chart.js's own numeric labels are out of the bundles: each linear axis gives its own.
      expect(ticks.callback, `${scale.id}: own tick labels`).to.not.equal(Reflect.get(Ticks.formatters, 'numeric'));
  }
  chart.data.datasets.forEach((dataset, index) => {
    const meta = chart.getDatasetMeta(index);
    expect(dataset.stack, 'stack').to.equal(undefined);
    expect(meta._stacked, 'stacked').to.equal(false);
    if (meta.type === 'line') {
      const line = meta.dataset?.options as Record<string, unknown>;
      expect([line.tension, line.stepped, line.cubicInterpolationMode], 'straight line').to.deep.equal([
        0,
        false,
        'default',
      ]);
      expect(chart.options.parsing, 'parsing').to.equal(false);
      expect(line.spanGaps, 'no line across a gap').to.equal(false);
      for (const point of meta.data) expect((point.options as { pointStyle: unknown }).pointStyle).to.equal('circle');
    } else {
      expect(
        dataset.data.every((value) => value === null || typeof value === 'number'),
        'numbers',
      ).to.equal(true);
      const { minBarLength, skipNull, grouped } = (
        meta.controller as unknown as { options: { minBarLength?: unknown; skipNull?: unknown; grouped?: unknown } }
      ).options;
      expect(!minBarLength, 'no least bar length').to.equal(true);
      expect(!skipNull && grouped === true, 'grouped, not skipping a missing figure').to.equal(true);
      for (const bar of meta.data) {
        const options = bar.options as Record<string, unknown>;
        expect([options.borderRadius, options.barThickness], 'plain bars').to.deep.equal([0, undefined]);
        expect(options.borderSkipped, 'the base edge skipped').to.equal('start');
      }
    }
  });
}

describe('the paths of Chart.js the charts take', () => {
  for (const [name, template] of Object.entries(CHARTS))
    it(`are the bundles' only ones: ${name}`, async () => {
      expectOnlyReachablePaths(await chartOf(template));
    });

  it("are the bundles' only ones: a long series, thinned", async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    element.data = LONG;
    await element.updateComplete;
    const { chart } = element;
    if (!chart) throw new Error('no chart');
    chart.update('none');
    expectOnlyReachablePaths(chart);
  });
});
