// WCAG 4.1.3 Status messages: a message the components show without moving the focus is in a live region that
// screen readers read as it comes: the loading message (status), an error (alert), the point a key moved to
// (polite, atomic). Each region is in the page before its text, which a region inserted with it often is not read.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, shadowQuery, type Component } from './a11y-helpers.js';
import { mountBuilder, $ } from '../builder/builder-helpers.js';
import { dataError, reduceMotion } from '../helpers.js';
import '../../src/index.js';

before(reduceMotion);

/** The live region a text is in: its role or aria-live, and whether it is atomic; null when it is in none. */
function liveRegionOf(element: Component, text: string): string | null {
  const walker = document.createTreeWalker(element.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Not the tooltip, hidden from screen readers, which shows a point's text too.
    if (!(node.textContent ?? '').includes(text) || node.parentElement?.closest('[aria-hidden="true"]')) continue;
    const region = node.parentElement?.closest('[role="status"], [role="alert"], [aria-live]');
    if (!region) return null;
    return `${region.getAttribute('role') ?? `aria-live=${region.getAttribute('aria-live')}`}${
      region.getAttribute('aria-atomic') === 'true' ? ', atomic' : ''
    }`;
  }
  throw new Error(`<${element.localName}> does not say "${text}"`);
}

describe('status messages (WCAG 4.1.3)', () => {
  it('the message that figures are being fetched is a status', async () => {
    const element = await mount(
      'homeless-trend',
      { src: `/__test__/slow.json?ms=1500&status=${Date.now()}` },
      {
        drawn: false,
      },
    );
    await element.updateComplete;
    expect(liveRegionOf(element, 'Hämtar siffrorna…')).to.equal('status');
    // Then the chart takes its place.
    await new Promise((resolve) => element.addEventListener('chart-render', resolve, { once: true }));
    expect(element.shadowRoot!.textContent).to.not.include('Hämtar siffrorna…');
  });

  it('an error is an alert, in a region in the page, empty, before it; over figures still shown, a status', async () => {
    const body = encodeURIComponent('[{"year":2017,"value":"x"}]');
    const element = await mount(
      'homeless-trend',
      { src: `/__test__/slow.json?ms=800&alert=${Date.now()}&body=${body}` },
      {
        drawn: false,
      },
    );
    const region = shadowQuery(element, '[role="alert"]');
    expect(region.textContent.trim()).to.equal('');
    await dataError(element);
    await element.updateComplete;
    expect(liveRegionOf(element, 'Diagrammet kan inte visas')).to.equal('alert');
    expect(shadowQuery(element, '[role="alert"]') === region, 'the same region').to.equal(true);

    const shown = await mount('homeless-trend', { data: '{"2017":814,"2023":473}' });
    const failed = dataError(shown);
    shown.setAttribute('data', '[{"year":2017,"value":"x"}]');
    await failed;
    await shown.updateComplete;
    expect(liveRegionOf(shown, 'Diagrammet visas inte som det är tänkt')).to.equal('status');
  });

  it('the point a key moves to is said in a polite, atomic region, which is emptied when the plot is left', async () => {
    const element = await mount('homeless-trend');
    shadowQuery(element, '[role="img"]').focus();
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(liveRegionOf(element, '2023: 473 personer')).to.equal('aria-live=polite, atomic');
    shadowQuery(element, 'button').focus();
    await element.updateComplete;
    expect(shadowQuery(element, '[aria-live="polite"]').textContent.trim()).to.equal('');
  });

  it("the builder's messages next to its fields and its Copy button are statuses", async () => {
    const builder = await mountBuilder();
    for (const id of ['#existing-status', '#figures-status', '#copy-status'])
      expect($(builder, id).getAttribute('role'), id).to.equal('status');
  });
});
