import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { clearSourceCache } from '../../src/core/source-loader.js';
import { chromiumOnly, dataError, partText, plainSpaces, reduceMotion, renderChart } from '../helpers.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';

before(reduceMotion);
beforeEach(clearSourceCache);

const unique = (): string => Math.random().toString(36).slice(2);
const shadow = (element: Element): ShadowRoot => element.shadowRoot!;
const buttonNames = (element: Element): string[] =>
  [...shadow(element).querySelectorAll('button')].map((button) => button.textContent.trim());
const button = (element: Element, name: string): HTMLButtonElement => {
  const found = [...shadow(element).querySelectorAll('button')].find(
    (candidate) => candidate.textContent.trim() === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};

interface AccessibilityNode {
  readonly role: string;
  readonly name: string;
}

/**
 * The refresh timers are held off: `tick()` runs the reloads their minute would bring, at once, for the
 * timers not cleared. Fetches of `src` are counted, and answered with a server error while `failing` is set.
 */
const timers = new Map<number, () => void>();
let fetches = 0;
let failing = false;
const pending = new Set<Promise<Response>>();
const originalSetInterval = window.setInterval.bind(window);
const originalClearInterval = window.clearInterval.bind(window);
const originalFetch = window.fetch.bind(window);
const tick = (): void => [...timers.values()].forEach((handler) => handler());

beforeEach(() => {
  timers.clear();
  fetches = 0;
  failing = false;
  window.setInterval = ((handler: () => void) => {
    const id = originalSetInterval(() => undefined, 1e9);
    timers.set(id, handler);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    originalClearInterval(id);
  }) as typeof window.clearInterval;
  window.fetch = (input, init) => {
    fetches++;
    // Answered with its body read, and counted until then: settled() waits for it, however slow the machine.
    const answer = failing
      ? Promise.resolve(new Response('', { status: 500 }))
      : originalFetch(input, init).then(async (response) => new Response(await response.arrayBuffer(), response));
    pending.add(answer);
    const done = () => pending.delete(answer);
    answer.then(done, done);
    return answer;
  };
});

afterEach(async () => {
  window.setInterval = originalSetInterval;
  window.clearInterval = originalClearInterval;
  window.fetch = originalFetch;
  await resetMouse();
});

/** A trend with `src` that reloads every minute, drawn; `attributes` as written in the tag. */
async function refreshing(attributes = ''): Promise<HomelessTrend> {
  const tag = document.createElement('div');
  tag.innerHTML = `<homeless-trend src="/test/fixtures/trend.json?x=${unique()}" refresh="60" ${attributes}></homeless-trend>`;
  const element = await renderChart<HomelessTrend>(html`${tag.firstElementChild}`);
  await element.updateComplete;
  await pointerBeside(element);
  return element;
}

/**
 * Moves the pointer to the right of the chart (640 px wide in a viewport of 800): where it starts in
 * Firefox, the page's top left corner, it is over the chart.
 */
async function pointerBeside(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.right + 40), Math.round(box.top + 20)] });
}

/** Waits for the requests started to be answered, and the element to render what they brought. */
async function settled(element: HomelessTrend): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 100));
  while (pending.size) await Promise.allSettled([...pending]);
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
}

