// WCAG 3.2.1 On focus and 3.2.2 On input: receiving the focus, or a changed setting, changes no context: the
// focus stays where the reader put it, nothing opens, downloads or leaves the page. What changes is content: a
// point's tooltip after a key, the builder's preview after an edit.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { downloadsDuring, mount, shadowQuery, type Component } from './a11y-helpers.js';
import { mountBuilder, $ } from '../builder/builder-helpers.js';
import { reduceMotion } from '../helpers.js';
import '../../src/index.js';

before(reduceMotion);

/** The element that has the focus, through the shadow roots it lies in. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The component's state a focus must not change: table shown or not, tooltip, what the live region says. */
const state = (element: Component): unknown => ({
  expanded: shadowQuery(element, 'button[aria-expanded]').getAttribute('aria-expanded'),
  tooltip: shadowQuery(element, '[part="tooltip"]').hidden,
  said: shadowQuery(element, '[aria-live="polite"]').textContent.trim(),
});

describe('on focus (WCAG 3.2.1)', () => {
  for (const tag of ['homeless-trend', 'prevention-stats'] as const) {
    it(`<${tag}>: Tab through the plot, the buttons and the source link changes nothing but the focus`, async () => {
      const element = await mount(tag, { 'source-url': 'https://www.scb.se/', source: 'SCB' });
      const before = document.createElement('button');
      before.textContent = 'Före';
      element.parentElement!.before(before);
      const href = location.href;
      const initial = state(element);
      const stops: string[] = [];
      try {
        const saved = await downloadsDuring(async () => {
          before.focus();
          for (let stop = 0; stop < 5; stop++) {
            await sendKeys({ press: 'Tab' });
            await element.updateComplete;
            const now = focused();
            stops.push(now?.getAttribute('role') ?? now?.textContent.trim() ?? '');
            expect(state(element), `focus on ${stops.at(-1)}`).to.deep.equal(initial);
          }
        });
        expect(saved, 'no download').to.deep.equal([]);
      } finally {
        before.remove();
      }
      expect(stops).to.deep.equal(['img', 'Visa tabell', 'Ladda ner CSV', 'Ladda ner bild', 'SCB']);
      expect(state(element)).to.deep.equal(initial);
      expect(location.href).to.equal(href);
    });
  }
});

describe('on input (WCAG 3.2.2)', () => {
  it("the builder's settings keep the focus where they are changed and leave the page as it is", async () => {
    const builder = await mountBuilder();
    const href = location.href;
    // Each control, the keys that change it, and the control then focused: a radio button's arrow selects the next.
    for (const [selector, keys, then] of [
      ['#theme', ['ArrowDown'], '#theme'],
      ['#type', ['ArrowDown'], '#type'],
      ['#heading-level', ['ArrowDown'], '#heading-level'],
      ['#no-summary', [' '], '#no-summary'],
      ['#heading', ['X', 'Y'], '#heading'],
      ['#component-homeless-trend', ['ArrowDown'], '#component-prevention-stats'],
      ['#component-prevention-stats', ['ArrowDown'], '#component-key-figure'],
    ] as const) {
      $(builder, selector).focus();
      const snippet = $<HTMLTextAreaElement>(builder, '#output').value;
      for (const key of keys) await sendKeys(key === ' ' ? { type: key } : { press: key });
      await builder.updateComplete;
      expect(focused() === $(builder, then), `${selector} changed: the focus on ${then}`).to.equal(true);
      expect($<HTMLTextAreaElement>(builder, '#output').value, `${selector} changed the code`).to.not.equal(snippet);
    }
    expect(location.href).to.equal(href);
  });
});
