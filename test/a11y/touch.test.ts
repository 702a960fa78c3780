import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/homeless-trend/homeless-trend.js';
import { canvasOf, nextFrame, reduceMotion, renderChart, rendered, setViewport } from '../helpers.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';

// A reader on a phone: a finger taps the points and scrolls the page across the charts (Chromium, with a
// touch screen over the DevTools protocol: test/cdp-commands.mjs).

const FIGURES = '{"2015":600,"2016":650,"2017":814,"2019":700,"2023":473}';

const tooltipOf = (element: HomelessTrend): HTMLElement => element.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;

/** Where the point of `index` is drawn, in CSS px of the viewport. */
function pointAt(element: HomelessTrend, index: number): [number, number] {
  const canvas = canvasOf(element).getBoundingClientRect();
  const point = element.chart!.getDatasetMeta(0).data[index]!;
  return [Math.round(canvas.left + point.x), Math.round(canvas.top + point.y)];
}

/** A chart at the page's width, drawn, with room to scroll the page below it. */
async function chartAndRoom(): Promise<{ element: HomelessTrend; filler: HTMLElement }> {
  const element = await renderChart<HomelessTrend>(html`<homeless-trend data=${FIGURES}></homeless-trend>`, null);
  return { element, filler: await fixture(html`<div style="height: 2000px"></div>`) };
}

/** A finger down on the first point, moved through the others and lifted; then the frames Chart.js handles it in. */
async function touch(...points: [number, number][]): Promise<void> {
  await executeServerCommand('touch', { points });
  await nextFrame();
  await nextFrame();
}

describe('touch', () => {
  before(reduceMotion);

  beforeEach(() => setViewport({ width: 390, height: 700 }));

  afterEach(async () => {
    // A scroll by a finger goes on for a while after it is lifted: back to the top once it has stopped.
    for (let still = 0, last = NaN; still < 5; last = window.scrollY) {
      await nextFrame();
      still = window.scrollY === last ? still + 1 : 0;
    }
    window.scrollTo(0, 0);
  });

  it('shows the tooltip of the point tapped, and takes it away with a tap elsewhere', async () => {
    const { element, filler } = await chartAndRoom();
    await touch(pointAt(element, 4));
    expect(tooltipOf(element).hidden).to.equal(false);
    expect(tooltipOf(element).textContent).to.equal('2023: 473 personer');
    const { top } = filler.getBoundingClientRect();
    await touch([100, Math.max(top + 20, 680)]);
    expect(tooltipOf(element).hidden, 'hidden after a tap outside the chart').to.equal(true);
  });

  it('leaves no tooltip behind where a finger scrolls the page across a chart (WCAG 1.4.13)', async () => {
    const { element } = await chartAndRoom();
    const [x, y] = pointAt(element, 0);
    // Up, as a thumb scrolls down a page, starting on the first point; held still before it is lifted, so
    // that the page does not fling on into the next test.
    const path = Array.from({ length: 11 }, (_, step): [number, number] => [x, y - step * 15]);
    await touch(...path, ...Array.from({ length: 5 }, () => path[10]!));
    expect(window.scrollY, 'the page scrolled').to.be.greaterThan(0);
    expect(tooltipOf(element).hidden, 'no tooltip left over the chart').to.equal(true);
    expect(element.chart!.getActiveElements()).to.deep.equal([]);
  });

  it('keeps the tooltip on the point tapped, over it, when the phone is turned', async () => {
    const { element } = await chartAndRoom();
    await touch(pointAt(element, 3));
    expect(tooltipOf(element).textContent).to.equal('2019: 700 personer');
    // Turned: the chart is drawn wider, and the tap's place on the canvas is now over another year.
    const redrawn = rendered(element);
    await setViewport({ width: 700, height: 390 });
    await redrawn;
    await nextFrame();
    expect(tooltipOf(element).hidden).to.equal(false);
    expect(tooltipOf(element).textContent).to.equal('2019: 700 personer');
    expect(element.chart!.getActiveElements().map(({ index }) => index)).to.deep.equal([3]);
    const tooltip = tooltipOf(element).getBoundingClientRect();
    expect(Math.abs(tooltip.left + tooltip.width / 2 - pointAt(element, 3)[0]), 'over its point').to.be.below(2);
  });

  it('leaves a tapped button without its hover style', async () => {
    const { element } = await chartAndRoom();
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!;
    const box = button.getBoundingClientRect();
    await touch([Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]);
    expect(button.getAttribute('aria-expanded'), 'the tap pressed it').to.equal('true');
    expect(button.matches(':hover'), 'the tap left it hovered').to.equal(true);
    expect(getComputedStyle(button).textDecorationLine).to.equal('none');
  });
});