describe('refresh', () => {
  describe('the pause button (WCAG 2.2.2)', () => {
    it('is among the chart’s buttons while refresh is in effect, and only then', async () => {
      const element = await refreshing();
      expect(buttonNames(element)).to.deep.equal([
        'Visa tabell',
        'Ladda ner CSV',
        'Ladda ner bild',
        'Pausa uppdateringen',
      ]);
      expect(button(element, 'Pausa uppdateringen').closest('[role="group"]')).to.equal(
        shadow(element).querySelector('[part="actions"]'),
      );
      element.removeAttribute('refresh');
      await element.updateComplete;
      expect(buttonNames(element)).to.deep.equal(['Visa tabell', 'Ladda ner CSV', 'Ladda ner bild']);
      element.setAttribute('refresh', '0');
      await element.updateComplete;
      expect(buttonNames(element), 'refresh="0" is off').to.not.include('Pausa uppdateringen');
      element.setAttribute('refresh', '120');
      await element.updateComplete;
      expect(buttonNames(element)).to.include('Pausa uppdateringen');
    });

    it('is not there without src, which refresh needs', async () => {
      const element = await renderChart<HomelessTrend>(html`<homeless-trend refresh="60"></homeless-trend>`);
      expect(buttonNames(element)).to.deep.equal(['Visa tabell', 'Ladda ner CSV', 'Ladda ner bild']);
    });

    it('stays with no-actions, alone in the group: the page must offer it, the other buttons are extras', async () => {
      const element = await refreshing('no-actions');
      expect(buttonNames(element)).to.deep.equal(['Pausa uppdateringen']);
      const group = shadow(element).querySelector('[part="actions"]')!;
      expect([group.getAttribute('role'), group.getAttribute('aria-label')]).to.deep.equal([
        'group',
        'Diagrammets data',
      ]);
      element.removeAttribute('refresh');
      await element.updateComplete;
      expect(shadow(element).querySelector('[part="actions"]')).to.equal(null);
    });

    it('pauses the reloads; resumed, reloads at once the one it held back', async () => {
      const element = await refreshing();
      expect(fetches).to.equal(1);
      button(element, 'Pausa uppdateringen').click();
      await element.updateComplete;
      // Its name says what pressing it does now.
      expect(buttonNames(element)).to.include('Återuppta uppdateringen');
      expect(buttonNames(element)).to.not.include('Pausa uppdateringen');
      tick();
      tick();
      await settled(element);
      expect(fetches, 'no reload while paused').to.equal(1);
      button(element, 'Återuppta uppdateringen').click();
      await settled(element);
      expect(fetches, 'the reload held back, at once').to.equal(2);
      expect(buttonNames(element)).to.include('Pausa uppdateringen');
      tick();
      await settled(element);
      expect(fetches, 'and the next ones as before').to.equal(3);
    });

    it('resumed before a reload fell due, reloads at the next one, not at once', async () => {
      const element = await refreshing();
      button(element, 'Pausa uppdateringen').click();
      await element.updateComplete;
      button(element, 'Återuppta uppdateringen').click();
      await settled(element);
      expect(fetches).to.equal(1);
      tick();
      await settled(element);
      expect(fetches).to.equal(2);
    });

    it('is worked with the keyboard: Enter and Space, the focus staying on it', async () => {
      const element = await refreshing();
      const pause = button(element, 'Pausa uppdateringen');
      pause.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(shadow(element).activeElement?.textContent.trim()).to.equal('Återuppta uppdateringen');
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(shadow(element).activeElement?.textContent.trim()).to.equal('Pausa uppdateringen');
    });

    it('is in English with lang="en"', async () => {
      const element = await refreshing('lang="en"');
      button(element, 'Pause updates').click();
      await element.updateComplete;
      expect(buttonNames(element)).to.include('Resume updates');
    });

    it('keeps its state when src changes, which is fetched all the same', async () => {
      const element = await refreshing();
      button(element, 'Pausa uppdateringen').click();
      await element.updateComplete;
      element.src = `/test/fixtures/trend.csv?x=${unique()}`;
      await settled(element);
      expect(fetches, 'the new src').to.equal(2);
      expect(buttonNames(element)).to.include('Återuppta uppdateringen');
      tick();
      await settled(element);
      expect(fetches, 'still paused').to.equal(2);
    });
    it('resumed after src changed, reloads at the next one: the new src was fetched meanwhile', async () => {
      const element = await refreshing();
      button(element, 'Pausa uppdateringen').click();
      await element.updateComplete;
      tick();
      element.src = `/test/fixtures/trend.csv?x=${unique()}`;
      await settled(element);
      button(element, 'Återuppta uppdateringen').click();
      await settled(element);
      expect(fetches).to.equal(2);
    });
  });

  describe('only while src is the input in use', () => {
    it('stops when data outranks src: no reloads, no pause button; src is fetched again when data goes', async () => {
      const element = await refreshing();
      element.data = { 2000: 1, 2001: 2 };
      await settled(element);
      expect(plainSpaces(partText(element, 'figure')), 'the figures from data').to.match(/^\+100 % 2000–2001/);
      expect(buttonNames(element)).to.deep.equal(['Visa tabell', 'Ladda ner CSV', 'Ladda ner bild']);
      tick();
      element.src = `/test/fixtures/trend.csv?x=${unique()}`;
      await settled(element);
      expect(fetches, 'neither a reload nor the new src').to.equal(1);
      element.data = undefined;
      await settled(element);
      expect(fetches, 'the new src, as if just set').to.equal(2);
      expect(plainSpaces(partText(element, 'figure')), 'the figures from src').to.match(/^−61 % 2011–2023/);
      expect(buttonNames(element)).to.include('Pausa uppdateringen');
      tick();
      await settled(element);
      expect(fetches, 'and reloaded').to.equal(3);
    });

    it('stops while a table inside outranks src, and starts again when it is removed', async () => {
      const element = await refreshing();
      const table = document.createElement('table');
      table.innerHTML = '<tr><td>2000</td><td>1</td></tr><tr><td>2001</td><td>2</td></tr>';
      element.append(table);
      await settled(element);
      expect(plainSpaces(partText(element, 'figure')), 'the figures from the table').to.match(/^\+100 % 2000–2001/);
      expect(buttonNames(element)).to.not.include('Pausa uppdateringen');
      tick();
      await settled(element);
      expect(fetches, 'no reload').to.equal(1);
      clearSourceCache();
      table.remove();
      await settled(element);
      expect(fetches, 'fetched again').to.equal(2);
      expect(plainSpaces(partText(element, 'figure')), 'the figures from src').to.match(/^−61 % 2011–2023/);
      expect(buttonNames(element)).to.include('Pausa uppdateringen');
    });

    it('with no-actions, leaves no empty group while data outranks src', async () => {
      const element = await refreshing('no-actions');
      element.data = { 2000: 1, 2001: 2 };
      await settled(element);
      expect(shadow(element).querySelector('[part="actions"]') === null).to.equal(true);
    });
  });

  describe('after a first load that failed, with no figures to show', () => {
    /** A trend whose first load of `src` is answered with a server error, showing the message. */
    async function failedFirst(attributes = 'refresh="60"'): Promise<HomelessTrend> {
      failing = true;
      const tag = document.createElement('div');
      tag.innerHTML = `<homeless-trend src="/test/fixtures/trend.json?x=${unique()}" ${attributes}></homeless-trend>`;
      const element = tag.firstElementChild as HomelessTrend;
      const error = dataError(element);
      await fixture(html`<div style="width: 640px">${element}</div>`);
      await error;
      await element.updateComplete;
      await pointerBeside(element);
      return element;
    }

    it('has the pause button under the message, out of its alert, and the reloads go on until paused', async () => {
      const element = await failedFirst();
      expect(partText(element, 'error')).to.match(/^Diagrammet kan inte visas\. Servern svarade med fel 500/);
      expect(buttonNames(element)).to.deep.equal(['Pausa uppdateringen']);
      const pause = button(element, 'Pausa uppdateringen');
      expect(pause.closest('[part="actions"]')?.getAttribute('role')).to.equal('group');
      expect(pause.closest('[role="alert"]') === null, 'not read out with the message').to.equal(true);
      tick();
      await settled(element);
      expect(fetches, 'reloaded').to.equal(2);
      pause.click();
      await element.updateComplete;
      expect(buttonNames(element)).to.deep.equal(['Återuppta uppdateringen']);
      tick();
      await settled(element);
      expect(fetches, 'no reload while paused').to.equal(2);
      failing = false;
      button(element, 'Återuppta uppdateringen').click();
      await settled(element);
      expect(fetches, 'the reload held back, at once').to.equal(3);
      expect(partText(element, 'error'), 'the server recovered').to.equal('');
      expect(buttonNames(element)).to.deep.equal([
        'Visa tabell',
        'Ladda ner CSV',
        'Ladda ner bild',
        'Pausa uppdateringen',
      ]);
    });

    it('is worked with the keyboard, the focus staying on it also when the figures come', async () => {
      const element = await failedFirst();
      button(element, 'Pausa uppdateringen').focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(shadow(element).activeElement?.textContent.trim()).to.equal('Återuppta uppdateringen');
      tick();
      failing = false;
      await sendKeys({ press: ' ' });
      await settled(element);
      expect(buttonNames(element), 'the figures came').to.have.length(4);
      expect(shadow(element).activeElement?.textContent.trim()).to.equal('Pausa uppdateringen');
    });

    it('is in English with lang="en"', async () => {
      const element = await failedFirst('refresh="60" lang="en"');
      expect(partText(element, 'error')).to.match(/^The chart cannot be shown\./);
      button(element, 'Pause updates').click();
      await element.updateComplete;
      expect(buttonNames(element)).to.deep.equal(['Resume updates']);
    });

    it('has no buttons without refresh, which would reload nothing', async () => {
      const element = await failedFirst('');
      expect(shadow(element).querySelector('[part="actions"]') === null).to.equal(true);
      expect(buttonNames(element)).to.deep.equal([]);
    });
  });

  describe('held back while the reader is in the chart', () => {
    it('with keyboard focus inside it', async () => {
      const element = await refreshing();
      const plot = shadow(element).querySelector<HTMLElement>('[part="chart"]')!;
      plot.focus();
      tick();
      await settled(element);
      expect(fetches, 'focus on the plot').to.equal(1);
      plot.blur();
      tick();
      await settled(element);
      expect(fetches, 'focus gone').to.equal(2);
    });

    it('with the pointer over it', async () => {
      const element = await refreshing();
      const box = element.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + 20)] });
      tick();
      await settled(element);
      expect(fetches, 'pointer over the heading').to.equal(1);
      await pointerBeside(element);
      tick();
      await settled(element);
      expect(fetches, 'pointer gone').to.equal(2);
    });
  });

  describe('a reload that fails while the figures are shown', () => {
    /** The live region the error is said in, as the element's shadow root holds it. */
    const statusRegion = (element: Element): HTMLElement | null =>
      shadow(element).querySelector<HTMLElement>('[role="status"]');

    it('is said in a status region that was in the page, empty, before it', async () => {
      const element = await refreshing();
      const region = statusRegion(element);
      expect(region, 'a status region with the figures').to.not.equal(null);
      expect(region!.textContent.trim()).to.equal('');
      failing = true;
      const error = dataError(element);
      tick();
      expect((await error).detail.code).to.equal('NC112');
      await element.updateComplete;
      expect(statusRegion(element), 'the same region, filled').to.equal(region);
      expect(region!.querySelector('[part="error"]')).to.not.equal(null);
      expect(partText(element, 'error')).to.match(
        /^Diagrammet visas inte som det är tänkt\. Servern svarade med fel 500/,
      );
      expect(shadow(element).querySelectorAll('[role="status"], [role="alert"], [aria-live]')).to.have.length(
        2,
        'the region, and the points’ announcements: none inside another',
      );
      failing = false;
      tick();
      await settled(element);
      expect(partText(element, 'error'), 'the next reload answered').to.equal('');
      expect(statusRegion(element), 'the region stays, emptied').to.equal(region);
      expect(region!.textContent.trim()).to.equal('');
    });

    // Only Chromium lets a test read the accessibility tree.
    chromiumOnly('is in the accessibility tree as a status before it is filled, and the same after', async () => {
      const element = await refreshing();
      const tree = (): Promise<AccessibilityNode[]> =>
        executeServerCommand<AccessibilityNode[], undefined>('accessibility-tree');
      const statuses = (nodes: AccessibilityNode[]): string[] =>
        nodes.filter((node) => node.role === 'status').map((node) => node.role);
      const before = await tree();
      expect(statuses(before), 'an empty region is not left out of the tree').to.deep.equal(['status']);
      expect(before.some((node) => node.name.includes('visas inte'))).to.equal(false);
      failing = true;
      const error = dataError(element);
      tick();
      await error;
      await element.updateComplete;
      const after = await tree();
      expect(statuses(after)).to.deep.equal(['status']);
      expect(after.some((node) => node.role === 'StaticText' && node.name.includes('Diagrammet visas inte'))).to.equal(
        true,
      );
    });
  });
});
