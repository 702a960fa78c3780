import { expect, fixture, html } from '@open-wc/testing';
import { Chart } from 'chart.js';
import '../../src/index.js';
import { canvasOf, dataError, nextFrame, partText, plainSpaces, reduceMotion, renderChart } from '../helpers.js';
import { withWarnings } from '../warnings.js';
import type { HomelessTrend } from '../../src/components/homeless-trend/homeless-trend.component.js';
import { COMPONENT_ATTRIBUTES, COMPONENT_TAGS } from '../../src/embed/attributes.js';
import type { LitElement } from 'lit';

// An attribute name with a slip in it (`sorce`) would otherwise be ignored without a word, and the component show
// its default in its place: Norrköping's source line, figures or key figure under the page's own heading.

before(reduceMotion);

const errorShown = (element: Element): boolean => element.shadowRoot?.querySelector('[part="error"]') != null;
const drawn = (element: Element): boolean => Chart.getChart(canvasOf(element)) !== undefined;

/** Appends an element made from `markup` to the page, and waits for its `data-error` event. */
async function reported(markup: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  wrapper.innerHTML = markup;
  const element = wrapper.firstElementChild as LitElement;
  const { detail } = await dataError(element);
  await element.updateComplete;
  return { element, detail };
}

describe('an attribute with a slip in its name (NC124)', () => {
  it('is reported on a chart, in the component, as an event and in the console, and the chart drawn meanwhile', async () => {
    await withWarnings(async (warnings) => {
      const { element, detail } = await reported('<homeless-trend eager sorce="SCB"></homeless-trend>');
      const message = 'Det finns inget attribut som heter sorce, så det används inte. Menade du source?';
      expect(detail).to.deep.equal({ code: 'NC124', message, input: '', field: 'sorce' });
      expect(partText(element, 'error')).to.equal(`Diagrammet visas inte som det är tänkt. ${message}`);
      expect(warnings.map(([text]) => String(text))).to.deep.equal([
        `[norrkoping-charts] NC124 in <homeless-trend>: ${message}`,
      ]);
      for (let frame = 0; frame < 4 && !drawn(element); frame++) await nextFrame();
      expect(drawn(element), 'the chart drawn under the message').to.equal(true);

      // Mended as an editor does: the right name written, the wrong one gone.
      element.setAttribute('source', 'SCB');
      element.removeAttribute('sorce');
      await element.updateComplete;
      expect(errorShown(element), 'the message once mended').to.equal(false);
      expect(plainSpaces(partText(element, 'source'))).to.equal('Källa: SCB');
    });
  });

  it('is reported on a key figure, before what it caused, rather than Norrköping’s figure under the page’s heading', async () => {
    await withWarnings(async () => {
      const slip = 'Det finns inget attribut som heter vaule, så det används inte. Menade du value?';
      const alone = await reported('<key-figure heading="Antal vräkningar" vaule="12"></key-figure>');
      expect(alone.detail).to.deep.include({ code: 'NC124', field: 'vaule' });
      expect(partText(alone.element, 'error')).to.equal(`Nyckeltalet visas inte som det är tänkt. ${slip}`);
      // A unit with no figure is no figure (NC107), but what the editor must mend is the name.
      const withUnit = await reported('<key-figure heading="Antal vräkningar" vaule="12" unit="hushåll"></key-figure>');
      expect(withUnit.detail).to.deep.include({ code: 'NC124', field: 'vaule' });
      expect(partText(withUnit.element, 'error')).to.equal(`Nyckeltalet kan inte visas. ${slip}`);
    });
  });

  it('is reported for a name written with other separators, in English on an English page', async () => {
    await withWarnings(async () => {
      const { element, detail } = await reported(
        '<prevention-stats lang="en" eager heading_level="3"></prevention-stats>',
      );
      expect(detail).to.deep.include({ code: 'NC124', field: 'heading_level' });
      expect(partText(element, 'error')).to.equal(
        'The chart is not shown as intended. There is no attribute called heading_level, so it is not used. Did you mean heading-level?',
      );
    });
  });

  it('leaves alone the attributes pages and frameworks put on elements, and the components’ own', async () => {
    await withWarnings(async (warnings) => {
      const reports: string[] = [];
      const page = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      page.addEventListener('data-error', (event) =>
        reports.push((event as CustomEvent<{ code: string }>).detail.code),
      );
      const foreign =
        'class="chart" id="trend" style="margin: 0" title="Hemlöshet" hidden="" data-v-7ba5bd90="" aria-describedby="x" itemprop="about" x-data="{}" :data="rows" loading="lazy" translate="no"';
      page.innerHTML = `
        <homeless-trend ${foreign} heading="Hemlösa" source="SCB" source-url="https://scb.se" theme="dark" lang="sv"
          no-summary heading-level="3" eager no-actions timeout="5" type="bar" description="Text"></homeless-trend>
        <prevention-stats ${foreign}></prevention-stats>
        <key-figure ${foreign} value="12" unit="hushåll" change="-3" period="2023"></key-figure>`;
      const elements = [...page.children] as LitElement[];
      for (const element of elements) element.removeAttribute('hidden');
      await Promise.all(elements.map((element) => element.updateComplete));
      // The check is fetched with the messages; let it come and the elements update again.
      await new Promise((resolve) => setTimeout(resolve, 100));
      await Promise.all(elements.map((element) => element.updateComplete));
      expect(reports).to.deep.equal([]);
      expect(elements.map(errorShown)).to.deep.equal([false, false, false]);
      expect(warnings).to.deep.equal([]);
    });
  });

  it('is no slip when it is far from every name the component takes', async () => {
    const element = await renderChart<HomelessTrend>(
      html`<homeless-trend language="sv" chart-type="bar"></homeless-trend>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await element.updateComplete;
    expect(errorShown(element)).to.equal(false);
  });

  it('is reported for a Swedish name of one the component takes, as an editor may guess it', async () => {
    await withWarnings(async () => {
      const { element, detail } = await reported('<key-figure rubrik="Vräkningar" värde="12"></key-figure>');
      expect(detail).to.deep.include({ code: 'NC124', field: 'rubrik' });
      expect(partText(element, 'error')).to.equal(
        'Nyckeltalet visas inte som det är tänkt. Det finns inget attribut som heter rubrik, så det används inte. Menade du heading?',
      );
    });
  });

  it('is read by the chart builder from the same names the components take', () => {
    for (const tag of COMPONENT_TAGS) {
      const element = customElements.get(tag) as unknown as { observedAttributes: string[] };
      expect([...COMPONENT_ATTRIBUTES[tag]].sort(), tag).to.deep.equal([...element.observedAttributes].sort());
    }
  });
});
