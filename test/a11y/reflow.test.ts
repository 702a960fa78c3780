import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/homeless-trend/homeless-trend.js';
import '../../src/components/prevention-stats/prevention-stats.js';
import '../../src/components/key-figure/key-figure.js';
import { sendKeys } from '@web/test-runner-commands';
import { reduceMotion, setViewport } from '../helpers.js';
import {
  CHART_TAGS,
  CUSTOM_DATA,
  TAGS,
  applyTextSpacing,
  clippedText,
  drawnLabels,
  labelProblems,
  mount,
  overflowingElements,
  settle,
  shadowQuery,
  type Component,
  type Tag,
} from './a11y-helpers.js';

before(reduceMotion);

const LANGS = ['sv', 'en'] as const;

const LONG_HEADING = {
  sv: 'Antal personer i hemlöshet i Norrköpings kommun enligt Socialstyrelsens kartläggningar',
  en: 'Number of people in homelessness in Norrköping according to the National Board of Health and Welfare',
};

/** Years `from`…`to`, with made-up falling values. */
const yearly = (from: number, to: number): string =>
  JSON.stringify(Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [from + i, 1200 - i * 37])));

/**
 * A page at `width` × `height` CSS px (WCAG 1.4.10: 1280 px at 400 % zoom), with no body margin, restored
 * afterwards.
 */
function atViewport(width: number, height = 800): void {
  let saved = { width: 0, height: 0 };
  let margin = '';
  before(async () => {
    saved = { width: window.innerWidth, height: window.innerHeight };
    margin = document.body.style.margin;
    document.body.style.margin = '0';
    await setViewport({ width, height });
  });
  after(async () => {
    document.body.style.margin = margin;
    await setViewport(saved);
  });
}

/** The page scrolls sideways when its content is wider than the viewport. */
function expectNoPageScroll(): void {
  const viewport = document.documentElement.clientWidth;
  expect(document.documentElement.scrollWidth, `page width at a ${viewport} px viewport`).to.be.at.most(viewport);
}

/**
 * Where each line of an element's text starts, from the element's left edge, in whole px, joined with
 * commas: "0" for a paragraph of one line, or of lines all at its start.
 */
function lineStarts(element: HTMLElement): string {
  const range = document.createRange();
  const left = element.getBoundingClientRect().left;
  const lines = new Map<number, number>();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if ((text.textContent ?? '').trim() === '') continue;
    range.selectNodeContents(text);
    for (const box of range.getClientRects()) {
      if (box.width === 0) continue;
      const line = Math.round(box.top);
      lines.set(line, Math.min(lines.get(line) ?? Infinity, box.left));
    }
  }
  return [...new Set([...lines.values()].map((start) => Math.max(0, Math.round(start - left))))].join(',');
}

async function openTable(element: Component): Promise<void> {
  shadowQuery(element, 'button[aria-controls="data-table"]').click();
  await element.updateComplete;
  await settle();
}

