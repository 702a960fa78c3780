import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { chromiumOnly, reduceMotion } from '../helpers.js';
import { CUSTOM_DATA, mount, settle, shadowQuery, type Component, type Tag } from '../a11y/a11y-helpers.js';

// What a host page's own styles, which the components inherit, must not do to them.

before(reduceMotion);

const root = document.documentElement;

/** A computed length of an element of a component's shadow root, in px. */
const px = (element: Component, selector: string, property: 'fontSize' | 'minHeight' = 'fontSize'): number =>
  Number.parseFloat(getComputedStyle(shadowQuery(element, selector))[property]);

/** The sizes a reader sees of a component's text (its table shown) and the plot's least height. */
async function sizes(tag: Tag): Promise<Record<string, number>> {
  // Two years, so that <prevention-stats> shows its legend.
  const element = await mount(tag, tag === 'prevention-stats' ? { ...CUSTOM_DATA[tag], source: 'Kronofogden' } : {});
  await settle();
  // Out of the way: a chart below it, out of view, would not be drawn.
  const done = <T>(result: T): T => {
    element.parentElement!.remove();
    return result;
  };
  if (tag === 'key-figure') return done({ heading: px(element, '.heading'), figure: px(element, '.figure-value') });
  shadowQuery(element, 'button[aria-controls="data-table"]').click();
  await element.updateComplete;
  await settle();
  return done({
    heading: px(element, '.heading'),
    figure: px(element, '.figure-value'),
    source: px(element, '.source'),
    button: px(element, '.actions button'),
    table: px(element, 'table'),
    tooltip: px(element, '.tooltip'),
    plot: px(element, '.chart', 'minHeight'),
    ...(tag === 'prevention-stats' ? { legend: px(element, '.legend') } : {}),
    ...(tag === 'homeless-trend' ? { period: px(element, '.figure-period') } : {}),
  });
}

/** The left edge of the first occurrence of `text` in an element's text, in px of the viewport. */
function leftOf(element: HTMLElement, text: string): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node.textContent ?? '').indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`no "${text}" in ${element.className}`);
}

