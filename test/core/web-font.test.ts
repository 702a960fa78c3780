import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../src/components/homeless-trend/homeless-trend.js';
import '../../src/components/prevention-stats/prevention-stats.js';
import { canvasOf, renderChart } from '../helpers.js';

describe('a web font that arrives after the chart is drawn', () => {
  let style: HTMLStyleElement;
  // A family of its own for each test, loaded anew: the browser keeps a font it has loaded.
  let family = '';
  let tests = 0;

  beforeEach(async () => {
    tests += 1;
    family = `Late Sans ${tests}`;
    // The drawing code first, so that the charts below are drawn while the font is still on its way.
    await renderChart(html`<homeless-trend eager></homeless-trend>`);
    style = document.createElement('style');
    style.textContent = `@font-face { font-family: '${family}'; src: url('/__test__/slow-font.woff2?ms=2000&test=${tests}') format('woff2'); }`;
    document.head.append(style);
  });

  afterEach(() => style.remove());

  /** The chart drawn in a box that asks for the font; resolves with it once it has drawn. */
  async function drawnInLateSans(chart: TemplateResult): Promise<Element> {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 640px; --nc-font-family: '${family}', serif"></div>`,
    );
    const drawn = oneEvent(wrapper, 'chart-render');
    render(chart, wrapper);
    return (await drawn).target as Element;
  }

  const charts = {
    // Numbers wide enough that the value axis's width depends on the font.
    '<homeless-trend>': html`<homeless-trend eager data='{"2017":81400,"2023":47300}'></homeless-trend>`,
    // The bars' names wrapped under them: the category axis's height depends on the font.
    '<prevention-stats>': html`<prevention-stats eager></prevention-stats>`,
  };

  for (const [name, chart] of Object.entries(charts)) {
    it(`has ${name} drawn again in it, laid out as if the font had been there from the start`, async () => {
      const element = await drawnInLateSans(chart);
      // The heading's text asked for the font; the canvas was drawn in the fallback meanwhile.
      expect(document.fonts.status, 'the font is still on its way').to.equal('loading');
      const fallback = canvasOf(element).toDataURL();
      // Drawn again only once the font has come: WebKit resolves `document.fonts.ready` before.
      await oneEvent(element, 'chart-render');
      expect(document.fonts.check(`12px '${family}'`), 'the font has come').to.equal(true);
      const redrawn = canvasOf(element).toDataURL();
      expect(redrawn, 'drawn in the web font').to.not.equal(fallback);
      // The axes measured their labels again: the fallback's widths would leave the labels too little room.
      const drawnWithFont = await drawnInLateSans(chart);
      expect(redrawn === canvasOf(drawnWithFont).toDataURL(), 'as a chart drawn with the font in').to.equal(true);
    });
  }
});
