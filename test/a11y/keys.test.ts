// WCAG 2.1.4 Character key shortcuts: the components take no key that types a character (a letter, a digit, a
// mark), so that speech input and a slip of the finger start nothing; the keys they do take (arrows, Home, End,
// Escape) act only while the plot has the focus, but for Escape, which hides a tooltip wherever the focus is.
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { mount, shadowQuery, type Component } from './a11y-helpers.js';
import { nextFrame, reduceMotion } from '../helpers.js';
import '../../src/index.js';

before(reduceMotion);
afterEach(() => resetMouse());

/** Keys that type a character: each letter and digit, and marks, as a keyboard or a speech command sends them. */
const CHARACTER_KEYS = [
  ...'a b c d e f g h i j k l m n o p q r s t u v w x y z å ä ö 0 1 2 3 4 5 6 7 8 9 + - . , ?'.split(' '),
  ' ',
];

/** What the component shows and says of a point: the tooltip's text (none when hidden) and the live region's. */
function pointShown(element: Component): { tooltip: string | null; said: string } {
  const tooltip = shadowQuery(element, '[part="tooltip"]');
  return {
    tooltip: tooltip.hidden ? null : tooltip.textContent,
    said: shadowQuery(element, '[aria-live="polite"]').textContent.trim(),
  };
}

/** Presses each key and returns those whose keydown the page saw prevented (taken by a component). */
async function keysTaken(keys: readonly string[]): Promise<string[]> {
  const taken: string[] = [];
  const record = (event: KeyboardEvent): void => {
    if (event.defaultPrevented) taken.push(event.key);
  };
  window.addEventListener('keydown', record);
  try {
    // Playwright presses keys of a US layout, and Firefox knows no "Space": å, ä, ö and the space are typed.
    for (const key of keys) await sendKeys(/^[a-z0-9+\-.,?]$|^[A-Z]/.test(key) ? { press: key } : { type: key });
  } finally {
    window.removeEventListener('keydown', record);
  }
  return taken;
}

/** The element that has the focus, through the shadow roots it lies in. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('character key shortcuts (WCAG 2.1.4)', function () {
  // Some fifty keys a test, one command each.
  this.timeout(40000);

  for (const tag of ['homeless-trend', 'prevention-stats'] as const) {
    it(`<${tag}>: a character key on the focused plot does nothing; the arrows there move between points`, async () => {
      const element = await mount(tag);
      const plot = shadowQuery(element, '[role="img"]');
      plot.focus();
      expect(await keysTaken(CHARACTER_KEYS)).to.deep.equal([]);
      await element.updateComplete;
      expect(pointShown(element)).to.deep.equal({ tooltip: null, said: '' });
      expect(focused() === plot, 'the plot keeps the focus').to.equal(true);
      // The keys it takes: not typed characters.
      expect(await keysTaken(['End', 'Home', 'ArrowRight', 'ArrowLeft'])).to.deep.equal([
        'End',
        'Home',
        'ArrowRight',
        'ArrowLeft',
      ]);
      await element.updateComplete;
      expect(pointShown(element).tooltip).to.not.equal(null);
    });
  }

  it('the keys of the plot do nothing while the focus is elsewhere, on the buttons or in the page', async () => {
    const element = await mount('homeless-trend');
    const outside = document.createElement('button');
    outside.textContent = 'Sidans knapp';
    element.parentElement!.before(outside);
    try {
      for (const target of [shadowQuery(element, 'button'), outside]) {
        target.focus();
        expect(await keysTaken(['ArrowRight', 'End', 'Home', 'ArrowLeft', ...CHARACTER_KEYS])).to.deep.equal([]);
        await element.updateComplete;
        expect(pointShown(element), `focus on ${target.textContent}`).to.deep.equal({ tooltip: null, said: '' });
      }
    } finally {
      outside.remove();
    }
  });

  it("with a pointer's tooltip shown, a character key leaves it; Escape, not a character, hides it", async () => {
    const element = await mount('homeless-trend');
    const canvas = shadowQuery(element, 'canvas').getBoundingClientRect();
    const point = element.chart!.getDatasetMeta(0).data[0]!;
    await sendMouse({ type: 'move', position: [Math.round(canvas.left + point.x), Math.round(canvas.top + point.y)] });
    await nextFrame();
    const shown = pointShown(element).tooltip;
    expect(shown, 'the tooltip shows').to.equal('2017: 814 personer');
    expect(await keysTaken(CHARACTER_KEYS)).to.deep.equal([]);
    expect(pointShown(element).tooltip).to.equal(shown);
    await sendKeys({ press: 'Escape' });
    expect(pointShown(element).tooltip).to.equal(null);
  });
});
