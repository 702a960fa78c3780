import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { canvasOf, chromiumOnly, nextFrame, paintedPixels, reduceMotion } from '../helpers.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';

/**
 * On a page that asks for it (`--nc-content-visibility: auto`), a chart far from the viewport is skipped by
 * the browser's rendering: no style, layout or paint until it comes near. What it says must stay where
 * assistive technology, the keyboard and the page's own scripts find it.
 */
before(reduceMotion);

interface AccessibilityNode {
  readonly role: string;
  readonly name: string;
}

const settle = async (): Promise<void> => {
  for (let frame = 0; frame < 4; frame++) await nextFrame();
};

/** Whether the browser lays out and paints the element now, not skipping it as off-screen content. */
const laidOut = (element: Element): boolean => element.checkVisibility({ contentVisibilityAuto: true });

async function chartFarBelow(
  attributes = '',
  contentVisibility = 'auto',
): Promise<{ element: HomelessTrend; before: HTMLButtonElement }> {
  const page = await fixture<HTMLDivElement>(
    html`<div style="width: 480px; --nc-content-visibility: ${contentVisibility}">
      <button type="button">Före</button>
      <div style="height: ${window.innerHeight + 2000}px"></div>
      <homeless-trend heading="Långt ner på sidan"></homeless-trend>
    </div>`,
  );
  const element = page.querySelector<HomelessTrend>('homeless-trend')!;
  for (const name of attributes.split(' ').filter(Boolean)) element.toggleAttribute(name, true);
  await element.updateComplete;
  await settle();
  return { element, before: page.querySelector('button')! };
}

const summaryOf = (element: Element): HTMLElement => element.shadowRoot!.querySelector<HTMLElement>('.summary')!;

describe('a chart far from the viewport', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('is laid out by default, as the rest of the page', async () => {
    const { element } = await chartFarBelow('', 'initial');
    expect(laidOut(summaryOf(element))).to.equal(true);
  });

  it('with --nc-content-visibility: auto, is not laid out, holds a chart-sized height, and is laid out when scrolled near', async () => {
    const { element } = await chartFarBelow();
    expect(laidOut(summaryOf(element)), 'laid out while far below').to.equal(false);
    const reserved = element.getBoundingClientRect().height;
    expect(reserved).to.be.within(300, 800);
    element.scrollIntoView();
    await settle();
    expect(laidOut(summaryOf(element))).to.equal(true);
  });

  it('by default, lays out its hidden table only near the viewport', async () => {
    const { element } = await chartFarBelow('', 'initial');
    const table = element.shadowRoot!.querySelector('table')!;
    expect(laidOut(table), 'hidden table laid out while far below').to.equal(false);
    element.scrollIntoView();
    await settle();
    expect(laidOut(table)).to.equal(true);
  });

  // Only Chromium lets a test read the accessibility tree.
  chromiumOnly('by default, keeps its hidden table in the accessibility tree while far below', async () => {
    await chartFarBelow('', 'initial');
    const tree = await executeServerCommand<AccessibilityNode[], undefined>('accessibility-tree');
    expect(tree.some((node) => node.role === 'table' && /^\s*Långt ner på sidan/.test(node.name))).to.equal(true);
    expect(tree.some((node) => node.role === 'cell' && node.name === '473')).to.equal(true);
  });

  // Only Chromium lets a test read the accessibility tree.
  chromiumOnly('keeps its heading, summary and table in the accessibility tree', async () => {
    const { element } = await chartFarBelow();
    expect(laidOut(summaryOf(element))).to.equal(false);
    const tree = await executeServerCommand<AccessibilityNode[], undefined>('accessibility-tree');

    const named = (role: string, name: string | RegExp): boolean =>
      tree.some((node) => node.role === role && (typeof name === 'string' ? node.name === name : name.test(node.name)));
    expect(named('heading', 'Långt ner på sidan'), 'heading').to.equal(true);
    expect(named('StaticText', /minskade från 814 personer år 2017 till 473 personer år 2023/), 'summary').to.equal(
      true,
    );
    expect(named('table', /^\s*Långt ner på sidan/), 'table').to.equal(true);
    expect(named('cell', '473'), 'a value in the table').to.equal(true);
  });

  it('is reached by Tab, and laid out when focused', async () => {
    const { element, before } = await chartFarBelow();
    before.focus();
    await sendKeys({ press: 'Tab' });
    await settle();
    const focused = element.shadowRoot!.activeElement;
    expect(focused?.getAttribute('part')).to.equal('chart');
    expect(laidOut(summaryOf(element))).to.equal(true);
  });

  // Printing lays every chart out (Chromium renders skipped content for paper, checked with a PDF); an
  // emulated print medium does not, so this checks what the element does: it draws at its true width.
  it('is drawn at its laid-out width before printing, never scrolled near', async () => {
    const { element } = await chartFarBelow();
    expect(laidOut(summaryOf(element))).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    const plot = element.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect();
    expect(plot.width).to.be.greaterThan(400);
    expect(element.chart?.width).to.equal(Math.floor(plot.width));
    expect(paintedPixels(canvasOf(element))).to.be.greaterThan(1000);
  });

  it('with eager, is laid out at once, so that it has a size to draw at', async () => {
    const { element } = await chartFarBelow('eager');
    expect(laidOut(summaryOf(element))).to.equal(true);
    expect(element.chart?.width).to.be.greaterThan(0);
  });
});