describe('a phone turned sideways, 844 × 390 CSS px', () => {
  atViewport(844, 390);

  for (const tag of CHART_TAGS)
    it(`<${tag}> shows its heading and its whole plot on one screen, drawn at that size`, async () => {
      const element = await mount(tag, {}, { width: 844 });
      await settle();
      const heading = shadowQuery(element, '[part="heading"]').getBoundingClientRect();
      const plot = shadowQuery(element, '[part="chart"]').getBoundingClientRect();
      expect(plot.bottom - heading.top, 'from the heading to the foot of the plot').to.be.at.most(window.innerHeight);
      // Not the 16 : 9 of its width, which is taller than the screen.
      expect(plot.height).to.be.below((plot.width * 9) / 16);
      expect(element.chart!.height).to.equal(Math.floor(plot.height));
    });

  it('leaves the text under a capped plot to the pointer', async () => {
    const element = await mount('homeless-trend', {}, { width: 844 });
    await settle();
    const plot = shadowQuery(element, '[part="chart"]').getBoundingClientRect();
    const summary = shadowQuery(element, '[part="summary"]');
    const below = summary.getBoundingClientRect();
    expect(below.top, 'the summary right under the plot').to.be.below(plot.bottom + 50);
    expect(element.shadowRoot!.elementFromPoint(below.left + 5, below.top + 5)).to.equal(summary);
  });

  const natural = (plot: DOMRect): number => (plot.width * 9) / 16;
  for (const [style, height] of [
    ['--nc-chart-max-height: none', natural],
    ['--nc-chart-max-height: 18rem', () => 288],
    ['--nc-chart-max-height: tall', natural],
    ['--nc-chart-min-height: 20rem', () => 320],
  ] as const)
    it(`<homeless-trend style="${style}"> has the plot that says`, async () => {
      const element = await mount('homeless-trend', { style }, { width: 844 });
      await settle();
      const plot = shadowQuery(element, '[part="chart"]').getBoundingClientRect();
      expect(plot.height).to.be.closeTo(height(plot), 1);
      expect(element.chart!.height).to.equal(Math.floor(plot.height));
    });
});

