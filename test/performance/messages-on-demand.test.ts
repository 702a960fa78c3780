import { expect, fixture, html } from '@open-wc/testing';
// Only the component, as an app that imports it from npm.
import '../../src/components/homeless-trend/homeless-trend.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';

// The error messages are a module of their own: only a page with a mistake fetches them.

/** The scripts the page has fetched, by URL. */
const fetched = (pattern: RegExp): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => pattern.test(name));

describe('the error messages on demand', () => {
  const MESSAGES = /i18n\/(messages|sv-messages|en-messages)/;

  // First in this file: before any test has made a mistake, which loads them for the page.
  it('are not loaded by elements whose figures are right', async () => {
    const element = await fixture<HomelessTrend>(html`<homeless-trend data='{"2017":814}'></homeless-trend>`);
    await element.updateComplete;
    expect(fetched(MESSAGES)).to.deep.equal([]);
  });

  it('are loaded by the first mistake: the title at once, then the message and its report', async () => {
    const element = document.createElement('homeless-trend');
    const reported = new Promise<string>((resolve) => {
      element.addEventListener('data-error', (event) => resolve(event.detail.message), { once: true });
    });
    element.setAttribute('data', '{"2017":"fyrahundra"}');
    document.body.append(element);
    try {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(element.shadowRoot!.querySelector('[part="error"] strong')?.textContent).to.equal(
        'Diagrammet kan inte visas.',
      );
      expect(await reported).to.equal(
        'Värdet ”fyrahundra” på rad 1 (år 2017) är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
      );
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(
        'Värdet ”fyrahundra” på rad 1 (år 2017) är inte ett tal. Skriv talet med siffror, till exempel 1\u00a0234.',
      );
      expect(fetched(MESSAGES)).to.not.be.empty;
    } finally {
      element.remove();
    }
  });
});
