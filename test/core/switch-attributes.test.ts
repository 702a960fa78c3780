import { expect, fixture, html } from '@open-wc/testing';
import { Chart } from 'chart.js';
import '../../src/index.js';
import { canvasOf, nextFrame, reduceMotion, renderChart } from '../helpers.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';
import type { KeyFigure } from '../../src/components/key-figure/key-figure.component.js';

// Vue and Svelte write a false value bound to an attribute as the text "false" (`no-summary="false"`), and
// an editor may write it to mean off; HTML alone would read any value of a boolean attribute as on.

before(reduceMotion);

const summaryOf = (element: Element): string | undefined =>
  element.shadowRoot?.querySelector('[part="summary"]')?.textContent.trim();
const buttonsOf = (element: Element): string[] =>
  [...(element.shadowRoot?.querySelectorAll('button') ?? [])].map((button) => button.textContent.trim());

describe('switch attributes written "false"', () => {
  it('no-summary="false" shows the summary, as no attribute does; "", "true" or "no-summary" hide it', async () => {
    for (const [value, shown] of [
      ['false', true],
      ['', false],
      ['true', false],
      ['no-summary', false],
    ] as const) {
      const trend = await renderChart<HomelessTrend>(html`<homeless-trend eager no-summary=${value}></homeless-trend>`);
      expect(Boolean(summaryOf(trend)), `<homeless-trend no-summary="${value}">`).to.equal(shown);
      const figure = await fixture<KeyFigure>(html`<key-figure value="473" no-summary=${value}></key-figure>`);
      expect(Boolean(summaryOf(figure)), `<key-figure no-summary="${value}">`).to.equal(shown);
    }
  });

  it('no-actions="false" keeps the buttons', async () => {
    const element = await renderChart<HomelessTrend>(html`<homeless-trend no-actions="false"></homeless-trend>`);
    expect(buttonsOf(element)).to.include('Visa tabell');
    element.setAttribute('no-actions', '');
    await element.updateComplete;
    expect(buttonsOf(element)).to.deep.equal([]);
  });

  it('eager="false" draws a chart far below the viewport only when it comes near, as no attribute does', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div style="width: 480px">
        <div style="height: ${window.innerHeight + 600}px"></div>
        <homeless-trend eager="false"></homeless-trend>
      </div>`,
    );
    const element = page.querySelector<HomelessTrend>('homeless-trend');
    if (!element) throw new Error('no element');
    await element.updateComplete;
    for (let frame = 0; frame < 4; frame++) await nextFrame();
    // Booleans, not the chart: a failing assertion that holds a chart is more than the runner can report.
    expect(Chart.getChart(canvasOf(element)) !== undefined, 'drawn while far below the viewport').to.equal(false);
    element.setAttribute('eager', '');
    await element.updateComplete;
    for (let frame = 0; frame < 4 && !Chart.getChart(canvasOf(element)); frame++) await nextFrame();
    expect(Chart.getChart(canvasOf(element)) !== undefined, 'drawn once eager').to.equal(true);
  });
});