describe('reflow at 320 CSS px (WCAG 1.4.10)', () => {
  atViewport(320);

  it('has a 320 px viewport', () => {
    expect(document.documentElement.clientWidth).to.equal(320);
  });

  for (const tag of TAGS)
    for (const lang of LANGS) {
      it(`<${tag} lang="${lang}"> scrolls nothing sideways and stays inside its box`, async () => {
        const element = await mount(tag, { lang }, { width: 320 });
        await settle();
        expect(element.getBoundingClientRect().width).to.equal(320);
        expectNoPageScroll();
        expect(overflowingElements(element)).to.deep.equal([]);
      });

      it(`<${tag} lang="${lang}"> with its own figures scrolls nothing sideways`, async () => {
        const element = await mount(tag, { lang, ...CUSTOM_DATA[tag] }, { width: 320 });
        await settle();
        expectNoPageScroll();
        expect(overflowingElements(element)).to.deep.equal([]);
      });

      it(`<${tag} lang="${lang}"> far below the viewport, not yet drawn, scrolls nothing sideways`, async () => {
        const page = await fixture<HTMLDivElement>(
          html`<div>
            <div style="height: 3000px"></div>
            <div></div>
          </div>`,
        );
        const element = document.createElement(tag);
        element.lang = lang;
        page.lastElementChild!.append(element);
        await element.updateComplete;
        await settle();
        const canvas = element.shadowRoot!.querySelector('canvas');
        if (canvas) {
          expect(canvas.style.width, 'not drawn: no size of its own yet').to.equal('');
          const box = element.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
          expect(canvas.getBoundingClientRect().right, 'the canvas inside its box').to.be.at.most(box.right);
        }
        expectNoPageScroll();
        expect(overflowingElements(element)).to.deep.equal([]);
        page.remove();
      });

      it(`<${tag} lang="${lang}"> wraps a long heading rather than overflowing`, async () => {
        const element = await mount(tag, { lang, heading: LONG_HEADING[lang] }, { width: 320 });
        await settle();
        const heading = shadowQuery(element, '[part="heading"]');
        const lineHeight = Number.parseFloat(getComputedStyle(heading).lineHeight);
        expect(heading.getBoundingClientRect().height / lineHeight, 'lines of the heading').to.be.at.least(2);
        expect(heading.scrollWidth).to.be.at.most(heading.clientWidth);
        expect(heading.getBoundingClientRect().right).to.be.at.most(element.getBoundingClientRect().right);
        expectNoPageScroll();
        expect(overflowingElements(element)).to.deep.equal([]);
      });
    }

  // Single words wider than 320 px in the key figure's large type.
  for (const unit of ['övernattningsplatser', 'lägenhetskontrakt', 'jourboendeplatser', 'hushållsmedlemmar'])
    it(`<key-figure unit="${unit}"> breaks the unit rather than scrolling sideways`, async () => {
      const element = await mount('key-figure', { heading: 'h', value: '120', unit }, { width: 320 });
      await settle();
      expectNoPageScroll();
      expect(overflowingElements(element)).to.deep.equal([]);
      expect(shadowQuery(element, '.figure-value').textContent).to.equal(`120 ${unit}`);
    });

  // A page's cards are grid or flex items, whose least width is their content's unless told otherwise.
  for (const layout of ['display: grid', 'display: flex', 'display: grid; grid-template-columns: 1fr 1fr'])
    for (const tag of TAGS)
      it(`<${tag}> as a ${layout} item scrolls nothing sideways`, async () => {
        const page = await fixture<HTMLDivElement>(html`<div style=${layout}></div>`);
        const element = document.createElement(tag);
        const rendered = new Promise((resolve) => element.addEventListener('chart-render', resolve, { once: true }));
        page.append(element);
        await rendered;
        await settle();
        expect(element.getBoundingClientRect().right, 'right edge').to.be.at.most(320);
        expectNoPageScroll();
        expect(overflowingElements(element)).to.deep.equal([]);
      });

  // Key figures side by side, each as wide as its content: the figure sets the card's width.
  it('<key-figure> in a row of cards sized by their content keeps its figure whole', async () => {
    await setViewport({ width: 1200, height: 800 });
    try {
      const row = await fixture<HTMLDivElement>(
        html`<div style="display: flex; gap: 8px; align-items: start">
          <key-figure heading="Andel" value="473" unit="personer" no-summary></key-figure>
          <key-figure heading="Ökning" value="1234567890,5" unit="kr" no-summary></key-figure>
        </div>`,
      );
      for (const element of row.querySelectorAll('key-figure')) {
        await (element as Component).updateComplete;
        const number = shadowQuery(element, '.figure-number');
        const lineHeight = Number.parseFloat(getComputedStyle(number).lineHeight);
        expect(number.getBoundingClientRect().height, `${number.textContent}: one line`).to.be.below(lineHeight * 1.5);
        expect(overflowingElements(element)).to.deep.equal([]);
      }
    } finally {
      await setViewport({ width: 320, height: 800 });
    }
  });

  // A large number at 3em is wider than 320 px: it gets smaller rather than broken between its digits,
  // also in a page with 16 px margins at each side (288 px for the component).
  for (const value of ['123456789,5', '1234567890,5'])
    for (const width of [320, 288])
      it(`<key-figure value="${value}"> keeps the number whole and on one line, ${width} px wide`, async () => {
        const element = await mount('key-figure', { heading: 'h', value, unit: 'övernattningsplatser' }, { width });
        // A wide sans-serif, as on most sites (Verdana, DejaVu Sans): the page's font sets the number's width.
        element.style.fontFamily = 'Verdana, "DejaVu Sans", sans-serif';
        await settle();
        expectNoPageScroll();
        expect(overflowingElements(element)).to.deep.equal([]);
        const number = shadowQuery(element, '.figure-number');
        const lineHeight = Number.parseFloat(getComputedStyle(number).lineHeight);
        expect(number.getBoundingClientRect().height, 'one line').to.be.below(lineHeight * 1.5);
        expect(number.getBoundingClientRect().right).to.be.at.most(element.getBoundingClientRect().right);
      });

  // Firefox hyphenates Swedish: with the page's hyphens: auto, the big figure read "473 perso-" / "ner".
  for (const width of [320, 288])
    it(`<key-figure> breaks its unit whole onto a line of its own, not hyphenated, ${width} px wide`, async () => {
      const element = await mount('key-figure', { heading: 'h', value: '473', unit: 'personer' }, { width });
      element.style.fontFamily = '"DejaVu Sans", sans-serif';
      await settle();
      const value = shadowQuery(element, '.figure-value');
      const lineHeight = Number.parseFloat(getComputedStyle(value).lineHeight);
      const unit = [...value.childNodes].find((node) => node instanceof Text && node.data.includes('personer'))!;
      const word = document.createRange();
      word.setStart(unit, unit.textContent!.indexOf('personer'));
      word.setEnd(unit, unit.textContent!.length);
      expect(value.getBoundingClientRect().height, 'two lines').to.be.above(lineHeight * 1.5);
      expect(word.getClientRects().length, 'the unit on one line').to.equal(1);
    });

  for (const tag of CHART_TAGS)
    for (const lang of LANGS)
      it(`<${tag} lang="${lang}"> with its data table open scrolls only the table, not the page`, async () => {
        const element = await mount(tag, { lang }, { width: 320 });
        await openTable(element);
        expectNoPageScroll();
        expect(overflowingElements(element)).to.deep.equal([]);
      });

  // Text styles a page sets on a block that holds a component (a CMS's card or teaser), which it inherits:
  // a nowrap ran its heading, summary and source off the screen; pre-wrap showed the white space of its
  // template as blank lines; centred or indented text started its lines at other places than its plot.
  for (const style of [
    'white-space: nowrap',
    'white-space: pre-wrap',
    'white-space: pre',
    'text-align: center; text-indent: 3em',
    'text-align: end',
  ])
    for (const tag of TAGS)
      it(`<${tag}> in a block with ${style} is laid out as in one without`, async () => {
        const element = await mount(tag, {}, { width: 320 });
        await settle();
        const height = element.getBoundingClientRect().height;
        element.parentElement!.setAttribute('style', `width: 320px; ${style}`);
        await settle();
        expect(element.getBoundingClientRect().height, 'height').to.be.closeTo(height, 0.5);
        for (const part of ['heading', 'summary', 'source'])
          expect(lineStarts(shadowQuery(element, `[part="${part}"]`)), `where the lines of the ${part} start`).to.equal(
            '0',
          );
        expectNoPageScroll();
        expect(overflowingElements(element)).to.deep.equal([]);
      });

  // A page set in vertical type (or a part of one) holds the component's horizontal lines as a block.
  for (const tag of CHART_TAGS)
    it(`<${tag}> inside a block of vertical text (writing-mode: vertical-rl) draws its plot horizontally`, async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div style="writing-mode: vertical-rl; height: 700px">
          <div><div></div></div>
        </div>`,
      );
      const element = document.createElement(tag) as Component;
      const rendered = new Promise((resolve) => element.addEventListener('chart-render', resolve, { once: true }));
      page.firstElementChild!.firstElementChild!.append(element);
      await rendered;
      await settle();
      const heading = shadowQuery(element, '[part="heading"]').getBoundingClientRect();
      expect(heading.width, 'the heading is a line across').to.be.above(heading.height);
      expect(element.chart!.width, 'the plot is wider than tall').to.be.above(element.chart!.height);
      expect(lineStarts(shadowQuery(element, '[part="summary"]'))).to.equal('0');
    });

  const trendData: [string, Record<string, string>][] = [
    ['the embedded figures', {}],
    ['3 years', { data: '{"2011":1200,"2017":814,"2023":473}' }],
    ['12 years (one tick a year)', { data: yearly(2012, 2023) }],
    ['20 years', { data: yearly(2004, 2023) }],
    ['12 years as bars', { data: yearly(2012, 2023), type: 'bar' }],
    ['20 years as bars', { data: yearly(2004, 2023), type: 'bar' }],
  ];
  for (const [name, attributes] of trendData)
    for (const lang of LANGS)
      it(`<homeless-trend lang="${lang}">, ${name}: the year labels do not overlap and are not cut off`, async () => {
        const element = await mount('homeless-trend', { lang, ...attributes }, { width: 320 });
        const chart = element.chart!;
        expect(chart.width).to.be.within(280, 320);
        const labels = drawnLabels(chart, 'x');
        expect(labels.length, 'year labels drawn').to.be.at.least(2);
        expect(labelProblems(chart, 'x')).to.deep.equal([]);
        expect(labelProblems(chart, 'y')).to.deep.equal([]);
      });

  for (const lang of LANGS)
    it(`<prevention-stats lang="${lang}">, 12 years: the year labels do not overlap`, async () => {
      const rows = Array.from({ length: 12 }, (_, i) => ({ year: 2012 + i, families: 40 + i, children: 80 + i }));
      const element = await mount('prevention-stats', { lang, data: JSON.stringify(rows) }, { width: 320 });
      expect(drawnLabels(element.chart!, 'x').length).to.be.at.least(2);
      expect(labelProblems(element.chart!, 'x')).to.deep.equal([]);
    });
});

/** The text checks, for the component and (for charts) its open data table. */
async function expectNoClipping(element: Component): Promise<void> {
  await settle();
  expect(clippedText(element), 'clipped text').to.deep.equal([]);
  expect(overflowingElements(element), 'content outside the component').to.deep.equal([]);
  expectNoPageScroll();
}

async function mountOpen(tag: Tag, lang: string, width: number): Promise<Component> {
  const element = await mount(tag, { lang }, { width });
  if (CHART_TAGS.includes(tag)) await openTable(element);
  return element;
}

for (const width of [640, 320])
  describe(`text spacing (WCAG 1.4.12) and text at 200 % (WCAG 1.4.4), ${width} px wide`, () => {
    if (width === 320) atViewport(320);

    for (const tag of TAGS)
      for (const lang of LANGS) {
        it(`<${tag} lang="${lang}"> clips no text with WCAG text spacing`, async () => {
          const element = await mountOpen(tag, lang, width);
          const undo = applyTextSpacing(element);
          try {
            // The style reaches the shadow root: a paragraph has the larger spacing.
            const summary = shadowQuery(element, '[part="summary"]');
            expect(getComputedStyle(summary).letterSpacing).to.not.equal('normal');
            expect(Number.parseFloat(getComputedStyle(summary).lineHeight)).to.be.closeTo(
              1.5 * Number.parseFloat(getComputedStyle(summary).fontSize),
              0.5,
            );
            await expectNoClipping(element);
          } finally {
            undo();
          }
        });

        if (tag !== 'key-figure')
          it(`<${tag} lang="${lang}"> keeps a focused point's tooltip inside its plot, with text at 200 %`, async () => {
            const root = document.documentElement;
            const before = root.style.fontSize;
            root.style.fontSize = '200%';
            try {
              const element = await mount(tag, { lang, ...CUSTOM_DATA[tag] }, { width });
              const plot = shadowQuery(element, '.chart');
              plot.focus();
              await sendKeys({ press: 'ArrowRight' });
              await element.updateComplete;
              const tooltip = shadowQuery(element, '[part="tooltip"]');
              expect(tooltip.hidden, 'shown').to.equal(false);
              const box = tooltip.getBoundingClientRect();
              const inside = plot.getBoundingClientRect();
              expect(box.left, 'left edge').to.be.at.least(inside.left - 0.5);
              expect(box.right, 'right edge').to.be.at.most(inside.right + 0.5);
              expectNoPageScroll();
            } finally {
              root.style.fontSize = before;
            }
          });

        it(`<${tag} lang="${lang}"> clips no text with text at 200 %`, async () => {
          const root = document.documentElement;
          const before = root.style.fontSize;
          // Like the browser's text size setting: rem and inherited sizes both double.
          root.style.fontSize = '200%';
          try {
            const element = await mountOpen(tag, lang, width);
            expect(getComputedStyle(shadowQuery(element, '[part="summary"]')).fontSize).to.equal('32px');
            await expectNoClipping(element);
            if (element.chart) expect(labelProblems(element.chart, 'x')).to.deep.equal([]);
          } finally {
            root.style.fontSize = before;
          }
        });
      }
  });
