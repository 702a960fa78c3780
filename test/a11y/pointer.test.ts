// WCAG 2.5.1 Pointer gestures and 2.5.2 Pointer cancellation: every function takes one pointer and no path (a
// click, or the pointer resting on a point); a button acts when the pointer is released on it, so that a reader
// who pressed the wrong one slides off it and lets go, and nothing happens.
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { downloadsDuring, mount, shadowQuery, type Component } from './a11y-helpers.js';
import { nextFrame, reduceMotion } from '../helpers.js';
import '../../src/index.js';

before(reduceMotion);
afterEach(() => resetMouse());

/** The centre of an element, in CSS px of the viewport. */
function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** The component's buttons by their text. */
const button = (element: Component, text: string): HTMLElement =>
  [...element.shadowRoot!.querySelectorAll('button')].find((node) => node.textContent.trim() === text)!;

/** Presses the pointer on `target`, and lets it go on `release` (the same element for a click). */
async function press(target: Element, release: [number, number] = centre(target)): Promise<void> {
  await sendMouse({ type: 'move', position: centre(target) });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: release });
  await sendMouse({ type: 'up' });
  await nextFrame();
}

describe('pointer cancellation (WCAG 2.5.2)', () => {
  it('a button pressed and let go off it does nothing; let go on it, it acts', async () => {
    const element = await mount('homeless-trend');
    const table = button(element, 'Visa tabell');
    const away = (): [number, number] => {
      const [x] = centre(table);
      return [x, Math.round(shadowQuery(element, '[part="heading"]').getBoundingClientRect().top + 4)];
    };
    const saved = await downloadsDuring(async () => {
      await press(table, away());
      await press(button(element, 'Ladda ner CSV'), away());
      await press(button(element, 'Ladda ner bild'), away());
    });
    expect(saved, 'downloads').to.deep.equal([]);
    expect(table.getAttribute('aria-expanded')).to.equal('false');

    const clicked = await downloadsDuring(async () => {
      await press(table);
      await press(button(element, 'Ladda ner CSV'));
      await press(button(element, 'Ladda ner bild'));
    }, 2);
    expect(table.getAttribute('aria-expanded')).to.equal('true');
    expect(clicked).to.deep.equal(['hemlosheten-i-norrkoping.csv', 'hemlosheten-i-norrkoping.png']);
  });
});

describe('pointer gestures (WCAG 2.5.1)', () => {
  it("a point's tooltip takes the pointer on the point, with no button pressed and no path to follow", async () => {
    const element = await mount('homeless-trend');
    const canvas = shadowQuery(element, 'canvas').getBoundingClientRect();
    const tooltip = shadowQuery(element, '[part="tooltip"]');
    const point = element.chart!.getDatasetMeta(0).data[1]!;
    await sendMouse({ type: 'move', position: [Math.round(canvas.left + point.x), Math.round(canvas.top + point.y)] });
    await nextFrame();
    expect(tooltip.hidden ? null : tooltip.textContent).to.equal('2023: 473 personer');
    await sendMouse({ type: 'move', position: [Math.round(canvas.left) - 4, Math.round(canvas.top) - 4] });
    await nextFrame();
    expect(tooltip.hidden, 'gone with the pointer').to.equal(true);
  });
});
