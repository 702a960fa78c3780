import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// Only the component: nothing else here may load Chart.js (the test helpers import it).
import '../../src/components/homeless-trend/homeless-trend.js';
import type { Chart } from 'chart.js';
import type { PropertyValues } from 'lit';
import { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';
import { onDemand, type OnDemand } from '../../src/core/on-demand.js';
import { withWarnings } from '../warnings.js';
import type * as TrendDrawingModule from '../../src/components/homeless-trend/homeless-trend.chart.js';

type TrendDrawing = typeof TrendDrawingModule;

// A component's drawing code, Chart.js with it, is a module of its own: fetched when an element is
// connected, and not waited for by its text, its table and its reserved box.

/** The scripts the page has fetched, by URL. */
const fetched = (pattern: RegExp): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => pattern.test(name));

const CHART_CODE = /\/chart\.js\/|homeless-trend\.chart|core\/drawing/;

describe('drawing code on demand', () => {
  it('is not loaded by importing a component', () => {
    expect(fetched(/homeless-trend/), 'the component was imported').to.not.be.empty;
    expect(fetched(CHART_CODE)).to.deep.equal([]);
  });

  it('is not waited for by the text and the table, and draws the chart once loaded', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '480px';
    const element = document.createElement('homeless-trend');
    element.eager = true;
    const drawn = new Promise<Chart | null>((resolve) => {
      element.addEventListener('chart-render', (event) => resolve(event.detail.chart), { once: true });
    });
    wrapper.append(element);
    document.body.append(wrapper);
    // The first render comes in a microtask; fetching the drawing code takes the network, a later task.
    await Promise.resolve();
    await Promise.resolve();
    const root = element.shadowRoot!;
    expect(root.querySelector('.summary')?.textContent).to.match(
      /^Hemlösheten i Norrköping: antalet minskade från 814/,
    );
    expect(root.querySelectorAll('table td')).to.have.length(2);
    expect(root.querySelector('[part="chart"]')!.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(element.chart, 'no chart before its code has loaded').to.equal(undefined);
    const chart = await drawn;
    expect(chart === element.chart, 'the same chart').to.equal(true);
    expect(fetched(CHART_CODE).some((name) => name.includes('/chart.js/'))).to.equal(true);
    wrapper.remove();
  });

  it('is at hand after `updateComplete`: reading `chart` then draws at once', async () => {
    const element = await fixture<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    await element.updateComplete;
    expect(element.chart?.data.datasets[0]?.data).to.have.length(2);
  });

  it('arriving after the text draws the chart without rendering the text again', async () => {
    const updates = new Map<string, number>();
    const later = <T>(code: OnDemand<T>) =>
      onDemand(() => new Promise((resolve) => setTimeout(resolve, 100)).then(() => code.load()));
    let drawing: OnDemand<TrendDrawing> | undefined;
    class CountingTrend extends HomelessTrend {
      protected override get drawing() {
        return (drawing ??= later(super.drawing));
      }

      protected override update(changed: PropertyValues<this>): void {
        updates.set(this.id, (updates.get(this.id) ?? 0) + 1);
        super.update(changed);
      }
    }
    customElements.define('counting-trend', CountingTrend);
    const box = document.createElement('div');
    box.style.width = '480px';
    document.body.append(box);
    const drawn = (element: CountingTrend) =>
      new Promise<void>((resolve) => element.addEventListener('chart-render', () => resolve(), { once: true }));
    try {
      // The first while its drawing code is still on its way, the second once it is at hand.
      for (const id of ['first', 'second']) {
        const element = new CountingTrend();
        element.id = id;
        element.eager = true;
        const rendered = drawn(element);
        box.append(element);
        await rendered;
        expect(element.chart, id).to.not.equal(undefined);
      }
      expect(Object.fromEntries(updates)).to.deep.equal({ first: 1, second: 1 });
    } finally {
      box.remove();
    }
  });

  it('that cannot be fetched leaves the text, warns, and is tried again when the element is connected again', async () => {
    let attempts = 0;
    const offline = onDemand<never>(() => {
      attempts++;
      return Promise.reject(new Error('offline'));
    });
    class OfflineTrend extends HomelessTrend {
      protected override get drawing() {
        return offline;
      }
    }
    customElements.define('offline-trend', OfflineTrend);
    await withWarnings(async (warnings) => {
      const element = await fixture<OfflineTrend>(html`<offline-trend eager></offline-trend>`);
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('.summary')?.textContent).to.match(/^Hemlösheten i Norrköping:/);
      expect(element.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(2);
      expect(element.chart).to.equal(undefined);
      expect(warnings.map(([text]) => text)).to.deep.equal(['[norrkoping-charts] The chart could not be loaded:']);
      const before = attempts;
      const parent = element.parentElement!;
      element.remove();
      parent.append(element);
      await element.updateComplete;
      expect(attempts).to.be.greaterThan(before);
      expect(warnings).to.have.length(2);
    });
  });
});

describe('the src loader on demand', () => {
  const SOURCE_CODE = /core\/source-(controller|data|loader)/;

  it('is not loaded by elements without `src`', async () => {
    const element = await fixture<HomelessTrend>(html`<homeless-trend></homeless-trend>`);
    await element.updateComplete;
    expect(fetched(SOURCE_CODE)).to.deep.equal([]);
  });

  it('is loaded by an element with `src`, which shows the loading state until its figures come', async () => {
    const element = await fixture<HomelessTrend>(
      html`<homeless-trend src="/test/fixtures/trend.json"></homeless-trend>`,
    );
    expect(element.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal('Hämtar siffrorna…');
    await waitUntil(() => element.shadowRoot!.querySelectorAll('tbody tr').length === 3, 'the file’s three years');
    expect(fetched(SOURCE_CODE)).to.not.be.empty;
  });

  it('that cannot be fetched shows that the data could not be fetched, and is tried again for another `src`', async () => {
    let attempts = 0;
    const offline = onDemand<never>(() => {
      attempts++;
      return Promise.reject(new Error('offline'));
    });
    class OfflineSourceTrend extends HomelessTrend {
      protected override get sourceCode() {
        return offline;
      }
    }
    customElements.define('offline-source-trend', OfflineSourceTrend);
    await withWarnings(async (warnings) => {
      const errors: string[] = [];
      const element = new OfflineSourceTrend();
      element.addEventListener('data-error', (event) => errors.push(event.detail.code));
      element.src = '/test/fixtures/trend.json';
      document.body.append(element);
      const root = element.shadowRoot!;
      try {
        await waitUntil(() => root.querySelector('[role="alert"]'), 'an error shown');
        // The message comes with its module (fetched at the page's first mistake); updateComplete waits for it.
        await element.updateComplete;
        expect(root.querySelector('[role="alert"]')!.textContent).to.match(
          /Siffrorna kunde inte hämtas från ”\/test\/fixtures\/trend\.json”/,
        );
        expect(root.querySelector('[role="status"]'), 'no longer loading').to.equal(null);
        expect(errors).to.deep.equal(['NC111']);
        expect(attempts).to.equal(1);
        // Rendering again for another reason neither asks again nor reports again.
        element.lang = 'en';
        await element.updateComplete;
        expect(root.querySelector('[role="alert"]')!.textContent).to.match(/The data could not be fetched/);
        expect(attempts).to.equal(1);
        expect(errors).to.deep.equal(['NC111']);
        element.src = '/test/fixtures/other.json';
        await element.updateComplete;
        expect(attempts).to.equal(2);
        expect(warnings.map(([text]) => text)).to.include('[norrkoping-charts] The src loader could not be loaded:');
      } finally {
        element.remove();
      }
    });
  });
});