describe('a host page', () => {
  afterEach(() => {
    root.style.fontSize = '';
    document.body.style.fontSize = '';
  });

  // A common reset: 1rem = 10 px, so that the page's own sizes are easy to count, and the body's text at 16 px.
  for (const tag of ['homeless-trend', 'prevention-stats', 'key-figure'] as const)
    it(`with html { font-size: 62.5% } and body { font-size: 1.6rem } shows <${tag}>'s text as large as a page at 16 px`, async () => {
      const plain = await sizes(tag);
      expect(plain.heading).to.equal(20);
      root.style.fontSize = '62.5%';
      document.body.style.fontSize = '1.6rem';
      expect(await sizes(tag)).to.deep.equal(plain);
    });

  // An Arabic or Hebrew page (or one of its blocks) lays text out right to left; the components' Swedish and
  // English run left to right: "814 → 473 personer" read "473 personer → 814", the reverse change.
  it('with dir="rtl" lays the component out left to right: its figure, tooltip, canvas and table', async () => {
    root.dir = 'rtl';
    try {
      const element = await mount('homeless-trend');
      const direction = (selector: string): string => getComputedStyle(shadowQuery(element, selector)).direction;
      expect(direction('.nc')).to.equal('ltr');
      expect(direction('canvas'), 'the text drawn on the canvas').to.equal('ltr');
      const line = shadowQuery(element, '.figure-line');
      expect(leftOf(line, '814'), '814 → 473').to.be.below(leftOf(line, '473'));
      const change = shadowQuery(element, '.figure-value');
      expect(leftOf(change, '−'), '−42 %').to.be.below(leftOf(change, '42'));

      shadowQuery(element, '.chart').focus();
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      const tooltip = shadowQuery(element, '.tooltip');
      expect(tooltip.hidden).to.equal(false);
      expect(direction('.tooltip')).to.equal('ltr');
      expect(leftOf(tooltip, '2017'), 'the year first').to.be.below(leftOf(tooltip, '814'));

      shadowQuery(element, 'button[aria-controls="data-table"]').click();
      await element.updateComplete;
      await settle();
      const table = shadowQuery(element, 'table');
      expect(leftOf(table, '2017'), 'the years in the first column').to.be.below(leftOf(table, '814'));
      const buttons = [...element.shadowRoot!.querySelectorAll('.actions button')].map(
        (button) => button.getBoundingClientRect().left,
      );
      expect(buttons[0], 'the first button first').to.be.below(buttons[1]!);
    } finally {
      root.dir = '';
    }
  });

  // A page set in columns (a newsletter, a sidebar of teasers) would split a component between them.
  for (const tag of ['homeless-trend', 'key-figure'] as const)
    it(`set in two columns keeps <${tag}> whole in one`, async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div style="columns: 2; column-gap: 16px; width: 800px">
          <p style="height: 120px; margin: 0">Text</p>
        </div>`,
      );
      const element = document.createElement(tag) as Component;
      element.setAttribute('eager', '');
      const rendered = new Promise((resolve) => element.addEventListener('chart-render', resolve, { once: true }));
      page.append(element);
      await rendered;
      await settle();
      const heading = shadowQuery(element, '[part="heading"]').getBoundingClientRect();
      const last = shadowQuery(element, '[part="source"]').getBoundingClientRect();
      expect(last.left, 'the source under the heading').to.equal(heading.left);
      if (tag === 'homeless-trend')
        expect(shadowQuery(element, '[part="chart"]').getBoundingClientRect().left, 'the plot').to.equal(heading.left);
    });

  // CSS zoom on a block round a chart (a page's "larger" style, an app's scaled preview) enlarges the canvas
  // as an image: drawn at the screen's pixel ratio alone, it was blurred.
  it('with zoom: 1.5 round a chart draws it with 1.5 canvas pixels to a CSS px, as large as its box', async function () {
    if (!('currentCSSZoom' in Element.prototype)) this.skip();
    const page = await fixture<HTMLDivElement>(html`<div style="zoom: 1.5; width: 400px"></div>`);
    const element = document.createElement('homeless-trend') as Component;
    const rendered = new Promise((resolve) => element.addEventListener('chart-render', resolve, { once: true }));
    page.append(element);
    await rendered;
    await settle();
    const canvas = element.shadowRoot!.querySelector('canvas')!;
    const cssWidth = Number.parseFloat(canvas.style.width);
    expect(canvas.width / cssWidth, 'canvas pixels to a CSS px').to.be.closeTo(1.5 * window.devicePixelRatio, 0.01);
    const box = shadowQuery(element, '.chart').getBoundingClientRect();
    expect(canvas.getBoundingClientRect().width, 'on screen, as wide as the plot').to.be.closeTo(box.width, 1);
    expect(element.chart!.width, 'laid out in CSS px').to.equal(cssWidth);
    // Fitted again without a resize (before printing, or when the screen's pixel ratio changes): the same size.
    window.dispatchEvent(new Event('beforeprint'));
    await settle();
    expect(element.chart!.width, 'fitted again').to.equal(cssWidth);
    page.style.zoom = '2';
    await settle();
    expect(canvas.width / cssWidth, 'zoomed further').to.be.closeTo(2 * window.devicePixelRatio, 0.01);
  });

  // Print is emulated in Chromium only (the Firefox runner cannot).
  chromiumOnly('on paper, under zoom: 1.5, draws at least twice the pixels the zoomed box shows', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="zoom: 1.5; width: 400px"></div>`);
    const element = document.createElement('homeless-trend') as Component;
    const rendered = new Promise((resolve) => element.addEventListener('chart-render', resolve, { once: true }));
    page.append(element);
    await rendered;
    try {
      await emulateMedia({ media: 'print' });
      window.dispatchEvent(new Event('beforeprint'));
      await settle();
      const canvas = element.shadowRoot!.querySelector('canvas')!;
      const ratio = canvas.width / Number.parseFloat(canvas.style.width);
      expect(ratio, 'canvas pixels to a CSS px').to.be.closeTo(1.5 * Math.max(2, window.devicePixelRatio), 0.01);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
