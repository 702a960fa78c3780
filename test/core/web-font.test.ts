import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/components/homeless-trend/homeless-trend.js';
import { canvasOf, renderChart } from '../helpers.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';

describe('a web font that arrives after the chart is drawn', () => {
  let style: HTMLStyleElement;

  beforeEach(async () => {
    // The drawing code first, so that the chart below is drawn while the font is still on its way.
    await renderChart(html`<homeless-trend eager></homeless-trend>`);
    style = document.createElement('style');
    style.textContent = `@font-face { font-family: 'Late Sans'; src: url('/__test__/slow-font.woff2?ms=3000') format('woff2'); }`;
    document.head.append(style);
  });

  afterEach(() => style.remove());

  it('has the chart drawn again in it, as the browser redraws the text around it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 640px; --nc-font-family: 'Late Sans', serif"></div>`,
    );
    const drawn = oneEvent(wrapper, 'chart-render');
    render(html`<homeless-trend eager></homeless-trend>`, wrapper);
    const element = (await drawn).target as HomelessTrend;
    // The heading's text asked for the font; the canvas was drawn in the fallback meanwhile.
    expect(document.fonts.status, 'the font is still on its way').to.equal('loading');
    const fallback = canvasOf(element).toDataURL();
    // Drawn again only once the font has come: WebKit resolves `document.fonts.ready` before.
    await oneEvent(element, 'chart-render');
    expect(document.fonts.check("12px 'Late Sans'"), 'the font has come').to.equal(true);
    expect(canvasOf(element).toDataURL(), 'drawn in the web font').to.not.equal(fallback);
  });
});
